import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { memberPinText, pinMatches } from '#shared/pinHash.ts';
import { renderCoachTablet } from '#tests/helpers/coachTestTablet.tsx';

describe('member settings', { timeout: 20_000 }, () => {
  it('saves only the changed settings as one patch of the member', async () => {
    const { db, member } = await renderCoachTablet('unlocked');
    const station = (await db.stations.toArray())[0]!;
    await db.skills.put({ id: '01900000-0000-7000-8000-0000000005a1', teamId: member.teamId, memberId: member.id, stationId: station.id, level: 'I' });
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByRole('tab', { name: 'Mensen' }));
    await user.click(await screen.findByRole('button', { name: 'Instellingen van Ann' }));

    const detail = await screen.findByRole('combobox', { name: 'Uitleg bij Inpakken' });
    await waitFor(() => {
      expect(within(detail).getByRole('option', { selected: true }).textContent).toBe('Volgens matrix (I)');
    });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Taal' }), 'fr-BE');
    await user.click(screen.getByRole('radio', { name: '5 gezichtjes' }));
    const idle = screen.getByRole('spinbutton', { name: 'Vanzelf afmelden na zoveel minuten zonder tik' });
    await user.clear(idle);
    await user.type(idle, '20');
    await user.click(screen.getByRole('checkbox', { name: 'Elke stap vanzelf voorlezen' }));
    await user.selectOptions(detail, 'U');
    await user.click(screen.getByRole('button', { name: 'Instellingen bewaren' }));

    expect(await screen.findByText('Bewaard.')).toBeDefined();
    expect(await db.members.get(member.id)).toMatchObject({ language: 'fr-BE', scale: 5, idleMinutes: 20, autoSpeak: true, detailOverrides: { [station.id]: 'U' } });
    expect((await db.outbox.toArray()).map((e) => [e.kind, e.op, e.data])).toEqual([
      ['member', 'patch', { language: 'fr-BE', scale: 5, idleMinutes: 20, autoSpeak: true, detailOverrides: { [station.id]: 'U' } }],
    ]);

    // Back to the matrix: the override goes, nothing else is sent.
    await user.selectOptions(detail, 'auto');
    await user.click(screen.getByRole('button', { name: 'Instellingen bewaren' }));
    await waitFor(async () => {
      expect((await db.outbox.toArray()).at(-1)?.data).toEqual({ detailOverrides: {} });
    });
  });

  it('refuses an idle time out of range and sends nothing', async () => {
    const { db } = await renderCoachTablet('unlocked');
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByRole('tab', { name: 'Mensen' }));
    await user.click(await screen.findByRole('button', { name: 'Instellingen van Ann' }));
    const idle = await screen.findByRole('spinbutton', { name: 'Vanzelf afmelden na zoveel minuten zonder tik' });
    await user.clear(idle);
    await user.type(idle, '999');
    await user.click(screen.getByRole('button', { name: 'Instellingen bewaren' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Kies 1 tot 240 minuten.');
    expect(await db.outbox.count()).toBe(0);
  });

  it('sets a picture PIN tapped twice, as a salted hash, and removes it', async () => {
    const { db, member } = await renderCoachTablet('unlocked');
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByRole('tab', { name: 'Mensen' }));
    await user.click(await screen.findByRole('button', { name: 'Instellingen van Ann' }));
    await user.click(await screen.findByRole('button', { name: 'Prentjescode instellen' }));
    for (const picture of ['appel', 'zon', 'vis']) await user.click(screen.getByRole('button', { name: picture }));
    expect(screen.getByText('Tik dezelfde drie prentjes nog eens.')).toBeDefined();
    for (const picture of ['appel', 'zon', 'bal']) await user.click(screen.getByRole('button', { name: picture }));
    expect(screen.getByText('Dat waren niet dezelfde prentjes. Begin opnieuw.')).toBeDefined();
    for (const picture of ['appel', 'zon', 'vis', 'appel', 'zon', 'vis']) await user.click(screen.getByRole('button', { name: picture }));

    expect(await screen.findByText('Prentjescode bewaard.')).toBeDefined();
    const pin = (await db.members.get(member.id))?.pin;
    expect(pin && (await pinMatches(memberPinText(['apple', 'sun', 'fish']), pin))).toBe(true);
    expect((await db.outbox.toArray()).map((e) => Object.keys(e.data))).toEqual([['pin']]);

    await user.click(await screen.findByRole('button', { name: 'Prentjescode weghalen' }));
    expect(await screen.findByText('Prentjescode weggehaald.')).toBeDefined();
    expect((await db.members.get(member.id))?.pin).toBeNull();
  });
});
