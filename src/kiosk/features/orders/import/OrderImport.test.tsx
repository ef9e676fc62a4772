import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { uuidv7 } from 'uuidv7';
import { describe, expect, it } from 'vitest';
import { renderCoachTablet } from '#tests/helpers/coachTestTablet.tsx';
import { TEAM_ID } from '#tests/helpers/enrolledDb.ts';

const CALL_OFF = ['Bestelnummer;Artikel;Aantal;Leverdatum;Uur', 'PO-1;Dozen inpakken;40;09/12/2099;14:00', 'PO-2;XR-9;10;09/12/2099;', 'PO-3;dozen inpakken;-5;31/02/2099;'].join('\n');

async function openImport() {
  const tablet = await renderCoachTablet('unlocked');
  await tablet.db.teamSettings.put({ id: uuidv7(), teamId: TEAM_ID, defaultStationId: tablet.card.stationId });
  const user = userEvent.setup({ delay: null });
  await user.click(screen.getByRole('tab', { name: 'Bestellingen' }));
  await user.click(await screen.findByRole('button', { name: 'Afroep inlezen' }));
  await screen.findByRole('heading', { name: 'Afroep inlezen' });
  return { ...tablet, user };
}

describe("importing a customer's call-off", { timeout: 30_000 }, () => {
  it('previews every row with its problems named, imports only the good ones on confirm, keeps the columns, and changes nothing the second time', async () => {
    const { db, user, member } = await openImport();
    const file = new File([CALL_OFF], 'afroep.csv', { type: 'text/csv' });
    await user.upload(screen.getByLabelText('Kies een bestand (CSV of XLSX)'), file);
    await user.type(screen.getByRole('combobox', { name: 'Klant' }), 'Acme');

    const preview = await screen.findByRole('table', { name: /^Elke rij van het bestand/ });
    expect(within(preview).getByText(/Onbekend product ‘XR-9’/)).toBeDefined();
    expect(within(preview).getByText(/Aantal -5 is negatief/)).toBeDefined();
    expect(within(preview).getByText(/‘31\/02\/2099’ is geen datum/)).toBeDefined();
    expect(screen.getByText('1 bestellingen klaar, 2 rijen worden overgeslagen.')).toBeDefined();
    // Nothing is written before the confirm.
    expect(await db.orders.filter((o) => o.customer === 'Acme').count()).toBe(0);

    await user.click(screen.getByRole('button', { name: '1 bestellingen inlezen, 2 rijen overslaan' }));
    expect((await screen.findByText(/^Ingelezen: 1 nieuw, 0 bijgewerkt, 0 ongewijzigd\./)).textContent).toContain('2 rijen overgeslagen.');
    const orders = await db.orders.filter((o) => o.customer === 'Acme').toArray();
    expect(orders.map((o) => [o.reference, o.quantity, o.due])).toEqual([['PO-1', 40, new Date(2099, 11, 9, 14).toISOString()]]);
    expect((await db.tasks.where('orderId').equals(orders[0]?.id ?? '').toArray()).map((t) => [t.memberId, t.quantity])).toEqual([[member.id, 40]]);
    expect((await db.teamSettings.toArray())[0]?.orderImports).toEqual({ Acme: { columns: { reference: 'Bestelnummer', product: 'Artikel', quantity: 'Aantal', dueDate: 'Leverdatum', dueTime: 'Uur' } } });

    // The same file again: nothing new is written.
    const outbox = await db.outbox.count();
    await user.click(screen.getByRole('button', { name: 'Naar de lijst' }));
    await user.click(await screen.findByRole('button', { name: 'Afroep inlezen' }));
    await user.upload(await screen.findByLabelText('Kies een bestand (CSV of XLSX)'), file);
    await user.type(screen.getByRole('combobox', { name: 'Klant' }), 'Acme');
    await user.click(await screen.findByRole('button', { name: '1 bestellingen inlezen, 2 rijen overslaan' }));
    await screen.findByText(/^Ingelezen: 0 nieuw, 0 bijgewerkt, 1 ongewijzigd\./);
    expect(await db.outbox.count()).toBe(outbox);
  });

  it('asks for the columns it cannot find and imports nothing until they are chosen', async () => {
    const { db, user } = await openImport();
    await user.upload(screen.getByLabelText('Kies een bestand (CSV of XLSX)'), new File(['Nr;Ding;Hoeveel;Wanneer\nPO-1;Dozen inpakken;5;2099-12-09'], 'x.csv'));
    await user.type(screen.getByRole('combobox', { name: 'Klant' }), 'Beta');
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Kies de kolommen voor bestelnummer, product, aantal en leverdatum/);
    expect(screen.queryByRole('button', { name: /inlezen,/ })).toBeNull();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Bestelnummer' }), 'Nr');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Product' }), 'Ding');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Aantal' }), 'Hoeveel');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Leverdatum' }), 'Wanneer');
    await user.click(await screen.findByRole('button', { name: '1 bestellingen inlezen, 0 rijen overslaan' }));
    await screen.findByText(/^Ingelezen: 1 nieuw/);
    expect(await db.orders.filter((o) => o.customer === 'Beta').count()).toBe(1);
  });

  it('refuses a file with too many rows whole, in words', async () => {
    const { db, user } = await openImport();
    const before = await db.orders.count();
    await user.upload(screen.getByLabelText('Kies een bestand (CSV of XLSX)'), new File([`A;B\n${'x;1\n'.repeat(10_001)}`], 'groot.csv'));
    expect((await screen.findByRole('alert')).textContent).toBe('Dit bestand heeft 10001 rijen; er kunnen er hoogstens 10000 in één keer. Er is niets ingelezen.');
    expect(await db.orders.count()).toBe(before);
  });
});
