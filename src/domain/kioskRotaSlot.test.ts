/**
 * A member places themself on the week's draft from a kiosk; the rest of the
 * board is the coach's. Each case attacks the rule through applyMutation, the
 * one place the server's push meets it.
 */
import { describe, expect, it } from 'vitest';
import { formatHlc } from '#shared/hlc.ts';
import type { Mutation } from '#shared/protocol.ts';
import { naturalId } from '#shared/records/naturalId.ts';
import { applyMutation, type MutationContext } from './applyMutation.ts';
import type { RotaState } from './rotaState.ts';

const TEAM = '01900000-0000-7000-8000-000000000001';
const ANN = '01900000-0000-7000-8000-0000000000a1';
const BEN = '01900000-0000-7000-8000-0000000000a2';
const STATION = '01900000-0000-7000-8000-0000000000c1';
const weeks = new Map<string, RotaState>([['2027-W02', 'agreed'], ['2027-W03', 'published']]);
const kiosk: MutationContext = { teamId: TEAM, role: 'kiosk', isTeamMember: (id) => id === ANN || id === BEN, rotaWeekState: (w) => weeks.get(w) };
const coach: MutationContext = { ...kiosk, role: 'coach' };

const slot = (memberId: string, day: string, week: string, extra: Record<string, unknown> = {}) => {
  const data = { teamId: TEAM, memberId, day, shift: 'am', week, stationId: STATION, placedBy: 'member', placedByMemberId: memberId, pinned: true, ...extra };
  const id = naturalId('rotaSlot', data)!;
  return { id, ...data };
};
let seq = 0;
function insert(data: { id: string }, actorMemberId: string | null = ANN): Mutation {
  seq += 1;
  return { mutationId: `01900000-0000-7000-8000-${String(seq).padStart(12, '0')}`, seq, baseVersion: null, hlc: formatHlc({ wallMs: 1000 + seq, counter: 0, node: 'k' }), actorMemberId, schemaVersion: 3, kind: 'rotaSlot', op: 'insert', recordId: data.id, data };
}

describe('a member on the rota from a kiosk', () => {
  it('places themself on a draft week', () => {
    expect(applyMutation(null, insert(slot(ANN, '2027-01-04', '2027-W01')), kiosk)).toMatchObject({ status: 'applied' });
  });

  it('cannot place someone else, or place without being signed in', () => {
    expect(applyMutation(null, insert(slot(BEN, '2027-01-04', '2027-W01')), kiosk)).toMatchObject({ status: 'rejected', reason: 'a member places only themself on the rota' });
    expect(applyMutation(null, insert(slot(ANN, '2027-01-04', '2027-W01'), null), kiosk)).toMatchObject({ status: 'rejected' });
  });

  it('cannot claim to be the coach or the optimiser, or leave the slot unpinned', () => {
    for (const extra of [{ placedBy: 'coach' }, { placedBy: 'optimiser' }, { pinned: false }, { overrideReason: 'safety' }, { lateChange: true }]) {
      expect(applyMutation(null, insert(slot(ANN, '2027-01-04', '2027-W01', extra)), kiosk), JSON.stringify(extra)).toMatchObject({ status: 'rejected' });
    }
  });

  it('cannot change a week the team agreed or the coach published, nor remove a slot; a coach can', () => {
    expect(applyMutation(null, insert(slot(ANN, '2027-01-11', '2027-W02')), kiosk)).toMatchObject({ status: 'rejected', reason: 'the team agreed this week’s plan: only the coach changes it now' });
    expect(applyMutation(null, insert(slot(ANN, '2027-01-18', '2027-W03')), kiosk)).toMatchObject({ status: 'rejected' });
    const placed = applyMutation(null, insert(slot(ANN, '2027-01-04', '2027-W01')), kiosk);
    if (placed.status !== 'applied') throw new Error('setup');
    const remove: Mutation = { ...insert({ id: placed.record.id }), op: 'delete', data: {} };
    expect(applyMutation(placed.record, remove, kiosk)).toMatchObject({ status: 'rejected' });
    expect(applyMutation(null, insert(slot(BEN, '2027-01-11', '2027-W02', { placedBy: 'coach', placedByMemberId: null, overrideReason: 'staffing' })), coach)).toMatchObject({ status: 'applied' });
  });

  it('cannot take over a slot the coach placed for someone else by patching it', () => {
    const coachSlot = applyMutation(null, insert(slot(BEN, '2027-01-04', '2027-W01', { placedBy: 'coach', placedByMemberId: null })), coach);
    if (coachSlot.status !== 'applied') throw new Error('setup');
    const takeOver: Mutation = { ...insert({ id: coachSlot.record.id }), op: 'patch', data: { placedBy: 'member', placedByMemberId: ANN } };
    expect(applyMutation(coachSlot.record, takeOver, kiosk)).toMatchObject({ status: 'rejected' });
  });
});
