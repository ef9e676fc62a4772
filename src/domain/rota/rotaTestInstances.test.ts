import { describe, expect, it } from 'vitest';
import { pinClashes } from './hardRules.ts';
import { slotCount } from './instanceFormat.ts';
import { isAllowed, isPresent } from './rotaModel.ts';
import { randomWeek } from './rotaTestInstances.ts';

describe('randomWeek', () => {
  it('draws the same week from the same seed, at ROTA.md planning size', () => {
    const week = randomWeek(7, { pinShare: 0.3 });
    expect(randomWeek(7, { pinShare: 0.3 })).toEqual(week);
    expect([week.members.length, week.stations.length, slotCount(week)]).toEqual([20, 12, 10]);
  });

  it('pins about the share asked, the way a team does: allowed places, never alone in training, no clashes', () => {
    for (const seed of [6, 7, 8]) {
      const week = randomWeek(seed, { pinShare: 0.3 });
      const present = week.members.reduce((n, m) => n + m.available.filter(Boolean).length, 0);
      expect(week.pins.length / present).toBeGreaterThan(0.15);
      expect(week.pins.length / present).toBeLessThan(0.35);
      expect(pinClashes(week)).toEqual([]);
      for (const pin of week.pins) {
        const member = week.members.find((m) => m.id === pin.member)!;
        const station = week.stations.find((s) => s.id === pin.station)!;
        expect(isPresent(member, pin.slot) && isAllowed(member, station, pin.slot)).toBe(true);
        expect(member.levels[station.id]).not.toBe('I');
      }
    }
  });

  it('pins nothing unless asked', () => {
    expect(randomWeek(1).pins).toEqual([]);
  });
});
