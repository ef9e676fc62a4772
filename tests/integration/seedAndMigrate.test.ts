/** The demo workshop a new user gets, and migrations that can run on every start. */
import { expect, it } from 'vitest';
import { uuidv7 } from 'uuidv7';
import { ensureEnrolmentCodes } from '#server/seed/ensureEnrolmentCodes.ts';
import { openEnrolmentCodes } from '#server/storage/deviceStore.ts';
import { seedDemo, weekDays } from '#server/seed/seedDemo.ts';
import { MIGRATIONS, migrate } from '#server/storage/migrate.ts';
import { productCard } from '#domain/orders/productCard.ts';
import { card as cardSchema, order as orderSchema, task as taskSchema } from '#shared/records.ts';
import { requireNaturalId } from '#shared/records/naturalId.ts';
import { localDay } from '#shared/time.ts';
import { describeEachEngine, useTestDatabase } from '#tests/helpers/serverFixture.ts';
import { TEST_NOW } from '#tests/helpers/testServer.ts';

describeEachEngine('demo seed and migrations', (engine) => {
  const t = useTestDatabase(engine, { migrated: false });

  it('applies each migration once, however often the server starts', async () => {
    // Numbered 1, 2, 3, … with no gap or repeat, so two branches adding "the next" migration clash here.
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions).toEqual(versions.map((_, i) => i + 1));
    expect(await migrate(t.db)).toEqual(versions);
    expect(await migrate(t.db)).toEqual([]);
    expect(await t.db.query('SELECT version FROM schema_migrations ORDER BY version')).toEqual(versions.map((version) => ({ version })));
  });

  it('seeds one organisation, two sites, two teams of ten, six stations, five cards of 4–8 steps and this week’s work', async () => {
    await migrate(t.db);
    expect(await seedDemo(t.db, { now: TEST_NOW, newId: uuidv7 })).toEqual({ created: true, weekAdded: true });
    const count = async (sql: string) => (await t.db.query<{ n: number }>(sql))[0]?.n;
    expect(await count('SELECT count(*)::int AS n FROM organisations')).toBe(1);
    expect(await count('SELECT count(*)::int AS n FROM sites')).toBe(2);
    const perTeam = await t.db.query<{ name: string; n: number }>(
      "SELECT t.name, count(*)::int AS n FROM records r JOIN teams t ON t.id = r.team_id WHERE r.kind = 'member' GROUP BY t.name ORDER BY t.name",
    );
    expect(perTeam).toEqual([{ name: 'Team Montage', n: 10 }, { name: 'Team Verpakking', n: 10 }]);
    expect(await count("SELECT count(*)::int AS n FROM records WHERE kind = 'station'")).toBe(6);
    const cards = await t.db.query<{ data: unknown }>("SELECT data FROM records WHERE kind = 'card'");
    expect(cards).toHaveLength(5);
    for (const { data } of cards) {
      const card = cardSchema.parse(data);
      expect(card.steps.length).toBeGreaterThanOrEqual(4);
      expect(card.steps.length).toBeLessThanOrEqual(8);
      // Every demo card shows the step kinds: a countdown, a count and a key step.
      expect(card.steps.some((s) => s.kind === 'timer' && s.key === true)).toBe(true);
      expect(card.steps.some((s) => s.kind === 'count' && s.key === true)).toBe(true);
    }
    expect(await count("SELECT count(*)::int AS n FROM records WHERE kind = 'teamSettings'")).toBe(2);
    expect(await count("SELECT count(*)::int AS n FROM records WHERE kind = 'rejectReason'")).toBe(10);
    expect(await count("SELECT count(*)::int AS n FROM records WHERE kind = 'skill'")).toBe(60);
    // One member per team has a PIN, kept only as a salted hash.
    const pins = await t.db.query<{ pin: string }>("SELECT data->>'pin' AS pin FROM records WHERE kind = 'member' AND data ? 'pin'");
    expect(pins).toHaveLength(2);
    for (const { pin } of pins) expect(pin).not.toContain('apple');
    // Three orders a team for the week, and Team Verpakking's rush order that the coach still has to place.
    expect(await count("SELECT count(*)::int AS n FROM records WHERE kind = 'order'")).toBe(7);
    const today = await count(`SELECT count(*)::int AS n FROM records WHERE kind = 'task' AND data->>'day' = '${localDay(TEST_NOW)}'`);
    expect(today).toBe(40);
  });

  it('gives every demo card the products it makes and every order its card, under the natural id, and each task its order’s card', async () => {
    await migrate(t.db);
    await seedDemo(t.db, { now: TEST_NOW, newId: uuidv7 });
    const rows = await t.db.query<{ kind: string; data: unknown }>("SELECT kind, data FROM records WHERE kind IN ('card', 'order', 'task')");
    const cards = rows.filter((r) => r.kind === 'card').map((r) => cardSchema.parse(r.data));
    const orders = rows.filter((r) => r.kind === 'order').map((r) => orderSchema.parse(r.data));
    const tasks = rows.filter((r) => r.kind === 'task').map((r) => taskSchema.parse(r.data));
    for (const card of cards) {
      expect(card.products, card.title).toContain(card.title);
      expect(card.products?.some((p) => /^[A-Z]+-[A-Z0-9]+$/.test(p)), card.title).toBe(true);
    }
    expect(cards.filter((c) => c.piecesPerHour !== undefined).length).toBeGreaterThan(0);
    for (const order of orders) {
      expect(order.id).toBe(requireNaturalId('order', { teamId: order.teamId, customer: order.customer, reference: order.reference ?? '' }));
      expect(order.reference).toMatch(/-2026W48$/);
      const card = cards.find((c) => c.id === order.cardId);
      expect(card && productCard([card], order.product), order.product).toBe(card);
    }
    expect(orders.filter((o) => o.priority === 'rush').length).toBeGreaterThanOrEqual(2);
    for (const task of tasks) expect(task.cardId).toBe(orders.find((o) => o.id === task.orderId)?.cardId);
    // The rush order a board shows late: due three hours after the seed, nothing made, no tasks yet.
    const rush = orders.find((o) => o.reference === 'NF-4472-SPOED-2026W48');
    expect(rush).toMatchObject({ priority: 'rush', quantity: 900, due: new Date(TEST_NOW.getTime() + 3 * 3_600_000).toISOString() });
    expect(tasks.filter((t) => t.orderId === rush?.id)).toEqual([]);
  });

  it('seeds once, and adds a new week’s work when the demo is started in a later week', async () => {
    await migrate(t.db);
    await seedDemo(t.db, { now: TEST_NOW, newId: uuidv7 });
    expect(await seedDemo(t.db, { now: TEST_NOW, newId: uuidv7 })).toEqual({ created: false, weekAdded: false });
    const nextWeek = new Date(TEST_NOW.getTime() + 7 * 86_400_000);
    expect(await seedDemo(t.db, { now: nextWeek, newId: uuidv7 })).toEqual({ created: false, weekAdded: true });
    const days = await t.db.query<{ day: string }>("SELECT DISTINCT data->>'day' AS day FROM records WHERE kind = 'task' ORDER BY 1");
    expect(days.map((d) => d.day)).toEqual([...weekDays(TEST_NOW), ...weekDays(nextWeek)]);
  });

  it('keeps one unused kiosk and coach code per team, and returns only the codes it made', async () => {
    await migrate(t.db);
    await seedDemo(t.db, { now: TEST_NOW, newId: uuidv7 });
    const codes = await ensureEnrolmentCodes(t.db, 7);
    expect(codes.map((c) => `${c.teamName}/${c.role}`)).toEqual(['Team Montage/kiosk', 'Team Montage/coach', 'Team Verpakking/kiosk', 'Team Verpakking/coach']);
    for (const c of codes) expect(c.code).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
    expect(await ensureEnrolmentCodes(t.db, 7)).toEqual([]);
    expect(new Set((await openEnrolmentCodes(t.db, 7)).map((c) => c.code))).toEqual(new Set(codes.map((c) => c.code)));
  });
});
