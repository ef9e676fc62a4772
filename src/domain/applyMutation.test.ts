import { describe, expect, it } from 'vitest';
import { formatHlc } from '#shared/hlc.ts';
import type { Mutation } from '#shared/protocol.ts';
import { applyMutation, type MutationContext, type StoredRecord } from './applyMutation.ts';

const TEAM = '01900000-0000-7000-8000-000000000001';
const OTHER_TEAM = '01900000-0000-7000-8000-000000000002';
const MEMBER = '01900000-0000-7000-8000-0000000000a1';
const TASK = '01900000-0000-7000-8000-0000000000b1';
const STATION = '01900000-0000-7000-8000-0000000000c1';

const kiosk: MutationContext = { teamId: TEAM, role: 'kiosk', isTeamMember: (id) => id === MEMBER };
const coach: MutationContext = { ...kiosk, role: 'coach' };
const hlc = (wallMs: number, node = 'dev1') => formatHlc({ wallMs, counter: 0, node });

let n = 0;
function mutation(partial: Partial<Mutation> & Pick<Mutation, 'kind' | 'op' | 'recordId' | 'data'>): Mutation {
  n += 1;
  return { mutationId: `01900000-0000-7000-8000-${String(n).padStart(12, '0')}`, seq: n, baseVersion: null, hlc: hlc(1000), actorMemberId: MEMBER, schemaVersion: 1, ...partial };
}

const completionId = '01900000-0000-7000-8000-0000000000d1';
const completion = { id: completionId, teamId: TEAM, taskId: TASK, memberId: MEMBER, good: 10, rejected: 1, completedAt: '2026-11-25T10:00:00.000Z' };
const station: StoredRecord = {
  kind: 'station', id: STATION, teamId: TEAM, data: { id: STATION, teamId: TEAM, name: 'Inpakken', picto: 'package', load: 'light' },
  fieldHlc: { id: hlc(500), teamId: hlc(500), name: hlc(500), picto: hlc(500), load: hlc(500) }, version: 1, deleted: false,
};

describe('applying a mutation on the server', () => {
  it('inserts an event once and calls a second insert of the same id a duplicate', () => {
    const first = applyMutation(null, mutation({ kind: 'taskCompletion', op: 'insert', recordId: completionId, data: completion }), kiosk);
    expect(first).toMatchObject({ status: 'applied', record: { version: 1, data: completion } });
    if (first.status !== 'applied') return;
    const again = applyMutation(first.record, mutation({ kind: 'taskCompletion', op: 'insert', recordId: completionId, data: completion }), kiosk);
    expect(again).toEqual({ status: 'duplicate' });
  });

  it('never lets an event be changed or deleted', () => {
    const first = applyMutation(null, mutation({ kind: 'taskCompletion', op: 'insert', recordId: completionId, data: completion }), kiosk);
    if (first.status !== 'applied') throw new Error('setup');
    expect(applyMutation(first.record, mutation({ kind: 'taskCompletion', op: 'patch', recordId: completionId, data: { good: 99 } }), coach)).toMatchObject({ status: 'rejected' });
    expect(applyMutation(first.record, mutation({ kind: 'taskCompletion', op: 'delete', recordId: completionId, data: {} }), coach)).toMatchObject({ status: 'rejected' });
  });

  it.each([
    ['another team’s record', { ...completion, teamId: OTHER_TEAM }, /another team/],
    ['a member outside the team', { ...completion, memberId: '01900000-0000-7000-8000-0000000000ff' }, /not in this team/],
    ['invalid counts', { ...completion, good: -1 }, /invalid taskCompletion/],
    ['text with a NUL character', { ...completion, completedAt: 'x\u0000' }, /NUL/],
  ])('rejects %s', (_what, data, reason) => {
    const outcome = applyMutation(null, mutation({ kind: 'taskCompletion', op: 'insert', recordId: completionId, data }), kiosk);
    expect(outcome).toMatchObject({ status: 'rejected', reason: expect.stringMatching(reason) as unknown });
  });

  it('lets only coach devices change the team’s set-up', () => {
    const patch = mutation({ kind: 'station', op: 'patch', recordId: STATION, data: { name: 'Dozen' }, hlc: hlc(2000) });
    expect(applyMutation(station, patch, kiosk)).toMatchObject({ status: 'rejected', reason: expect.stringMatching(/kiosk/) as unknown });
    expect(applyMutation(station, patch, coach)).toMatchObject({ status: 'applied', record: { version: 2, data: { name: 'Dozen', picto: 'package' } } });
  });

  it('merges per field: the newer HLC wins each field, the older one is reported as a conflict', () => {
    const newer = applyMutation(station, mutation({ kind: 'station', op: 'patch', recordId: STATION, data: { name: 'Dozen' }, hlc: hlc(3000) }), coach);
    if (newer.status !== 'applied') throw new Error('setup');
    const older = applyMutation(newer.record, mutation({ kind: 'station', op: 'patch', recordId: STATION, data: { name: 'Oud', load: 'heavy' }, hlc: hlc(2000) }), coach);
    expect(older).toMatchObject({ status: 'conflict', lostFields: ['name'], changed: true, record: { data: { name: 'Dozen', load: 'heavy' }, version: 3 } });
  });

  it('keeps a deleted record deleted: no patch or insert brings it back', () => {
    const deleted = applyMutation(station, mutation({ kind: 'station', op: 'delete', recordId: STATION, data: {}, hlc: hlc(3000) }), coach);
    if (deleted.status !== 'applied') throw new Error('setup');
    expect(deleted.record).toMatchObject({ deleted: true, data: null });
    const late = applyMutation(deleted.record, mutation({ kind: 'station', op: 'patch', recordId: STATION, data: { name: 'Terug' }, hlc: hlc(9000) }), coach);
    expect(late).toMatchObject({ status: 'rejected', reason: 'this record was deleted' });
    const reinsert = applyMutation(deleted.record, mutation({ kind: 'station', op: 'insert', recordId: STATION, data: station.data ?? {}, hlc: hlc(9000) }), coach);
    expect(reinsert).toMatchObject({ status: 'rejected' });
  });
});

describe('field names that are also names every object inherits', () => {
  const stationPatch = (data: Record<string, unknown>) => mutation({ kind: 'station', op: 'patch', recordId: STATION, data, hlc: hlc(2000) });

  it('applies toString, constructor and hasOwnProperty as fields nobody wrote before, not as lost ones', () => {
    const outcome = applyMutation(station, stationPatch({ toString: 'x', constructor: 'y', hasOwnProperty: 'z', name: 'Dozen' }), coach);
    expect(outcome).toMatchObject({ status: 'applied', record: { version: 2, data: { name: 'Dozen' } } });
    if (outcome.status !== 'applied') return;
    expect(Object.keys(outcome.record.fieldHlc).sort()).toEqual(Object.keys(outcome.record.data ?? {}).sort());
  });

  it('changes nothing for a patch of only fields the record does not have', () => {
    expect(applyMutation(station, stationPatch({ toString: 'x', valueOf: 1 }), coach)).toEqual({ status: 'applied', record: station });
  });

  it('takes an own __proto__ key (as JSON.parse makes one) as a field, never as the merged record’s prototype', () => {
    // Were it the prototype, the schema would read `minStaff` through it and store it.
    const data = JSON.parse('{"__proto__":{"polluted":true,"minStaff":2},"name":"Dozen"}') as Record<string, unknown>;
    const outcome = applyMutation(station, stationPatch(data), coach);
    expect(outcome).toMatchObject({ status: 'applied', record: { data: { name: 'Dozen' } } });
    if (outcome.status !== 'applied') return;
    expect(Object.hasOwn(outcome.record.data ?? {}, 'minStaff')).toBe(false);
    expect(Object.getPrototypeOf(outcome.record.data)).toBe(Object.prototype);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });
});

describe('text the database cannot hold', () => {
  it.each([
    ['a lone surrogate in a value', { good: 1, completedAt: 'x\ud800' }],
    ['a lone surrogate in a key', { ['k\udc00']: 1 }],
  ])('rejects %s instead of failing the whole batch', (_what, extra) => {
    const outcome = applyMutation(null, mutation({ kind: 'taskCompletion', op: 'insert', recordId: completionId, data: { ...completion, ...extra } }), kiosk);
    expect(outcome).toMatchObject({ status: 'rejected', reason: expect.stringMatching(/broken character/) as unknown });
  });

  it('accepts real characters outside the basic plane', () => {
    const outcome = applyMutation(null, mutation({ kind: 'station', op: 'insert', recordId: STATION, data: { ...station.data, name: 'Inpakken 📦' } }), coach);
    expect(outcome.status).toBe('applied');
  });
});

describe('issue 4 records on the server', () => {
  const reasonId = '01900000-0000-7000-8000-0000000000e1';
  const reason = { id: reasonId, teamId: TEAM, picto: 'broken', label: 'Kapot', position: 0 };
  const skillId = '01900000-0000-7000-8000-0000000000e2';
  const skill = { id: skillId, teamId: TEAM, memberId: MEMBER, stationId: STATION, level: 'U' };

  it('lets only coach devices keep the reject reasons and the skills matrix', () => {
    for (const [kind, recordId, data] of [
      ['rejectReason', reasonId, reason],
      ['skill', skillId, skill],
    ] as const) {
      expect(applyMutation(null, mutation({ kind, op: 'insert', recordId, data }), kiosk)).toMatchObject({ status: 'rejected' });
      expect(applyMutation(null, mutation({ kind, op: 'insert', recordId, data }), coach)).toMatchObject({ status: 'applied' });
    }
  });

  it('refuses a well-being score beyond the member’s scale, and a skill for someone outside the team', () => {
    const checkin = { id: '01900000-0000-7000-8000-0000000000e3', teamId: TEAM, memberId: MEMBER, day: '2026-11-25', moment: 'start', answeredAt: '2026-11-25T08:00:00.000Z' };
    expect(applyMutation(null, mutation({ kind: 'checkin', op: 'insert', recordId: checkin.id, data: { ...checkin, score: 4 } }), kiosk)).toMatchObject({ status: 'rejected' });
    expect(applyMutation(null, mutation({ kind: 'checkin', op: 'insert', recordId: checkin.id, data: { ...checkin, score: 4, scale: 5, energy: 2, wantsTalk: true } }), kiosk)).toMatchObject({ status: 'applied' });
    const stranger = { ...skill, memberId: '01900000-0000-7000-8000-0000000000ff' };
    expect(applyMutation(null, mutation({ kind: 'skill', op: 'insert', recordId: skillId, data: stranger }), coach)).toMatchObject({ status: 'rejected' });
  });

  it('stores a member’s PIN only as a salted hash, never the pictures', () => {
    const member = { id: MEMBER, teamId: TEAM, name: 'Ann', avatar: 'dog', language: 'nl-BE' };
    const asText = applyMutation(null, mutation({ kind: 'member', op: 'insert', recordId: MEMBER, data: { ...member, pin: 'apple|sun|fish' } }), coach);
    expect(asText).toMatchObject({ status: 'rejected' });
    const hashed = { salt: '0'.repeat(32), hash: 'a'.repeat(64) };
    expect(applyMutation(null, mutation({ kind: 'member', op: 'insert', recordId: MEMBER, data: { ...member, pin: hashed } }), coach)).toMatchObject({ status: 'applied' });
  });
});
