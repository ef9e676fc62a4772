import fc from 'fast-check';
import highsLoader from 'highs';
import { describe, expect, it } from 'vitest';
import { greedyBaseline } from './draft.ts';
import { hardViolations, pinClashes } from './hardRules.ts';
import { ILUO_LEVELS, type RotaInstance, type RotaMember, type RotaStation } from './instanceFormat.ts';
import { testInstance } from './rotaTestInstances.ts';
import { buildMilp } from './milp.ts';
import { evaluatePlan } from './objective.ts';
import { decodePlacements, solveRota } from './solve.ts';

const highs = await highsLoader();
const clock = () => {
  let t = 0;
  return () => (t += 1);
};

/** Small random weeks: 3–6 members, 2–4 stations, 1–2 days of two half-days; most members present most half-days. */
const instanceArb: fc.Arbitrary<RotaInstance> = fc
  .record({ days: fc.integer({ min: 1, max: 2 }), stations: fc.integer({ min: 2, max: 4 }), members: fc.integer({ min: 3, max: 6 }) })
  .chain(({ days, stations, members }) => {
    const slots = days * 2;
    const ids = Array.from({ length: stations }, (_, i) => `st-${i}`);
    const station = (id: string): fc.Arbitrary<RotaStation> =>
      fc
        .record({
          load: fc.constantFrom(1 as const, 2 as const, 3 as const),
          minStaff: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: slots, maxLength: slots }),
          extra: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: slots, maxLength: slots }),
        })
        .map(({ load, minStaff, extra }) => ({ id, name: id, load, minStaff, maxStaff: minStaff.map((n, k) => n + (extra[k] ?? 0)) }));
    const member = (id: string): fc.Arbitrary<RotaMember> =>
      fc
        .record({
          available: fc.array(fc.integer({ min: 0, max: 4 }).map((n) => n > 0), { minLength: slots, maxLength: slots }),
          levels: fc.array(fc.option(fc.constantFrom(...ILUO_LEVELS), { nil: undefined }), { minLength: stations, maxLength: stations }),
          restricted: fc.subarray(ids, { maxLength: 1 }),
          liked: fc.subarray(ids, { maxLength: 1 }),
          routine: fc.boolean(),
          varietyTarget: fc.integer({ min: 1, max: 3 }),
          home: fc.option(fc.constantFrom(...ids), { nil: null }),
          trainingGoals: fc.subarray(ids, { maxLength: 2 }),
        })
        .map((m) => ({
          id,
          name: id,
          available: m.available,
          levels: Object.fromEntries(ids.flatMap((s, i) => (m.levels[i] ? [[s, m.levels[i]]] : []))),
          restricted: m.restricted,
          preferences: Object.fromEntries(m.liked.map((s) => [s, 1 as const])),
          routine: m.routine,
          varietyTarget: m.varietyTarget,
          homeStation: m.home,
          trainingGoals: m.trainingGoals,
        }));
    return fc
      .record({
        stations: fc.tuple(...ids.map(station)),
        members: fc.tuple(...Array.from({ length: members }, (_, i) => member(`mb-${i}`))),
      })
      .map(({ stations: s, members: m }) =>
        testInstance({ days: Array.from({ length: days }, (_, d) => `d${d}`), stations: s, members: m }),
      );
  });

/** An instance with pins taken from a plan that keeps every rule, so the pins can hold together. */
const pinnedArb = instanceArb.chain((instance) => {
  const plan = greedyBaseline(instance);
  return fc.subarray(plan, { maxLength: Math.min(6, plan.length) }).map((pins) => ({ ...instance, pins }));
});

describe('solveRota on small random weeks', () => {
  it('returns a plan that breaks no hard rule and keeps every pin', () => {
    fc.assert(
      fc.property(pinnedArb, (instance) => {
        expect(pinClashes(instance)).toEqual([]);
        const plan = solveRota(highs, instance, { timeLimitSec: 3, now: clock() });
        expect(plan.status).not.toBe('infeasible');
        expect(hardViolations(instance, plan.assignments)).toEqual([]);
        for (const pin of instance.pins) expect(plan.assignments).toContainEqual(pin);
      }),
      { numRuns: 15 },
    );
  });

  it('has the MIP value its optimum exactly as evaluatePlan values the decoded plan', () => {
    fc.assert(
      fc.property(pinnedArb, (instance) => {
        const { lp, placements } = buildMilp(instance);
        const result = highs.solve(lp, { mip_rel_gap: 0, output_flag: false, time_limit: 5 });
        fc.pre(result.Status === 'Optimal');
        const plan = decodePlacements(instance, placements, result.Columns);
        expect(evaluatePlan(instance, plan).total).toBeCloseTo(result.ObjectiveValue, 6);
      }),
      { numRuns: 20 },
    );
  });

  it('reports clashing pins, naming the pinned member, and gives no plan', () => {
    const clashing = fc
      .tuple(instanceArb, fc.nat(), fc.nat(), fc.constantFrom('two places' as const, 'untrained' as const))
      .map(([instance, memberPick, slotPick, kind]) => {
        const slots = instance.days.length * instance.shifts.length;
        const member = instance.members[memberPick % instance.members.length]!;
        const slot = slotPick % slots;
        const station = instance.stations[0]!;
        if (kind === 'untrained') {
          const untrained = { ...member, available: member.available.map(() => true), levels: {} };
          return {
            ...instance,
            members: instance.members.map((m) => (m.id === member.id ? untrained : m)),
            pins: [{ member: member.id, station: station.id, slot }],
          };
        }
        const present = { ...member, available: member.available.map(() => true) };
        return {
          ...instance,
          members: instance.members.map((m) => (m.id === member.id ? present : m)),
          pins: [
            { member: member.id, station: null, slot },
            { member: member.id, station: station.id, slot },
          ],
        };
      });
    fc.assert(
      fc.property(clashing, (instance) => {
        const plan = solveRota(highs, instance, { timeLimitSec: 1, now: clock() });
        expect(plan.status).toBe('infeasible');
        expect(plan.assignments).toEqual([]);
        expect(plan.conflicts.length).toBeGreaterThan(0);
        const pinned = instance.pins[0]!.member;
        expect(plan.conflicts.some((c) => c.includes(pinned))).toBe(true);
      }),
      { numRuns: 20 },
    );
  });
});
