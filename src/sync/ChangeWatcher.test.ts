import { describe, expect, it } from 'vitest';
import { enrolledDb } from '#tests/helpers/enrolledDb.ts';
import { rejectingTransport } from '#tests/helpers/rejectingTransport.ts';
import { PROTOCOL_VERSION } from '#shared/protocol.ts';
import { ChangeWatcher } from './ChangeWatcher.ts';

describe('the change watcher', () => {
  it('backs off while sync rounds fail, instead of polling in a tight loop', async () => {
    const { db } = await enrolledDb();
    await db.syncState.put({ key: 'self', cursor: 1, lastSyncAt: null });
    const sleeps: number[] = [];
    let rounds = 0;
    const watcher: ChangeWatcher = new ChangeWatcher({
      db,
      // The server always has news for a cursor that never moves.
      transport: rejectingTransport({ wait: () => Promise.resolve({ type: 'waitResult', protocolVersion: PROTOCOL_VERSION, changed: true }) }),
      onChange: () => {
        rounds += 1;
        return Promise.resolve(false);
      },
      sleep: (ms) => {
        sleeps.push(ms);
        if (sleeps.length >= 4) watcher.stop();
        return Promise.resolve();
      },
    });
    await watcher.run();
    expect(rounds).toBe(4);
    expect(sleeps).toEqual([2_000, 4_000, 8_000, 16_000]);
  });
});
