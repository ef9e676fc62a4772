import { describe, expect, it } from 'vitest';
import type { Assignment } from './instanceFormat.ts';
import { hardViolations, pinClashes } from './hardRules.ts';
import { testInstance, testMember, testStation } from './rotaTestInstances.ts';

const at = (member: string, slot: number, station: string | null): Assignment => ({ member, slot, station });

const instance = testInstance({
  stations: [testStation('heavy', { load: 3, maxStaff: [1, 1] }), testStation('light', { maxStaff: [2, 0] })],
  members: [
    testMember('trainee', { levels: { heavy: 'I', light: 'I' } }),
    testMember('trainer', { levels: { heavy: 'O', light: 'O' } }),
    testMember('away', { available: [false, true], levels: { light: 'U' }, restricted: ['heavy'] }),
  ],
});

describe('hardViolations', () => {
  it('finds nothing in a plan that keeps every rule', () => {
    expect(hardViolations(instance, [at('trainee', 0, 'light'), at('trainee', 1, null), at('trainer', 0, 'light'), at('trainer', 1, 'heavy'), at('away', 1, null)])).toEqual([]);
  });

  it('names each broken rule with member, station and slot', () => {
    const plan = [
      at('trainee', 0, 'light'), // H4: no O beside them
      at('trainee', 1, null),
      at('trainer', 0, 'heavy'),
      at('trainer', 1, 'heavy'), // H5: second heavy half-day
      at('away', 0, 'light'), // H1: away
      at('away', 1, 'light'), // H2: light is closed in the afternoon
    ];
    const found = hardViolations(instance, plan).map(({ rule, member, station, slot }) => ({ rule, member, station, slot }));
    expect(found).toEqual(
      expect.arrayContaining([
        { rule: 'H1', member: 'away', station: 'light', slot: 0 },
        { rule: 'H2', member: 'away', station: 'light', slot: 1 },
        { rule: 'H4', member: 'trainee', station: 'light', slot: 0 },
        { rule: 'H5', member: 'trainer', station: 'heavy', slot: 1 },
      ]),
    );
    // The closed station also holds one more than its maximum of 0.
    expect(found).toContainEqual({ rule: 'H3', member: null, station: 'light', slot: 1 });
    expect(found).toHaveLength(5);
  });

  it('reports a missing member (H1), an overfull station (H3) and a pin that does not hold (H6)', () => {
    const pinned = { ...instance, pins: [{ member: 'trainer', station: 'light', slot: 0 }] };
    const found = hardViolations(pinned, [at('trainee', 0, 'heavy'), at('trainer', 0, 'heavy'), at('trainer', 1, null), at('away', 1, null)]);
    expect(found.map((v) => v.rule).sort()).toEqual(['H1', 'H3', 'H6']);
  });
});

describe('pinClashes', () => {
  it('accepts pins that can hold together', () => {
    expect(pinClashes({ ...instance, pins: [{ member: 'trainee', station: 'light', slot: 0 }] })).toEqual([]);
  });

  it('names two pins for one member in one half-day', () => {
    const pins = [{ member: 'trainer', station: 'light', slot: 0 }, { member: 'trainer', station: null, slot: 0 }];
    expect(pinClashes({ ...instance, pins })).toEqual([expect.objectContaining({ rule: 'H1', pins })]);
  });

  it('names pins breaking H2, H3, H4 and H5', () => {
    const h2 = { member: 'away', station: 'light', slot: 0 };
    expect(pinClashes({ ...instance, pins: [h2] })).toEqual([expect.objectContaining({ rule: 'H2', pins: [h2] })]);
    const h3 = [{ member: 'trainer', station: 'heavy', slot: 0 }, { member: 'trainee', station: 'heavy', slot: 0 }];
    expect(pinClashes({ ...instance, pins: h3 }).map((c) => c.rule)).toEqual(['H3']);
    const h4 = [{ member: 'trainee', station: 'heavy', slot: 0 }];
    expect(pinClashes({ ...instance, pins: h4 })).toEqual([expect.objectContaining({ rule: 'H4', pins: h4 })]);
    const h5 = [{ member: 'trainer', station: 'heavy', slot: 0 }, { member: 'trainer', station: 'heavy', slot: 1 }];
    expect(pinClashes({ ...instance, pins: h5 })).toEqual([expect.objectContaining({ rule: 'H5', pins: h5 })]);
  });
});
