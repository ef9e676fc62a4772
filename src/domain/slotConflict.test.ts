/**
 * A clash is a member's place and a coach's that met on one slot unseen:
 * the note names both places and the side the slot kept; a change that
 * built on the slot as held, or one between two coach-side placers, or one
 * that wanted the same place, is no clash.
 */
import { describe, expect, it } from 'vitest';
import { formatHlc } from '#shared/hlc.ts';
import type { Mutation } from '#shared/protocol.ts';
import { naturalId } from '#shared/records/naturalId.ts';
import { applyMutation, type MutationContext, type StoredRecord } from './applyMutation.ts';
import { slotConflictId, slotConflictNote } from './slotConflict.ts';

const TEAM = '01900000-0000-7000-8000-000000000001';
const ANN = '01900000-0000-7000-8000-0000000000a1';
const A = '01900000-0000-7000-8000-0000000000c1';
const B = '01900000-0000-7000-8000-0000000000c2';
const ctx: MutationContext = { teamId: TEAM, role: 'coach', isTeamMember: (id) => id === ANN };
const key = { teamId: TEAM, memberId: ANN, day: '2027-01-04', shift: 'am' };
const SLOT = naturalId('rotaSlot', key)!;
const hlc = (ms: number) => formatHlc({ wallMs: ms, counter: 0, node: 'x' });
const slot = (stationId: string | null, placedBy: string) => ({ id: SLOT, ...key, week: '2027-W01', stationId, placedBy, placedByMemberId: placedBy === 'member' ? ANN : null, pinned: true });
const insert = (data: object, ms: number): Mutation => ({ mutationId: '01900000-0000-7000-8000-000000000f01', seq: 1, kind: 'rotaSlot', op: 'insert', recordId: SLOT, data: data as Record<string, unknown>, baseVersion: null, hlc: hlc(ms), actorMemberId: null, schemaVersion: 3 });

function held(data: object, ms: number): StoredRecord {
  const outcome = applyMutation(null, insert(data, ms), ctx);
  if (outcome.status !== 'applied') throw new Error('setup');
  return outcome.record;
}

function noteAfter(before: StoredRecord, m: Mutation) {
  const outcome = applyMutation(before, m, ctx);
  if (outcome.status !== 'applied' && outcome.status !== 'conflict') throw new Error(outcome.status);
  return { after: outcome.record, note: slotConflictNote(before, m, outcome.record, undefined) };
}

describe('a clash on a rota slot', () => {
  it('notes a coach’s later move onto a member’s place, the coach winning', () => {
    const { after, note } = noteAfter(held(slot(A, 'member'), 1000), insert(slot(B, 'coach'), 2000));
    expect(after.data?.['stationId']).toBe(B);
    expect(note).toMatchObject({ id: slotConflictId(TEAM, SLOT), kind: 'rotaConflict', version: 1 });
    expect(note?.data).toEqual({ id: slotConflictId(TEAM, SLOT), teamId: TEAM, slotId: SLOT, memberId: ANN, week: '2027-W01', day: '2027-01-04', shift: 'am', memberStationId: A, coachStationId: B, winner: 'coach', at: new Date(2000).toISOString(), seenAt: null });
  });

  it('notes a member’s earlier place arriving after the coach’s move: the coach’s stays', () => {
    const { after, note } = noteAfter(held(slot(B, 'optimiser'), 2000), insert(slot(A, 'member'), 1000));
    expect(after.data?.['stationId']).toBe(B);
    expect(note?.data).toMatchObject({ memberStationId: A, coachStationId: B, winner: 'coach', at: new Date(2000).toISOString() });
  });

  it('notes the member winning with the later place, the pool included', () => {
    const { note } = noteAfter(held(slot(null, 'coach'), 1000), insert(slot(A, 'member'), 3000));
    expect(note?.data).toMatchObject({ memberStationId: A, coachStationId: null, winner: 'member' });
  });

  it('is no clash when the change built on the slot as held, came from the same side, or wanted the same place', () => {
    const memberSlot = held(slot(A, 'member'), 1000);
    const seen: Mutation = { ...insert({ stationId: B, placedBy: 'coach', placedByMemberId: null, overrideReason: 'staffing' }, 2000), op: 'patch', baseVersion: memberSlot.version };
    expect(noteAfter(memberSlot, seen).note).toBeNull();
    expect(noteAfter(held(slot(A, 'coach'), 1000), insert(slot(B, 'optimiser'), 2000)).note).toBeNull();
    expect(noteAfter(memberSlot, insert(slot(A, 'coach'), 2000)).note).toBeNull();
    const unseen: Mutation = { ...seen, baseVersion: memberSlot.version - 1 };
    expect(noteAfter(memberSlot, unseen).note?.data).toMatchObject({ winner: 'coach' });
  });
});
