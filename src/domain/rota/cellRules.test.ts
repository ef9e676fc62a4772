import { describe, expect, it } from 'vitest';
import { cellKey, cellRules, type BoardPlacement } from './cellRules.ts';
import { testInstance, testMember, testStation } from './rotaTestInstances.ts';

const at = (member: string, station: string, slot = 0): BoardPlacement => ({ member, station, slot });

describe('cellRules', () => {
  it('a member without a level on the station is not trained there', () => {
    const instance = testInstance({ stations: [testStation('pack')], members: [testMember('ann')] });
    expect(cellRules(instance, [at('ann', 'pack')]).get(cellKey('pack', 0))?.members.get('ann')).toEqual(['notTrained']);
  });

  it('a trainee needs someone at O beside them; with one there the sign goes', () => {
    const stations = [testStation('pack')];
    const members = [testMember('ann', { levels: { pack: 'I' } }), testMember('bob', { levels: { pack: 'U' } }), testMember('cas', { levels: { pack: 'O' } })];
    const instance = testInstance({ stations, members });
    expect(cellRules(instance, [at('ann', 'pack'), at('bob', 'pack')]).get(cellKey('pack', 0))?.members.get('ann')).toEqual(['traineeWithoutO']);
    expect(cellRules(instance, [at('ann', 'pack'), at('cas', 'pack')]).get(cellKey('pack', 0))?.members.get('ann')).toEqual([]);
  });

  it('the second heavy half-day of a day is marked, the first is not', () => {
    const stations = [testStation('lift', { load: 3 }), testStation('carry', { load: 3 })];
    const instance = testInstance({ stations, members: [testMember('ann', { levels: { lift: 'U', carry: 'U' } })] });
    const rules = cellRules(instance, [at('ann', 'lift', 0), at('ann', 'carry', 1)]);
    expect(rules.get(cellKey('lift', 0))?.members.get('ann')).toEqual([]);
    expect(rules.get(cellKey('carry', 1))?.members.get('ann')).toEqual(['secondHeavy']);
  });

  it('a medically restricted member is marked even when trained', () => {
    const instance = testInstance({ stations: [testStation('pack')], members: [testMember('ann', { levels: { pack: 'U' }, restricted: ['pack'] })] });
    expect(cellRules(instance, [at('ann', 'pack')]).get(cellKey('pack', 0))?.members.get('ann')).toEqual(['restricted']);
  });

  it('a member placed in a half-day they are away is absent, and does not count as staff', () => {
    const stations = [testStation('pack', { minStaff: [1, 1] })];
    const instance = testInstance({ stations, members: [testMember('ann', { levels: { pack: 'U' }, available: [false, true] })] });
    const cell = cellRules(instance, [at('ann', 'pack')]).get(cellKey('pack', 0));
    expect(cell?.members.get('ann')).toEqual(['absent']);
    expect(cell?.cell).toEqual(['tooFew']);
  });

  it('more people than maxStaff is too many; fewer than minStaff too few', () => {
    const stations = [testStation('pack', { minStaff: [2, 2], maxStaff: [2, 2] })];
    const members = ['ann', 'bob', 'cas'].map((id) => testMember(id, { levels: { pack: 'U' } }));
    const instance = testInstance({ stations, members });
    const rules = cellRules(instance, [at('ann', 'pack', 0), at('bob', 'pack', 0), at('cas', 'pack', 0), at('ann', 'pack', 1)]);
    expect(rules.get(cellKey('pack', 0))?.cell).toEqual(['tooMany']);
    expect(rules.get(cellKey('pack', 1))?.cell).toEqual(['tooFew']);
  });

  it('an empty cell that needs people is too few; an empty cell that needs none has no signs', () => {
    const stations = [testStation('pack', { minStaff: [1, 0] })];
    const rules = cellRules(testInstance({ stations, members: [] }), []);
    expect(rules.get(cellKey('pack', 0))?.cell).toEqual(['tooFew']);
    expect(rules.get(cellKey('pack', 1))).toBeUndefined();
  });

  it('a staffed cell with nobody at U or O has no qualified member', () => {
    const stations = [testStation('pack', { minStaff: [1, 1] })];
    const members = [testMember('ann', { levels: { pack: 'L' } }), testMember('bob', { levels: { pack: 'U' } })];
    const instance = testInstance({ stations, members });
    expect(cellRules(instance, [at('ann', 'pack')]).get(cellKey('pack', 0))?.cell).toEqual(['noQualified']);
    expect(cellRules(instance, [at('ann', 'pack'), at('bob', 'pack')]).get(cellKey('pack', 0))?.cell).toEqual([]);
  });

  it('a closed station (maxStaff 0) with someone on it holds too many', () => {
    const stations = [testStation('pack', { maxStaff: [0, 2] })];
    const instance = testInstance({ stations, members: [testMember('ann', { levels: { pack: 'U' } })] });
    expect(cellRules(instance, [at('ann', 'pack')]).get(cellKey('pack', 0))?.cell).toEqual(['tooMany']);
  });
});
