import { describe, expect, it } from 'vitest';
import { explainPlacement } from './explain.ts';
import type { Assignment } from './instanceFormat.ts';
import { testInstance, testMember, testStation } from './rotaTestInstances.ts';

const at = (member: string, slot: number, station: string | null): Assignment => ({ member, slot, station });

const instance = testInstance({
  stations: [testStation('home', { minStaff: [1, 1] }), testStation('other'), testStation('heavy', { load: 3 })],
  members: [
    testMember('r', { routine: true, homeStation: 'home', levels: { home: 'U', other: 'U' } }),
    testMember('n', { levels: { home: 'L', other: 'I' }, trainingGoals: ['other'] }),
  ],
});
const plan = [at('r', 0, 'home'), at('r', 1, 'home'), at('n', 0, null), at('n', 1, null)];

describe('explainPlacement', () => {
  it('says a routine member is qualified and on their home station, and what moving would cost', () => {
    const explanation = explainPlacement(instance, plan, 'r', 0);
    expect(explanation?.reasons).toEqual([{ kind: 'qualified', level: 'U' }, { kind: 'homeStation' }]);
    // To the pool: home short one person (+1000), no U there (+1000), +3 pool, −(−4) home lost, +5 change.
    expect(explanation?.alternatives).toContainEqual({ station: null, costChange: 2012, breaks: [] });
    // To 'heavy': not trained there, so H2 breaks.
    expect(explanation?.alternatives.find((a) => a.station === 'heavy')?.breaks).toEqual(['H2']);
  });

  it('explains the pool, and shows that a trainee needs a trainer beside them', () => {
    const explanation = explainPlacement(instance, plan, 'n', 0);
    expect(explanation?.reasons).toEqual([{ kind: 'pool' }]);
    expect(explanation?.alternatives.find((a) => a.station === 'other')?.breaks).toEqual(['H4']);
  });

  it('answers null for a member or slot the plan does not hold', () => {
    expect(explainPlacement(instance, plan, 'nobody', 0)).toBeNull();
  });
});
