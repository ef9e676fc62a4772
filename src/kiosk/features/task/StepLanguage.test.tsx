import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { uuidv7 } from 'uuidv7';
import { describe, expect, it } from 'vitest';
import { enrolledDb } from '#tests/helpers/enrolledDb.ts';
import { installFakeSpeech } from '#tests/helpers/fakeSpeech.ts';
import { renderWithServices } from '#tests/helpers/renderApp.tsx';
import type { CardStep, IluoLevel, Language } from '#shared/records.ts';
import { App } from '#kiosk/App.tsx';

const step = (text: string, fr?: string): CardStep => ({ id: uuidv7(), picto: 'package', text, speech: text, ...(fr === undefined ? {} : { translations: { 'fr-BE': { text: fr, speech: fr } } }) });

/** Ann, now French-speaking, opens a Dutch card of which only the first step has a French sentence. */
async function openAs(language: Language, level?: IluoLevel) {
  const setup = await enrolledDb();
  const { db, member, card } = setup;
  await db.members.put({ ...member, language });
  await db.cards.put({ ...card, language: 'nl-BE', translations: { 'fr-BE': { title: 'Emballer des cartons' } }, steps: [step('Neem een doos.', 'Prends une boîte.'), step('Sluit de doos.')] });
  if (level) await db.skills.put({ id: uuidv7(), teamId: member.teamId, memberId: member.id, stationId: card.stationId, level });
  await db.checkinPrompts.put({ memberId: member.id, day: '2026-11-25', outcome: 'skipped' });
  const user = userEvent.setup();
  renderWithServices(<App />, { db });
  await user.click(await screen.findByRole('button', { name: 'Ann' }));
  return { user };
}

describe('a card in the member’s language', () => {
  it('gives a French-speaking member the French sentence, and the Dutch one with a flag and the Dutch voice where French is missing', async () => {
    const speech = installFakeSpeech(['nl-BE', 'fr-BE']);
    try {
      const { user } = await openAs('fr-BE');
      await user.click((await screen.findAllByRole('button', { name: /Dozen inpakken|Emballer des cartons/ }))[0] as HTMLElement);
      expect(await screen.findByText('Prends une boîte.')).toBeDefined();
      expect(screen.getByRole('heading', { name: /Emballer des cartons/ })).toBeDefined();
      expect(screen.queryByRole('img', { name: 'En néerlandais' })).toBeNull();
      await user.click(screen.getByRole('button', { name: 'Lire à voix haute' }));
      expect(speech.said.at(-1)).toEqual({ text: 'Prends une boîte.', lang: 'fr-BE' });

      await user.click(screen.getByRole('button', { name: 'Suivant' }));
      expect(screen.getByText('Sluit de doos.')).toBeDefined();
      expect(screen.getByRole('img', { name: 'En néerlandais' })).toBeDefined();
      await user.click(screen.getByRole('button', { name: 'Lire à voix haute' }));
      await waitFor(() => {
        expect(speech.said.at(-1)).toEqual({ text: 'Sluit de doos.', lang: 'nl-BE' });
      });
    } finally {
      speech.uninstall();
    }
  });

  it('shows a Dutch-speaking member the card without any flag', async () => {
    const { user } = await openAs('nl-BE');
    await user.click((await screen.findAllByRole('button', { name: /Dozen inpakken|Emballer des cartons/ }))[0] as HTMLElement);
    expect(await screen.findByText('Neem een doos.')).toBeDefined();
    expect(screen.queryByRole('img', { name: /In het/ })).toBeNull();
  });

  it('flags the untranslated steps in the level-O summary, which shows the protective equipment and keeps “Compter”', async () => {
    const { user } = await openAs('fr-BE', 'O');
    await user.click((await screen.findAllByRole('button', { name: /Dozen inpakken|Emballer des cartons/ }))[0] as HTMLElement);
    expect(await screen.findByText('Prends une boîte.')).toBeDefined();
    expect(screen.getAllByRole('img', { name: 'En néerlandais' })).toHaveLength(1);
    expect(screen.getByRole('list', { name: 'Porte ceci' })).toBeDefined();
    expect(screen.getByRole('img', { name: 'gants' })).toBeDefined();
    expect(screen.getByRole('button', { name: 'Compter' })).toBeDefined();
  });
});
