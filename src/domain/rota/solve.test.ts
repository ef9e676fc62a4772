import highsLoader from 'highs';
import { describe, expect, it } from 'vitest';
import { draftPlan, greedyBaseline } from './draft.ts';
import { hardViolations } from './hardRules.ts';
import type { RotaPlan } from './instanceFormat.ts';
import { evaluatePlan } from './objective.ts';
import { testInstance, testMember, testStation } from './rotaTestInstances.ts';
import { solveRota } from './solve.ts';

const clock = () => {
  let t = 0;
  return () => (t += 1);
};

const instance = testInstance({
  stations: [
    testStation('heavy', { load: 3, minStaff: [1, 1], maxStaff: [2, 2] }),
    testStation('light', { minStaff: [1, 1], maxStaff: [2, 2] }),
  ],
  members: [
    testMember('ann', { levels: { heavy: 'U', light: 'U' }, varietyTarget: 2 }),
    testMember('bert', { levels: { heavy: 'O', light: 'L' }, routine: true, homeStation: 'heavy' }),
    testMember('cis', { levels: { heavy: 'I', light: 'U' }, trainingGoals: ['heavy'], varietyTarget: 2 }),
  ],
});

describe('solveRota', () => {
  it('hands over a draft first, then a proven optimum no worse than it or the greedy baseline', async () => {
    const highs = await highsLoader();
    const seen: { stage: string; plan: RotaPlan }[] = [];
    const plan = solveRota(highs, instance, { timeLimitSec: 10, now: clock(), onPlan: (p, { stage }) => seen.push({ stage, plan: p }) });
    expect(seen[0]?.stage).toBe('draft');
    expect(plan.status).toBe('optimal');
    expect(hardViolations(instance, plan.assignments)).toEqual([]);
    expect(plan.objective).toBe(evaluatePlan(instance, plan.assignments).total);
    expect(plan.objective).toBeLessThanOrEqual(seen[0]!.plan.objective!);
    const baseline = greedyBaseline(instance);
    expect(hardViolations(instance, baseline)).toEqual([]);
    expect(plan.objective).toBeLessThanOrEqual(evaluatePlan(instance, baseline).total);
  });

  it('keeps pins', async () => {
    const highs = await highsLoader();
    const pins = [{ member: 'ann', station: null, slot: 0 }, { member: 'cis', station: 'heavy', slot: 1 }];
    const plan = solveRota(highs, { ...instance, pins }, { timeLimitSec: 10, now: clock() });
    expect(plan.assignments).toEqual(expect.arrayContaining([{ member: 'ann', slot: 0, station: null }, { member: 'cis', slot: 1, station: 'heavy' }]));
    expect(hardViolations({ ...instance, pins }, plan.assignments)).toEqual([]);
  });

  it('answers clashing pins with infeasible and the clash in words, never a plan', async () => {
    const highs = await highsLoader();
    const pins = [{ member: 'bert', station: 'heavy', slot: 0 }, { member: 'bert', station: 'heavy', slot: 1 }];
    const plan = solveRota(highs, { ...instance, pins }, { timeLimitSec: 10, now: clock() });
    expect(plan.status).toBe('infeasible');
    expect(plan.assignments).toEqual([]);
    expect(plan.conflicts).toEqual([expect.stringMatching(/^H5: bert on heavy in slot 0 and bert on heavy in slot 1/)]);
  });
});

describe('draftPlan', () => {
  it('seats a trainer beside a pinned trainee, so the draft keeps H4', () => {
    // Olga dislikes the shop (+5 there against +3 in the pool), so only H4 brings her there.
    const pinned = testInstance({
      stations: [testStation('shop')],
      members: [testMember('olga', { levels: { shop: 'O' }, preferences: { shop: -1 } }), testMember('tim', { levels: { shop: 'I' } })],
      pins: [{ member: 'tim', station: 'shop', slot: 0 }],
    });
    const draft = draftPlan(pinned);
    expect(draft).toContainEqual({ member: 'olga', slot: 0, station: 'shop' });
    expect(hardViolations(pinned, draft)).toEqual([]);
  });

  it('moves people along the board to staff a station the greedy left short', () => {
    // Ann likes A, so the greedy seats her there first; Bert, trained for A only, is left over and B is short.
    // Moving Ann on to B and Bert onto A staffs both.
    const board = testInstance({
      stations: [testStation('A', { minStaff: [1, 1], maxStaff: [1, 1] }), testStation('B', { minStaff: [1, 1], maxStaff: [1, 1] })],
      members: [testMember('ann', { levels: { A: 'U', B: 'U' }, preferences: { A: 1 } }), testMember('bert', { levels: { A: 'U' } })],
    });
    const draft = draftPlan(board);
    expect(hardViolations(board, draft)).toEqual([]);
    expect(evaluatePlan(board, draft).terms.E1).toBe(0);
    expect(draft).toEqual(expect.arrayContaining([{ member: 'ann', slot: 0, station: 'B' }, { member: 'bert', slot: 0, station: 'A' }]));
  });

  it('brings a qualified member to a station staffed only by learners, restaffing the station they leave', () => {
    // Quin likes B, so the greedy seats her there and Lea (L) alone on A; Rob, trained for B only, is left over.
    const board = testInstance({
      stations: [testStation('A', { minStaff: [1, 1], maxStaff: [2, 2] }), testStation('B', { minStaff: [1, 1], maxStaff: [1, 1] })],
      members: [
        testMember('lea', { levels: { A: 'L' }, preferences: { A: 1 } }),
        testMember('quin', { levels: { A: 'U', B: 'U' }, preferences: { B: 1 } }),
        testMember('rob', { levels: { B: 'U' } }),
      ],
    });
    const draft = draftPlan(board);
    expect(hardViolations(board, draft)).toEqual([]);
    expect(evaluatePlan(board, draft).terms).toMatchObject({ E1: 0, E2: 0 });
    expect(draft).toEqual(expect.arrayContaining([{ member: 'quin', slot: 0, station: 'A' }, { member: 'rob', slot: 0, station: 'B' }]));
  });

  it('never moves the only trainer away from a trainee to staff another station', () => {
    const board = testInstance({
      stations: [testStation('A', { minStaff: [1, 1], maxStaff: [2, 2] }), testStation('B', { minStaff: [1, 1], maxStaff: [1, 1] })],
      members: [testMember('olga', { levels: { A: 'O', B: 'U' } }), testMember('tim', { levels: { A: 'I' } })],
      pins: [{ member: 'tim', station: 'A', slot: 0 }, { member: 'tim', station: 'A', slot: 1 }],
    });
    const draft = draftPlan(board);
    expect(hardViolations(board, draft)).toEqual([]);
    expect(draft).toContainEqual({ member: 'olga', slot: 0, station: 'A' });
  });
});

describe('solveRota without the warm start', () => {
  it('still proves the optimum, the same one the warm start finds', async () => {
    const highs = await highsLoader();
    const warm = solveRota(highs, instance, { timeLimitSec: 10, now: clock() });
    const cold = solveRota(highs, instance, { timeLimitSec: 10, now: clock(), warmStart: false });
    expect(cold.status).toBe('optimal');
    expect(cold.objective).toBe(warm.objective);
  });

  it('ends the warm solve with one final plan, the one it returns, after every better one', async () => {
    const highs = await highsLoader();
    const seen: { stage: string; objective: number | null }[] = [];
    const plan = solveRota(highs, instance, { timeLimitSec: 10, now: clock(), onPlan: (p, { stage }) => seen.push({ stage, objective: p.objective }) });
    expect(seen.at(-1)).toEqual({ stage: 'final', objective: plan.objective });
    expect(seen.filter((s) => s.stage === 'final')).toHaveLength(1);
    const objectives = seen.map((s) => s.objective ?? Infinity);
    expect(objectives).toEqual([...objectives].sort((a, b) => b - a));
  });
});
