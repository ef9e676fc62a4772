import { uuidv7 } from 'uuidv7';
import { describe, expect, it } from 'vitest';
import { enrolledDb } from '#tests/helpers/enrolledDb.ts';
import { requireNaturalId } from '#shared/records/naturalId.ts';
import { staffingOf } from '#domain/rota/rotaDefaults.ts';
import { cycleSkillLevel, stepStaffing, updateSkillFlags } from './matrixWrites.ts';

const ctx = () => ({ actorMemberId: null, now: new Date('2026-11-25T09:30:00Z'), newId: uuidv7 });

async function cellOnTablet() {
  const { db, member } = await enrolledDb();
  const station = (await db.stations.toArray())[0]!;
  return { db, cell: { teamId: member.teamId, memberId: member.id, stationId: station.id } };
}

describe('skills matrix writes', () => {
  it('two taps before the screen catches up are two steps, each with its own skillChange', async () => {
    const { db, cell } = await cellOnTablet();
    await Promise.all([cycleSkillLevel(db, cell, ctx()), cycleSkillLevel(db, cell, ctx())]);
    expect((await db.skills.toArray()).map((s) => s.level)).toEqual(['L']);
    expect((await db.skillChanges.toArray()).map((c) => [c.from, c.to]).sort()).toEqual([
      ['I', 'L'],
      [null, 'I'],
    ].sort());
  });

  it('a new cell gets the natural id of team, member and station; a stored cell is patched, never doubled', async () => {
    const { db, cell } = await cellOnTablet();
    await updateSkillFlags(db, cell, () => ({ restricted: true }), ctx());
    await cycleSkillLevel(db, cell, ctx());
    expect(await db.skills.toArray()).toEqual([{ id: requireNaturalId('skill', cell), ...cell, level: 'I', restricted: true }]);
    expect((await db.outbox.toArray()).map((e) => [e.kind, e.op])).toEqual([
      ['skill', 'insert'],
      ['skill', 'patch'],
      ['skillChange', 'insert'],
    ]);
  });

  it('writes nothing when a flag change is empty', async () => {
    const { db, cell } = await cellOnTablet();
    await updateSkillFlags(db, cell, () => ({}), ctx());
    expect(await db.outbox.count()).toBe(0);
  });
});

describe('station staffing', () => {
  it('reads one at least and two at most for a station without staffing, and never a minimum above the maximum', () => {
    expect(staffingOf({})).toEqual({ minStaff: 1, maxStaff: 2 });
    expect(staffingOf({ maxStaff: 0 })).toEqual({ minStaff: 0, maxStaff: 0 });
    expect(staffingOf({ minStaff: 4 })).toEqual({ minStaff: 4, maxStaff: 4 });
  });

  it('a step sends both numbers, and a step past the other bound or out of 0–30 sends nothing', () => {
    expect(stepStaffing({}, 'maxStaff', 1)).toEqual({ minStaff: 1, maxStaff: 3 });
    expect(stepStaffing({ minStaff: 2, maxStaff: 2 }, 'minStaff', 1)).toEqual({});
    expect(stepStaffing({ minStaff: 2, maxStaff: 2 }, 'maxStaff', -1)).toEqual({});
    expect(stepStaffing({ minStaff: 0, maxStaff: 2 }, 'minStaff', -1)).toEqual({});
    expect(stepStaffing({ minStaff: 1, maxStaff: 30 }, 'maxStaff', 1)).toEqual({});
  });
});
