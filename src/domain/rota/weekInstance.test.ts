import { describe, expect, it } from 'vitest';
import type { Availability, Member, RotaSlot, Skill, Station } from '#shared/records.ts';
import { hardViolations } from './hardRules.ts';
import { parseInstance } from './instanceFormat.ts';
import { buildWeekInstance, plannedDays, presenceOf } from './weekInstance.ts';

const team = 'a0000000-0000-4000-8000-000000000001';
const ann = { id: 'a0000000-0000-4000-8000-0000000000a1', teamId: team, name: 'Ann', avatar: 'person', language: 'nl-BE', routine: true, homeStationId: 'a0000000-0000-4000-8000-0000000000s1', offHalfDays: ['wed-pm'] } as Member;
const bo = { id: 'a0000000-0000-4000-8000-0000000000b2', teamId: team, name: 'Bo', avatar: 'person', language: 'fr-BE' } as Member;
const pack = { id: 'a0000000-0000-4000-8000-0000000000s1', teamId: team, name: 'Inpakken', picto: 'box', load: 'light', minStaff: 1, maxStaff: 2 } as Station;
const lift = { id: 'a0000000-0000-4000-8000-0000000000s2', teamId: team, name: 'Heffen', picto: 'lift', load: 'heavy', closedDays: [5] } as Station;
const skill = (member: Member, station: Station, fields: Partial<Skill>): Skill => ({ id: `${member.id}-${station.id}`, teamId: team, memberId: member.id, stationId: station.id, level: null, ...fields });

describe('a team’s week as a rota instance', () => {
  it('plans Monday to Friday of an ISO week, across a year’s end', () => {
    expect(plannedDays('2027-W01')).toEqual(['2027-01-04', '2027-01-05', '2027-01-06', '2027-01-07', '2027-01-08']);
    expect(plannedDays('2026-W53')).toEqual(['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01']);
  });

  it('reads presence from the half-day’s record first, then the weekly pattern', () => {
    const ill: Availability = { id: 'x', teamId: team, memberId: ann.id, day: '2027-01-04', shift: 'am', present: false, reason: 'ill' };
    const extra: Availability = { id: 'y', teamId: team, memberId: ann.id, day: '2027-01-06', shift: 'pm', present: true, reason: null };
    expect(presenceOf(ann, [ill], '2027-01-04', 'am')).toEqual({ present: false, reason: 'ill' });
    expect(presenceOf(ann, [], '2027-01-06', 'pm')).toEqual({ present: false, reason: 'pattern' });
    expect(presenceOf(ann, [extra], '2027-01-06', 'pm')).toEqual({ present: true, reason: null });
  });

  it('turns records into an instance the exchange format accepts, with closed days, defaults, pins and absences', () => {
    const slots: RotaSlot[] = [
      { id: 's1', teamId: team, memberId: bo.id, stationId: lift.id, day: '2027-01-05', shift: 'am', week: '2027-W01', placedBy: 'member', placedByMemberId: bo.id, pinned: true },
      { id: 's2', teamId: team, memberId: bo.id, stationId: pack.id, day: '2027-01-05', shift: 'pm', week: '2027-W01', placedBy: 'optimiser', pinned: false },
      // Ann is ill that morning: her own choice there falls away.
      { id: 's3', teamId: team, memberId: ann.id, stationId: pack.id, day: '2027-01-04', shift: 'am', week: '2027-W01', placedBy: 'member', placedByMemberId: ann.id, pinned: true },
    ];
    const { instance, slotOf, halfDayOf } = buildWeekInstance({
      week: '2027-W01',
      members: [ann, bo],
      stations: [pack, lift],
      skills: [skill(ann, pack, { level: 'U', preference: 1 }), skill(ann, lift, { level: 'L', restricted: true }), skill(bo, lift, { level: 'O', trainingGoal: false }), skill(bo, pack, { level: null, trainingGoal: true })],
      availability: [{ id: 'x', teamId: team, memberId: ann.id, day: '2027-01-04', shift: 'am', present: false, reason: 'ill' }],
      slots,
      weights: { varDev: 30 },
    });
    expect(parseInstance(JSON.parse(JSON.stringify(instance)))).toMatchObject({ ok: true });
    expect(slotOf('2027-01-06', 'pm')).toBe(5);
    expect(halfDayOf(9)).toEqual({ day: '2027-01-08', shift: 'pm' });
    const [liftRow] = instance.stations.filter((s) => s.id === lift.id);
    expect(liftRow?.load).toBe(3);
    expect(liftRow?.minStaff).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 0, 0]);
    expect(liftRow?.maxStaff).toEqual([2, 2, 2, 2, 2, 2, 2, 2, 0, 0]);
    const annRow = instance.members.find((m) => m.id === ann.id);
    expect(annRow).toMatchObject({ levels: { [pack.id]: 'U', [lift.id]: 'L' }, restricted: [lift.id], preferences: { [pack.id]: 1 }, routine: true, varietyTarget: 3, homeStation: pack.id });
    expect(annRow?.available).toEqual([false, true, true, true, true, false, true, true, true, true]);
    expect(instance.members.find((m) => m.id === bo.id)?.trainingGoals).toEqual([pack.id]);
    expect(instance.pins).toEqual([{ member: bo.id, station: lift.id, slot: 2 }]);
    expect(instance.weights.varDev).toBe(30);
    expect(instance.weights.short).toBe(1000);
    // A plan of pins alone breaks no rule about who may stand where.
    expect(hardViolations(instance, [{ member: bo.id, slot: 2, station: lift.id }]).filter((v) => v.rule === 'H2')).toEqual([]);
  });
});
