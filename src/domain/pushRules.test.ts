import { describe, expect, it } from 'vitest';
import { formatHlc } from '#shared/hlc.ts';
import type { Mutation } from '#shared/protocol.ts';
import type { StoredRecord } from './applyMutation.ts';
import { answerOutcome, decidePush, toServerRecord, type HeldRecord, type LoggedVerdict, type PushState } from './pushRules.ts';

const TEAM = '01900000-0000-7000-8000-000000000001';
const OTHER_TEAM = '01900000-0000-7000-8000-000000000002';
const MEMBER = '01900000-0000-7000-8000-0000000000a1';
const STATION = '01900000-0000-7000-8000-0000000000c1';
const CHECKIN = '01900000-0000-7000-8000-0000000000e1';
const COMPLETION = '01900000-0000-7000-8000-0000000000d1';
const hlc = (wallMs: number) => formatHlc({ wallMs, counter: 0, node: 'dev1' });

const station: StoredRecord = {
  kind: 'station', id: STATION, teamId: TEAM, data: { id: STATION, teamId: TEAM, name: 'Inpakken', picto: 'package', load: 'light' },
  fieldHlc: { id: hlc(500), teamId: hlc(500), name: hlc(500), picto: hlc(500), load: hlc(800) }, version: 3, deleted: false,
};
const checkin: StoredRecord = {
  kind: 'checkin', id: CHECKIN, teamId: TEAM, data: { id: CHECKIN, teamId: TEAM, memberId: MEMBER, day: '2026-11-25', moment: 'start', score: 2, answeredAt: '2026-11-25T08:00:00.000Z' },
  fieldHlc: {}, version: 1, deleted: false,
};
const completion = { id: COMPLETION, teamId: TEAM, taskId: STATION, memberId: MEMBER, good: 10, rejected: 1, completedAt: '2026-11-25T10:00:00.000Z' };

function mutation(partial: Partial<Mutation> & Pick<Mutation, 'seq' | 'kind' | 'op' | 'recordId' | 'data'>): Mutation {
  const n = String(partial.seq).padStart(12, '0');
  return { mutationId: `01900000-0000-7000-8000-${n}`, baseVersion: null, hlc: hlc(1000), actorMemberId: null, schemaVersion: 1, ...partial };
}

/** The batch as the push transaction would hold it: a coach of TEAM at high-water mark 10, team sequence 40. */
function state(overrides: { role?: 'kiosk' | 'coach'; held?: readonly HeldRecord[]; verdicts?: Record<number, LoggedVerdict>; stamp?: (hlc: string) => string } = {}): PushState & { stamped: string[] } {
  const held = new Map((overrides.held ?? []).map((h) => [h.record.id, h]));
  const stamped: string[] = [];
  return {
    teamId: TEAM,
    role: overrides.role ?? 'coach',
    isTeamMember: (id) => id === MEMBER,
    highWaterMark: 10,
    teamSeq: 40,
    earlierVerdict: (seq) => overrides.verdicts?.[seq],
    current: (id) => held.get(id),
    stampHlc: (value) => {
      stamped.push(value);
      return overrides.stamp ? overrides.stamp(value) : value;
    },
    mergedInto: () => undefined,
    stamped,
  };
}

const rename = (seq: number, at: number) => mutation({ seq, kind: 'station', op: 'patch', recordId: STATION, data: { name: 'Dozen' }, hlc: hlc(at), baseVersion: 3 });

describe('a resent sequence number (at or below the high-water mark)', () => {
  it('is refused again with the reason it first got and the server’s state, storing and logging nothing', () => {
    const s = state({ held: [{ record: station, serverSeq: 33 }], verdicts: { 7: { status: 'rejected', reason: 'this record was deleted' } } });
    const decision = decidePush(rename(7, 2000), s);
    expect(decision).toEqual({
      alias: null,
      note: null,
      result: { seq: 7, mutationId: rename(7, 2000).mutationId, status: 'rejected', reason: 'this record was deleted', current: toServerRecord(station, 33) },
      write: null,
      log: null,
      highWaterMark: 10,
    });
    expect(s.stamped).toEqual([]);
  });

  it('is refused again without any state when the device may not see the record', () => {
    const verdicts = { 4: { status: 'rejected', reason: 'a kiosk device may not change checkin records' } } as const;
    const kiosk = decidePush(mutation({ seq: 4, kind: 'checkin', op: 'patch', recordId: CHECKIN, data: { score: 3 } }), state({ role: 'kiosk', held: [{ record: checkin, serverSeq: 20 }], verdicts }));
    expect(kiosk.result).toEqual({ seq: 4, mutationId: expect.any(String) as unknown, status: 'rejected', reason: verdicts[4].reason });
    const foreign = decidePush(rename(4, 2000), state({ held: [{ record: { ...station, teamId: OTHER_TEAM }, serverSeq: 20 }], verdicts }));
    expect(foreign.result).not.toHaveProperty('current');
  });

  it('is a conflict again, with the merged state, when the first answer was a conflict', () => {
    const decision = decidePush(rename(9, 2000), state({ held: [{ record: station, serverSeq: 35 }], verdicts: { 9: { status: 'conflict', reason: 'fields kept from a newer change: name' } } }));
    expect(decision.result).toEqual({ seq: 9, mutationId: rename(9, 2000).mutationId, status: 'conflict', current: toServerRecord(station, 35) });
    expect(decision.write).toBeNull();
  });

  it('is a plain duplicate when a conflict’s record is no longer one the device may see', () => {
    const decision = decidePush(rename(9, 2000), state({ verdicts: { 9: { status: 'conflict', reason: 'fields kept from a newer change: name' } } }));
    expect(decision.result).toEqual({ seq: 9, mutationId: rename(9, 2000).mutationId, status: 'duplicate' });
  });

  it('is a duplicate when it was applied the first time, and does not touch the clock', () => {
    const s = state({ held: [{ record: station, serverSeq: 35 }] });
    expect(decidePush(rename(10, 2000), s)).toEqual({ alias: null, note: null, result: { seq: 10, mutationId: rename(10, 2000).mutationId, status: 'duplicate' }, write: null, log: null, highWaterMark: 10 });
    expect(s.stamped).toEqual([]);
  });
});

describe('a new sequence number', () => {
  it('applied: stored under the team’s next sequence, the high-water mark moves, nothing is logged', () => {
    const s = state();
    const decision = decidePush(mutation({ seq: 11, kind: 'taskCompletion', op: 'insert', recordId: COMPLETION, data: completion }), s);
    expect(decision.result).toEqual({ seq: 11, mutationId: expect.any(String) as unknown, status: 'applied' });
    expect(decision.write).toMatchObject({ serverSeq: 41, record: { id: COMPLETION, version: 1, data: completion } });
    expect(decision.log).toBeNull();
    expect(decision.highWaterMark).toBe(11);
  });

  it('orders the change by the HLC the server stamps on it', () => {
    const serverHlc = hlc(1500);
    const s = state({ held: [{ record: station, serverSeq: 33 }], stamp: () => serverHlc });
    const decision = decidePush(rename(11, 9_000_000), s);
    expect(s.stamped).toEqual([hlc(9_000_000)]);
    expect(decision.write?.record.fieldHlc['name']).toBe(serverHlc);
  });

  it('conflict that still merged a field: stored and answered at the new sequence, and logged with the fields that lost', () => {
    // load was last written at 800, name at 500: a change at 600 wins name and loses load.
    const m = mutation({ seq: 12, kind: 'station', op: 'patch', recordId: STATION, data: { name: 'Dozen', load: 'heavy' }, hlc: hlc(600), baseVersion: 3 });
    const decision = decidePush(m, state({ held: [{ record: station, serverSeq: 33 }] }));
    expect(decision.write).toMatchObject({ serverSeq: 41, record: { version: 4, data: { name: 'Dozen', load: 'light' } } });
    expect(decision.result).toEqual({ seq: 12, mutationId: m.mutationId, status: 'conflict', current: toServerRecord(decision.write!.record, 41) });
    expect(decision.log).toEqual({ seq: 12, mutationId: m.mutationId, recordId: STATION, status: 'conflict', reason: 'fields kept from a newer change: load' });
    expect(decision.highWaterMark).toBe(12);
  });

  it('conflict that changed nothing: answered with the state as stored, nothing written, still logged', () => {
    const m = mutation({ seq: 12, kind: 'station', op: 'patch', recordId: STATION, data: { load: 'heavy' }, hlc: hlc(600), baseVersion: 3 });
    const decision = decidePush(m, state({ held: [{ record: station, serverSeq: 33 }] }));
    expect(decision.result).toEqual({ seq: 12, mutationId: m.mutationId, status: 'conflict', current: toServerRecord(station, 33) });
    expect(decision.write).toBeNull();
    expect(decision.log).toMatchObject({ status: 'conflict', reason: 'fields kept from a newer change: load' });
  });

  it('duplicate (an event inserted twice): the high-water mark moves, nothing stored or logged', () => {
    const held = { record: { kind: 'taskCompletion', id: COMPLETION, teamId: TEAM, data: completion, fieldHlc: {}, version: 1, deleted: false } as const, serverSeq: 38 };
    const decision = decidePush(mutation({ seq: 13, kind: 'taskCompletion', op: 'insert', recordId: COMPLETION, data: completion }), state({ held: [held] }));
    expect(decision).toEqual({ alias: null, note: null, result: { seq: 13, mutationId: expect.any(String) as unknown, status: 'duplicate' }, write: null, log: null, highWaterMark: 13 });
  });

  it('rejected: answered with the reason and the state to roll back to, logged, never stored', () => {
    const deleted = { ...station, data: null, deleted: true, version: 4 };
    const m = rename(14, 2000);
    const decision = decidePush(m, state({ held: [{ record: deleted, serverSeq: 39 }] }));
    expect(decision.result).toEqual({ seq: 14, mutationId: m.mutationId, status: 'rejected', reason: 'this record was deleted', current: toServerRecord(deleted, 39) });
    expect(toServerRecord(deleted, 39).data).toBeNull();
    expect(decision.write).toBeNull();
    expect(decision.log).toEqual({ seq: 14, mutationId: m.mutationId, recordId: STATION, status: 'rejected', reason: 'this record was deleted' });
    expect(decision.highWaterMark).toBe(14);
  });

  it('rejected without any state when the device may not see the record', () => {
    const decision = decidePush(mutation({ seq: 15, kind: 'checkin', op: 'patch', recordId: CHECKIN, data: { score: 3 } }), state({ role: 'kiosk', held: [{ record: checkin, serverSeq: 20 }] }));
    expect(decision.result).toMatchObject({ status: 'rejected', reason: 'checkin records cannot be changed once made' });
    expect(decision.result).not.toHaveProperty('current');
  });

  it('takes a refusal made before merging like any other', () => {
    const m = rename(16, 2000);
    const decision = answerOutcome(m, { status: 'rejected', reason: 'this app writes station format 9; update the server' }, state({ held: [{ record: station, serverSeq: 33 }] }));
    expect(decision.result).toMatchObject({ status: 'rejected', current: toServerRecord(station, 33) });
    expect(decision.log).toMatchObject({ status: 'rejected', seq: 16 });
  });
});
