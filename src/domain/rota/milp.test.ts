import { readFileSync } from 'node:fs';
import highsLoader from 'highs';
import { describe, expect, it } from 'vitest';
import { parseInstance, type RotaInstance } from './instanceFormat.ts';
import { buildMilp } from './milp.ts';
import { evaluatePlan } from './objective.ts';
import { decodePlacements } from './solve.ts';

function exampleInstance(): RotaInstance {
  const parsed = parseInstance(JSON.parse(readFileSync('tests/fixtures/rota-example.json', 'utf8')));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.instance;
}

describe('buildMilp', () => {
  it('values its optimum exactly as evaluatePlan values the plan it encodes', async () => {
    const instance = exampleInstance();
    const { lp, placements } = buildMilp(instance);
    const highs = await highsLoader();
    const result = highs.solve(lp, { mip_rel_gap: 0, output_flag: false, time_limit: 20 });
    expect(result.Status).toBe('Optimal');
    const plan = decodePlacements(instance, placements, result.Columns);
    expect(evaluatePlan(instance, plan).total).toBeCloseTo(result.ObjectiveValue, 6);
  });

  it('names variables by index only, so any member or station id stays LP-safe', () => {
    const instance = exampleInstance();
    const odd = { ...instance, members: instance.members.map((m, i) => ({ ...m, id: `mb ${i}: "x"+1` })) };
    const { placements } = buildMilp(odd);
    expect(placements.every((p) => /^x_\d+_\d+_\d+$/.test(p.name))).toBe(true);
  });
});
