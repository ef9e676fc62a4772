/**
 * Instances for the rota tests and the benchmark: small hand-made ones (one
 * day, two half-days unless told otherwise) and seeded random weeks.
 */
import { ROTA_WEIGHT_DEFAULTS } from '#shared/records/kinds/rotaFields.ts';
import { pinClashes } from './hardRules.ts';
import { ILUO_LEVELS, slotCount, type RotaInstance, type RotaMember, type RotaPin, type RotaStation } from './instanceFormat.ts';
import { isAllowed, isPresent } from './rotaModel.ts';

export function testStation(id: string, overrides: Partial<RotaStation> = {}, slots = 2): RotaStation {
  return { id, name: id, load: 1, minStaff: Array<number>(slots).fill(0), maxStaff: Array<number>(slots).fill(2), ...overrides };
}

export function testMember(id: string, overrides: Partial<RotaMember> = {}, slots = 2): RotaMember {
  return {
    id,
    name: id,
    available: Array<boolean>(slots).fill(true),
    levels: {},
    restricted: [],
    preferences: {},
    routine: false,
    varietyTarget: 1,
    homeStation: null,
    trainingGoals: [],
    ...overrides,
  };
}

export function testInstance(parts: Partial<RotaInstance> & Pick<RotaInstance, 'stations' | 'members'>): RotaInstance {
  return {
    format: 'schakel-rota/1',
    name: 'test',
    days: ['2027-01-04'],
    shifts: ['am', 'pm'],
    pins: [],
    ...parts,
    weights: { ...ROTA_WEIGHT_DEFAULTS, ...parts.weights },
  };
}

/** mulberry32: a small seeded generator, so every run draws the same weeks. */
export function seededRandom(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type RandomWeekOptions = { members?: number; stations?: number; days?: number; pinShare?: number };

/**
 * A seeded week at ROTA.md's planning size by default (20 members, 12
 * stations, 5 days × 2 half-days). With `pinShare`, that share of the present
 * member-half-days is pinned the way a team does it on the board: a member
 * puts themself on their home station, or another station they may work on,
 * never where they are only in training (they wait for the coach there); a pin
 * that would clash with the pins already on the board (H3–H5, by pinClashes)
 * is not made, so the week stays feasible.
 */
export function randomWeek(seed: number, options: RandomWeekOptions = {}): RotaInstance {
  const { members: memberCount = 20, stations: stationCount = 12, days: dayCount = 5, pinShare = 0 } = options;
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const slots = dayCount * 2;
  const stations = Array.from({ length: stationCount }, (_, s) => {
    const minStaff = Array.from({ length: slots }, () => pick([0, 1, 1, 1, 2]));
    return { id: `st-${s}`, name: `Station ${s}`, load: pick([1, 1, 2, 3] as const), minStaff, maxStaff: minStaff.map((n) => n + pick([0, 1, 2])) };
  });
  const members = Array.from({ length: memberCount }, (_, m): RotaMember => {
    const trained = stations.filter(() => random() < 0.45);
    const levels = Object.fromEntries(trained.map((s) => [s.id, pick(ILUO_LEVELS)]));
    const routine = random() < 0.3;
    return {
      id: `mb-${m}`,
      name: `Member ${m}`,
      available: Array.from({ length: slots }, () => random() < 0.9),
      levels,
      restricted: [],
      preferences: trained.length > 0 && random() < 0.5 ? { [pick(trained).id]: pick([1, -1] as const) } : {},
      routine,
      varietyTarget: routine ? 1 : pick([2, 3, 4]),
      homeStation: trained.length > 0 ? pick(trained).id : null,
      trainingGoals: trained.filter((s) => levels[s.id] === 'I').map((s) => s.id),
    };
  });
  const days = Array.from({ length: dayCount }, (_, d) => `d${d + 1}`);
  const week: RotaInstance = { format: 'schakel-rota/1', name: `random week ${seed}`, days, shifts: ['am', 'pm'], weights: { ...ROTA_WEIGHT_DEFAULTS }, stations, members, pins: [] };
  return pinShare > 0 ? { ...week, pins: teamPins(week, pinShare, random) } : week;
}

function teamPins(week: RotaInstance, share: number, random: () => number): RotaPin[] {
  const pins: RotaPin[] = [];
  for (let k = 0; k < slotCount(week); k++) {
    for (const member of week.members) {
      if (!isPresent(member, k) || random() >= share) continue;
      const open = week.stations.filter((s) => isAllowed(member, s, k) && member.levels[s.id] !== 'I');
      const home = open.find((s) => s.id === member.homeStation);
      const choice = home && random() < 0.7 ? home : open[Math.floor(random() * open.length)];
      if (!choice) continue;
      const pin = { member: member.id, station: choice.id, slot: k };
      if (pinClashes({ ...week, pins: [...pins, pin] }).length === 0) pins.push(pin);
    }
  }
  return pins;
}
