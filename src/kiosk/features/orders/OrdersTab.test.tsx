import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { uuidv7 } from 'uuidv7';
import { describe, expect, it } from 'vitest';
import { renderCoachTablet } from '#tests/helpers/coachTestTablet.tsx';
import { TEAM_ID } from '#tests/helpers/enrolledDb.ts';

async function openOrders() {
  const tablet = await renderCoachTablet('unlocked');
  // Ann works on the card's station when the rota says nothing.
  await tablet.db.teamSettings.put({ id: uuidv7(), teamId: TEAM_ID, defaultStationId: tablet.card.stationId });
  const user = userEvent.setup({ delay: null });
  await user.click(screen.getByRole('tab', { name: 'Bestellingen' }));
  await screen.findByRole('heading', { name: 'Bestellingen' });
  return { ...tablet, user };
}

describe("the coach's orders", { timeout: 30_000 }, () => {
  it('names every problem of a new order beside its field and saves nothing', async () => {
    const { db, user } = await openOrders();
    const ordersBefore = await db.orders.count();
    await user.click(screen.getByRole('button', { name: 'Nieuwe bestelling' }));
    await user.type(await screen.findByRole('textbox', { name: 'Aantal stuks' }), '-5');
    await user.click(screen.getByRole('button', { name: 'Bestelling maken' }));
    expect(await screen.findByText('Vul de klant in (hoogstens 80 tekens).')).toBeDefined();
    expect(screen.getByText('Kies een product.')).toBeDefined();
    expect(screen.getByText('Een aantal is een heel getal van 1 tot 1.000.000.')).toBeDefined();
    expect(screen.getByRole('textbox', { name: 'Aantal stuks' }).getAttribute('aria-invalid')).toBe('true');
    expect(await db.orders.count()).toBe(ordersBefore);
  });

  it('makes an order with its task for who works on the station, moves it, and cancels it keeping nothing open', async () => {
    const { db, user, member } = await openOrders();
    await user.click(screen.getByRole('button', { name: 'Nieuwe bestelling' }));
    await user.type(await screen.findByRole('combobox', { name: 'Klant' }), 'Acme');
    await user.type(screen.getByRole('textbox', { name: 'Bestelnummer van de klant' }), 'PO-77');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Product' }), 'Dozen inpakken');
    await user.type(screen.getByRole('textbox', { name: 'Aantal stuks' }), '40');
    const due = screen.getByLabelText('Leverdag');
    await user.type(due, '2099-12-09');
    await user.click(screen.getByRole('button', { name: 'Bestelling maken' }));

    await screen.findByRole('heading', { name: 'Acme · PO-77' });
    const table = await screen.findByRole('table', { name: 'Taken van deze bestelling' });
    await waitFor(() => {
      expect(within(table).getByRole('combobox', { name: /^Wie maakt dit op/ })).toHaveProperty('value', member.id);
    });
    const order = (await db.orders.toArray()).find((o) => o.reference === 'PO-77');
    expect(order).toMatchObject({ customer: 'Acme', quantity: 40, priority: 'normal' });
    const [task] = await db.tasks.where('orderId').equals(order?.id ?? '').toArray();
    expect(task).toMatchObject({ memberId: member.id, quantity: 40 });

    const quantity = within(table).getByRole('textbox', { name: 'Aantal voor Ann' });
    await user.clear(quantity);
    await user.type(quantity, '30{Enter}');
    await waitFor(async () => {
      expect((await db.tasks.get(task?.id ?? ''))?.quantity).toBe(30);
    });

    await user.click(screen.getByRole('button', { name: 'Bestelling annuleren' }));
    await user.click(screen.getByRole('button', { name: 'Ja, annuleren' }));
    await waitFor(async () => {
      expect((await db.tasks.get(task?.id ?? ''))?.cancelled).toBe(true);
    });
    expect((await db.orders.get(order?.id ?? ''))?.cancelled).toBe(true);
    expect((await db.outbox.toArray()).filter((e) => e.kind === 'order').map((e) => e.op)).toEqual(['insert', 'patch']);
  });

  it('will not make a second order with a customer and number that exist', async () => {
    const { db, user } = await openOrders();
    const make = async () => {
      await user.click(screen.getByRole('button', { name: 'Nieuwe bestelling' }));
      await user.type(await screen.findByRole('combobox', { name: 'Klant' }), 'Acme');
      await user.type(screen.getByRole('textbox', { name: 'Bestelnummer van de klant' }), 'PO-1');
      await user.selectOptions(screen.getByRole('combobox', { name: 'Product' }), 'Dozen inpakken');
      await user.type(screen.getByRole('textbox', { name: 'Aantal stuks' }), '10');
      await user.type(screen.getByLabelText('Leverdag'), '2099-12-09');
      await user.click(screen.getByRole('button', { name: 'Bestelling maken' }));
    };
    await make();
    await user.click(await screen.findByRole('button', { name: 'Naar de lijst' }));
    expect(await screen.findByText('Acme · PO-1')).toBeDefined();
    await make();
    expect(await screen.findByText('Acme heeft al een bestelling PO-1. Open ze in de lijst om ze te wijzigen.')).toBeDefined();
    expect((await db.orders.toArray()).filter((o) => o.reference === 'PO-1')).toHaveLength(1);
  });
});
