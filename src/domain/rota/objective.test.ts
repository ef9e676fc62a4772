import { describe, expect, it } from 'vitest';
import type { Assignment } from './instanceFormat.ts';
import { evaluatePlan } from './objective.ts';
import { testInstance, testMember, testStation } from './rotaTestInstances.ts';

const at = (member: string, slot: number, station: string | null): Assignment => ({ member, slot, station });

describe('evaluatePlan', () => {
  it('E1 costs short per missing person and E2 noQualified per slot without U or O', () => {
    const instance = testInstance({
      stations: [testStation('a', { minStaff: [2, 1] })],
      members: [testMember('m', { levels: { a: 'L' } })],
    });
    // Slot 0: one of two there, none qualified; slot 1: one of one, none qualified.
    const value = evaluatePlan(instance, [at('m', 0, 'a'), at('m', 1, 'a')]);
    expect(value.terms.E1).toBe(1000);
    expect(value.terms.E2).toBe(2000);
    expect(value.total).toBe(3000);
  });

  it('E2 is free once a member at U is there', () => {
    const instance = testInstance({
      stations: [testStation('a', { minStaff: [1, 0] })],
      members: [testMember('m', { levels: { a: 'U' } })],
    });
    expect(evaluatePlan(instance, [at('m', 0, 'a'), at('m', 1, null)]).terms).toMatchObject({ E1: 0, E2: 0, S7: 3 });
  });

  it('S1 charges a routine member varDev per slot outside home and best other station', () => {
    const instance = testInstance({
      stations: [testStation('a'), testStation('b'), testStation('c')],
      members: [testMember('r', { routine: true, varietyTarget: 2, homeStation: 'a', levels: { a: 'U', b: 'L', c: 'O' } })],
    });
    // Own set {a, c}: c is the highest level other than home; b lies outside.
    expect(evaluatePlan(instance, [at('r', 0, 'c'), at('r', 1, 'b')]).terms.S1).toBe(20);
  });

  it('S1 with varietyTarget 1 keeps only the home station', () => {
    const instance = testInstance({
      stations: [testStation('a'), testStation('c')],
      members: [testMember('r', { routine: true, homeStation: 'a', levels: { a: 'U', c: 'O' } })],
    });
    expect(evaluatePlan(instance, [at('r', 0, 'c'), at('r', 1, 'c')]).terms.S1).toBe(40);
  });

  it('S2 charges varDev/2 per slot above ceil(presentSlots / varietyTarget)', () => {
    const slots = 4;
    const instance = testInstance({
      days: ['d1', 'd2'],
      stations: [testStation('a', {}, slots)],
      members: [testMember('m', { varietyTarget: 3, levels: { a: 'U' } }, slots)],
    });
    // ceil(4/3) = 2; four slots on a: two above.
    const plan = [0, 1, 2, 3].map((k) => at('m', k, 'a'));
    expect(evaluatePlan(instance, plan).terms.S2).toBe(20);
  });

  it('S3 charges change/2 per station the routine member may use in both half-days and uses in only one', () => {
    const instance = testInstance({
      stations: [testStation('a'), testStation('b'), testStation('c', { maxStaff: [2, 0] })],
      members: [testMember('r', { routine: true, homeStation: 'a', levels: { a: 'U', b: 'U', c: 'U' } })],
    });
    // a→b: a and b each differ (5 + 5); c is closed in the afternoon, so not counted.
    expect(evaluatePlan(instance, [at('r', 0, 'a'), at('r', 1, 'b')]).terms.S3).toBe(10);
    expect(evaluatePlan(instance, [at('r', 0, 'c'), at('r', 1, 'b')]).terms.S3).toBe(5);
    expect(evaluatePlan(instance, [at('r', 0, 'a'), at('r', 1, 'a')]).terms.S3).toBe(0);
  });

  it('S4 charges loadExcess per unit of load above ceil(avg × presentSlots)', () => {
    const instance = testInstance({
      stations: [testStation('h', { load: 3, minStaff: [1, 1] }), testStation('l', { load: 1, minStaff: [1, 1] })],
      members: [testMember('m', { levels: { h: 'U', l: 'U' } }), testMember('n', { levels: { h: 'U', l: 'U' } })],
    });
    // avg = (3·2 + 1·2) / 4 = 2, cap = 4; m carries 3 + 3 = 6 → 2 units above.
    const value = evaluatePlan(instance, [at('m', 0, 'h'), at('m', 1, 'h'), at('n', 0, 'l'), at('n', 1, 'l')]);
    expect(value.terms.S4).toBe(10);
  });

  it('S5 adds undesired for a disliked station and takes desired off for a liked one', () => {
    const instance = testInstance({
      stations: [testStation('a'), testStation('b')],
      members: [testMember('m', { levels: { a: 'U', b: 'U' }, preferences: { a: 1, b: -1 } })],
    });
    expect(evaluatePlan(instance, [at('m', 0, 'a'), at('m', 1, 'a')]).terms.S5).toBe(-10);
    expect(evaluatePlan(instance, [at('m', 0, 'b'), at('m', 1, 'a')]).terms.S5).toBe(0);
  });

  it('S6 rewards training-goal slots up to trainQuota', () => {
    const slots = 4;
    const instance = testInstance({
      days: ['d1', 'd2'],
      stations: [testStation('a', {}, slots)],
      members: [testMember('m', { varietyTarget: 1, levels: { a: 'I' }, trainingGoals: ['a'] }, slots)],
    });
    const three = [at('m', 0, 'a'), at('m', 1, 'a'), at('m', 2, 'a'), at('m', 3, null)];
    expect(evaluatePlan(instance, three).terms.S6).toBe(-16);
    expect(evaluatePlan(instance, [at('m', 0, 'a'), at('m', 1, null), at('m', 2, null), at('m', 3, null)]).terms.S6).toBe(-8);
  });

  it('S7 costs flex per pool slot and rewards a routine member on home', () => {
    const instance = testInstance({
      stations: [testStation('a')],
      members: [testMember('r', { routine: true, homeStation: 'a', levels: { a: 'U' } }), testMember('n', { homeStation: 'a', levels: { a: 'U' } })],
    });
    const value = evaluatePlan(instance, [at('r', 0, 'a'), at('r', 1, null), at('n', 0, 'a'), at('n', 1, 'a')]);
    // r: −4 home, +3 pool; n is not routine, so home gives nothing.
    expect(value.terms.S7).toBe(-1);
  });
});
