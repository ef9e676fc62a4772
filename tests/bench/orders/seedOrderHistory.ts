/**
 * In the page: a year of order history written straight into the app's
 * IndexedDB tables, as if synced (no outbox): `openOrders` open orders with
 * five tasks each, and `completions` completions, most of them on tasks of
 * orders finished over the past year. Records use the team's own cards,
 * stations and members, so every screen reads them as real ones.
 */
export interface OrderHistoryPlan {
  readonly openOrders: number;
  readonly completions: number;
}

/** Runs in the browser (serialised by playwright): no imports, plain IndexedDB. */
export function seedOrderHistory(plan: OrderHistoryPlan): Promise<{ orders: number; tasks: number; completions: number }> {
  const open = (): Promise<IDBDatabase> =>
    new Promise((resolve, reject) => {
      const request = indexedDB.open('schakel');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('no database'));
    });
  const all = <T>(db: IDBDatabase, store: string): Promise<T[]> =>
    new Promise((resolve, reject) => {
      const request = db.transaction(store).objectStore(store).getAll();
      request.onsuccess = () => resolve(request.result as T[]);
      request.onerror = () => reject(request.error ?? new Error(store));
    });
  const putAll = (db: IDBDatabase, rows: Readonly<Record<string, readonly object[]>>): Promise<void> =>
    new Promise((resolve, reject) => {
      const tx = db.transaction(Object.keys(rows), 'readwrite');
      for (const [store, items] of Object.entries(rows)) for (const item of items) tx.objectStore(store).put(item);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('seed failed'));
    });
  return (async () => {
    const db = await open();
    const cards = await all<{ id: string; teamId: string; stationId: string; title: string }>(db, 'cards');
    const members = await all<{ id: string }>(db, 'members');
    const card = cards[0];
    if (!card || members.length === 0) throw new Error('the tablet has no cards or members to seed with');
    const teamId = card.teamId;
    const now = Date.now();
    const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    const orders: object[] = [];
    const tasks: object[] = [];
    const completions: object[] = [];
    let n = 0;
    const id = () => {
      n += 1;
      const hex = n.toString(16).padStart(12, '0');
      return `0190bead-0000-7000-8000-${hex}`;
    };
    const orderWithTasks = (dueMs: number, quantity: number) => {
      const c = cards[orders.length % cards.length] ?? card;
      const orderId = id();
      orders.push({ id: orderId, teamId, customer: `Bench ${String(orders.length % 40)}`, reference: `B-${String(orders.length)}`, product: c.title, cardId: c.id, quantity, due: new Date(dueMs).toISOString() });
      const own: string[] = [];
      for (let i = 0; i < 5; i++) {
        const taskId = id();
        own.push(taskId);
        tasks.push({ id: taskId, teamId, orderId, cardId: c.id, stationId: c.stationId, day: day(dueMs - 86_400_000), memberId: members[(tasks.length + i) % members.length]?.id ?? null, quantity: quantity / 5 });
      }
      return own;
    };
    const complete = (taskId: string, atMs: number) => {
      completions.push({ id: id(), teamId, taskId, memberId: members[completions.length % members.length]?.id ?? '', good: 9, rejected: completions.length % 10 === 0 ? 1 : 0, completedAt: new Date(atMs).toISOString() });
    };
    for (let o = 0; o < plan.openOrders; o++) {
      const own = orderWithTasks(now + ((o % 10) + 1) * 86_400_000, 500);
      // Today's work on the open orders: a few completions each.
      for (const [i, taskId] of own.slice(0, 2).entries()) complete(taskId, now - (i + 1) * 600_000);
    }
    // The year behind: finished orders, five completions on each of their tasks.
    while (completions.length < plan.completions) {
      const dueMs = now - (30 + (orders.length % 335)) * 86_400_000;
      for (const taskId of orderWithTasks(dueMs, 50)) for (let k = 0; k < 5 && completions.length < plan.completions; k++) complete(taskId, dueMs - k * 3_600_000);
    }
    await putAll(db, { orders, tasks });
    for (let i = 0; i < completions.length; i += 10_000) await putAll(db, { taskCompletions: completions.slice(i, i + 10_000) });
    await putAll(db, { localSettings: [{ key: 'display', mode: 'board' }] });
    db.close();
    return { orders: orders.length, tasks: tasks.length, completions: completions.length };
  })();
}
