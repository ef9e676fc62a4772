import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderCoachTablet } from '#tests/helpers/coachTestTablet.tsx';

const step = (n: number) => screen.getByRole('group', { name: `Stap ${String(n)}` });
const sentence = (n: number) => within(step(n)).getByRole<HTMLInputElement>('textbox', { name: 'Zin' }).value;

async function newCard(user: UserEvent, title: string, sentences: readonly string[]) {
  await user.click(screen.getByRole('button', { name: 'Nieuwe kaart' }));
  await user.type(screen.getByRole('textbox', { name: 'Titel van de kaart' }), title);
  for (const [i, text] of sentences.entries()) {
    if (i > 0) await user.click(screen.getByRole('button', { name: 'Stap toevoegen' }));
    await user.type(within(step(i + 1)).getByRole('textbox', { name: 'Zin' }), text);
  }
}

// Typing whole sentences through user-event is slow in jsdom.
describe('the card editor', { timeout: 20_000 }, () => {
  it('makes a new card with steps of each kind, reordered by buttons, saved as version 1 with one outbox entry', async () => {
    const { db, syncRequests } = await renderCoachTablet('unlocked');
    const user = userEvent.setup({ delay: null });
    await newCard(user, 'Schroeven', ['Neem de schroef.', 'Draai de schroef vast.', 'Leg het stuk in de bak.']);
    await user.selectOptions(within(step(2)).getByRole('combobox', { name: 'Soort stap' }), 'count');
    const target = within(step(2)).getByRole('spinbutton', { name: 'Hoeveel tellen' });
    await user.clear(target);
    await user.type(target, '5');
    await user.click(within(step(1)).getByRole('checkbox', { name: 'Sleutelstap' }));
    await user.click(screen.getByRole('button', { name: 'handschoenen', pressed: false }));
    await user.type(within(step(1)).getByRole('textbox', { name: 'Gesproken tekst' }), 'Pak één schroef.');

    await user.click(screen.getByRole('button', { name: 'Stap 3 omhoog' }));
    expect([sentence(1), sentence(2), sentence(3)]).toEqual(['Neem de schroef.', 'Leg het stuk in de bak.', 'Draai de schroef vast.']);
    expect(screen.getByRole('button', { name: 'Stap 2 omhoog' })).toBe(document.activeElement);
    await user.click(screen.getByRole('button', { name: 'Stap 1 omlaag' }));
    await user.click(screen.getByRole('button', { name: 'Stap 2 omhoog' }));
    expect(sentence(1)).toBe('Neem de schroef.');

    await user.click(screen.getByRole('button', { name: 'Kaart bewaren' }));
    expect(await screen.findByText('Bewaard als versie 1.')).toBeDefined();
    const saved = (await db.cards.toArray()).find((c) => c.title === 'Schroeven');
    expect(saved).toMatchObject({
      version: 1,
      ppe: ['gloves'],
      steps: [
        { text: 'Neem de schroef.', speech: 'Pak één schroef.', key: true },
        { text: 'Leg het stuk in de bak.', speech: 'Leg het stuk in de bak.' },
        { text: 'Draai de schroef vast.', kind: 'count', target: 5 },
      ],
    });
    expect((await db.outbox.toArray()).map((e) => [e.kind, e.op, e.recordId])).toEqual([['card', 'insert', saved!.id]]);
    expect(syncRequests).toContain('write');
  });

  it('deletes a step and brings it back in its place with Undo', async () => {
    await renderCoachTablet('unlocked');
    const user = userEvent.setup({ delay: null });
    await newCard(user, 'Dozen', ['Een.', 'Twee.', 'Drie.']);
    await user.click(screen.getByRole('button', { name: 'Stap 2 verwijderen' }));
    expect(screen.getByText('Stap 2 verwijderd.').closest('[role="status"]')).not.toBeNull();
    expect(screen.queryByRole('group', { name: 'Stap 3' })).toBeNull();
    expect(sentence(2)).toBe('Drie.');
    expect(screen.getByRole('button', { name: 'Ongedaan maken' })).toBe(document.activeElement);
    await user.click(screen.getByRole('button', { name: 'Ongedaan maken' }));
    expect([sentence(1), sentence(2), sentence(3)]).toEqual(['Een.', 'Twee.', 'Drie.']);
    expect(screen.queryByRole('button', { name: 'Ongedaan maken' })).toBeNull();
  });

  it('hints, without blocking, when a sentence has more than ten words', async () => {
    const { db } = await renderCoachTablet('unlocked');
    const user = userEvent.setup({ delay: null });
    await newCard(user, 'Lang', ['Neem de doos en zet ze op de tafel hier.']);
    const field = within(step(1)).getByRole('textbox', { name: 'Zin' });
    const hint = document.getElementById(field.getAttribute('aria-describedby') ?? '');
    expect(hint?.getAttribute('aria-live')).toBe('polite');
    expect(hint?.textContent).toBe('');
    await user.type(field, ' Nu.');
    expect(hint?.textContent).toBe('Deze zin heeft 11 woorden. Korter is beter: hoogstens 10.');
    await user.click(screen.getByRole('button', { name: 'Kaart bewaren' }));
    expect(await screen.findByText('Bewaard als versie 1.')).toBeDefined();
    expect((await db.cards.toArray()).some((c) => c.title === 'Lang')).toBe(true);
  });

  it('finds a step pictogram by its French or English word', async () => {
    const { db } = await renderCoachTablet('unlocked');
    const user = userEvent.setup({ delay: null });
    await newCard(user, 'Vijzen', ['Neem de schroevendraaier.']);
    await user.click(within(step(1)).getByRole('button', { name: 'Prentje van stap 1' }));
    const picker = screen.getByRole('dialog', { name: 'Kies een prentje' });
    const search = within(picker).getByRole('searchbox', { name: 'Zoek een prentje (Nederlands, Frans of Engels)' });
    await user.type(search, 'tournevis');
    expect(within(picker).getAllByRole('button').map((b) => b.textContent)).toEqual(['Sluiten', 'schroevendraaier']);
    await user.clear(search);
    await user.type(search, 'screw');
    await user.click(within(picker).getByRole('button', { name: 'schroevendraaier' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Kaart bewaren' }));
    await screen.findByText('Bewaard als versie 1.');
    expect((await db.cards.toArray()).find((c) => c.title === 'Vijzen')?.steps[0]?.picto).toBe('screwdriver');
  });

  it('bumps the version of an existing card on save and sends only what changed', async () => {
    const { db, card } = await renderCoachTablet('unlocked');
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByRole('button', { name: 'Bewerk Dozen inpakken' }));
    const title = screen.getByRole('textbox', { name: 'Titel van de kaart' });
    await user.clear(title);
    await user.type(title, 'Dozen vouwen');
    await user.click(screen.getByRole('button', { name: 'Kaart bewaren' }));
    expect(await screen.findByText('Bewaard als versie 2.')).toBeDefined();
    expect(await db.cards.get(card.id)).toMatchObject({ title: 'Dozen vouwen', version: 2, steps: card.steps });
    expect((await db.outbox.toArray()).map((e) => [e.kind, e.op, e.data])).toEqual([['card', 'patch', { title: 'Dozen vouwen', version: 2 }]]);

    await user.click(screen.getByRole('button', { name: 'Kaart bewaren' }));
    expect(await screen.findByText('Er is niets veranderd.')).toBeDefined();
    expect(await db.outbox.count()).toBe(1);
  });

  it('sends a translation added to an existing card, and only that', async () => {
    const { db, card } = await renderCoachTablet('unlocked');
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByRole('button', { name: 'Bewerk Dozen inpakken' }));
    await user.click(screen.getByRole('button', { name: 'Ook in het Frans', pressed: false }));
    await user.type(screen.getByRole('textbox', { name: 'Titel van de kaart (Frans)' }), 'Emballer des cartons');
    await user.click(screen.getByRole('button', { name: 'Kaart bewaren' }));
    expect(await screen.findByText('Bewaard als versie 2.')).toBeDefined();
    expect((await db.outbox.toArray()).map((e) => [e.kind, e.op, e.data])).toEqual([['card', 'patch', { translations: { 'fr-BE': { title: 'Emballer des cartons' } }, version: 2 }]]);
    expect(await db.cards.get(card.id)).toMatchObject({ title: 'Dozen inpakken', translations: { 'fr-BE': { title: 'Emballer des cartons' } } });
  });

  it('keeps another coach’s steps that arrived while this coach changed only the title', async () => {
    const { db, card } = await renderCoachTablet('unlocked');
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByRole('button', { name: 'Bewerk Dozen inpakken' }));
    // A sync brings version 2 from another coach tablet, with a new first step.
    const otherSteps = [{ ...card.steps[0]!, text: 'Pak een nieuwe doos.', speech: 'Pak een nieuwe doos.' }, ...card.steps.slice(1)];
    await db.cards.put({ ...card, steps: otherSteps, version: 2 });
    const title = screen.getByRole('textbox', { name: 'Titel van de kaart' });
    await user.clear(title);
    await user.type(title, 'Dozen vouwen');
    await user.click(screen.getByRole('button', { name: 'Kaart bewaren' }));
    expect(await screen.findByText('Bewaard als versie 3.')).toBeDefined();
    expect((await db.outbox.toArray()).map((e) => e.data)).toEqual([{ title: 'Dozen vouwen', version: 3 }]);
    expect(await db.cards.get(card.id)).toMatchObject({ title: 'Dozen vouwen', version: 3, steps: otherSteps });
  });

  it('says what is missing and saves nothing', async () => {
    const { db } = await renderCoachTablet('unlocked');
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByRole('button', { name: 'Nieuwe kaart' }));
    await user.click(screen.getByRole('button', { name: 'Stap toevoegen' }));
    await user.type(within(step(2)).getByRole('textbox', { name: 'Zin' }), 'Goed.');
    await user.click(screen.getByRole('button', { name: 'Kaart bewaren' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Geef de kaart een titel (hoogstens 80 tekens).');
    expect(alert.textContent).toContain('Stap 1: schrijf een zin (hoogstens 160 tekens).');
    expect(screen.getByRole('textbox', { name: 'Titel van de kaart' }).getAttribute('aria-invalid')).toBe('true');
    expect(await db.cards.count()).toBe(1);
    expect(await db.outbox.count()).toBe(0);
  });

  it('asks before leaving unsaved changes, and deletes a card only after a yes', async () => {
    const { db, card } = await renderCoachTablet('unlocked');
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByRole('button', { name: 'Nieuwe kaart' }));
    await user.type(screen.getByRole('textbox', { name: 'Titel van de kaart' }), 'Half');
    await user.click(screen.getByRole('tab', { name: 'Mensen' }));
    expect(screen.getByRole('alertdialog', { name: 'Wijzigingen niet bewaard' })).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Blijven en bewaren' }));
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Titel van de kaart' }).value).toBe('Half');
    await user.click(screen.getByRole('button', { name: 'Terug naar de lijst' }));
    await user.click(screen.getByRole('button', { name: 'Weggaan zonder bewaren' }));
    expect(await screen.findByRole('heading', { name: 'Taakkaarten' })).toBeDefined();

    await user.click(screen.getByRole('button', { name: 'Verwijder Dozen inpakken' }));
    await user.click(screen.getByRole('button', { name: 'Nee, houden' }));
    expect(await db.cards.count()).toBe(1);
    await user.click(screen.getByRole('button', { name: 'Verwijder Dozen inpakken' }));
    await user.click(screen.getByRole('button', { name: 'Ja, verwijderen' }));
    await waitFor(async () => {
      expect(await db.cards.get(card.id)).toBeUndefined();
    });
    expect(screen.getByText('Kaart “Dozen inpakken” verwijderd.')).toBeDefined();
    expect((await db.outbox.toArray()).map((e) => [e.kind, e.op])).toEqual([['card', 'delete']]);
  });

  it('writes the languages side by side, and previews the selected step as a member sees it while typing', async () => {
    const { db } = await renderCoachTablet('unlocked');
    const user = userEvent.setup({ delay: null });
    await newCard(user, 'Dozen', ['Neem een doos.']);
    await user.click(screen.getByRole('button', { name: 'Ook in het Frans', pressed: false }));
    // Dutch, the first language, keeps its plain names; French sits beside it, named as French.
    await user.type(screen.getByRole('textbox', { name: 'Titel van de kaart (Frans)' }), 'Cartons');
    expect(within(step(1)).getByRole('textbox', { name: 'Zin' })).toBeDefined();
    const french = within(step(1)).getByRole('textbox', { name: 'Zin (Frans)' });
    expect(within(step(1)).getByRole('textbox', { name: 'Gesproken tekst (Frans)' })).toBeDefined();

    const preview = () => screen.getByRole('complementary', { name: /Zo ziet een lid stap/ });
    const shown = () => preview().querySelector('.step-text')?.textContent;
    expect(within(preview()).getByRole('heading', { name: 'Zo ziet een lid stap 1' })).toBeDefined();
    expect(shown()).toBe('Neem een doos.');
    // As a French-speaking member: Dutch with the flag until the French is written.
    await user.click(within(preview()).getByRole('button', { name: 'Frans' }));
    expect(within(preview()).getByRole('status').textContent).toBe('Neem een doos. — in het Nederlands, want de kaart heeft deze taal niet');
    expect(preview().querySelector('.language-flag')).not.toBeNull();
    await user.type(french, 'Prends une boîte.');
    expect(shown()).toBe('Prends une boîte.');
    expect(preview().querySelector('.step-card-title')?.textContent).toBe('Cartons');
    expect(preview().querySelector('.language-flag')).toBeNull();

    // The preview follows the step the coach works on.
    await user.click(screen.getByRole('button', { name: 'Stap toevoegen' }));
    await user.type(within(step(2)).getByRole('textbox', { name: 'Zin' }), 'Sluit de doos.');
    expect(within(preview()).getByRole('heading', { name: 'Zo ziet een lid stap 2' })).toBeDefined();
    expect(shown()).toBe('Sluit de doos.');

    await user.click(screen.getByRole('button', { name: 'Kaart bewaren' }));
    expect(await screen.findByText('Bewaard als versie 1.')).toBeDefined();
    const saved = (await db.cards.toArray()).find((c) => c.title === 'Dozen');
    expect(saved).toMatchObject({
      language: 'nl-BE',
      translations: { 'fr-BE': { title: 'Cartons' } },
      steps: [{ text: 'Neem een doos.', translations: { 'fr-BE': { text: 'Prends une boîte.', speech: 'Prends une boîte.' } } }, { text: 'Sluit de doos.' }],
    });
    expect(saved?.steps[1]?.translations).toBeUndefined();
  });
});
