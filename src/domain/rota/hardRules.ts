/**
 * ROTA.md's hard rules H1–H6: a plan that breaks one is wrong, whatever it
 * scores. `hardViolations` checks a finished plan; `pinClashes` checks the
 * pins before solving, so a week whose pins cannot hold together is told so
 * in words instead of coming back "infeasible" with no reason.
 */
import type { Assignment, RotaInstance, RotaPin } from './instanceFormat.ts';
import { slotCount } from './instanceFormat.ts';
import { dayOfSlot, HEAVY_LOAD, isAllowed, isPresent } from './rotaModel.ts';

export type HardRule = 'H1' | 'H2' | 'H3' | 'H4' | 'H5' | 'H6';
export type HardViolation = { rule: HardRule; member: string | null; station: string | null; slot: number; message: string };

export function hardViolations(instance: RotaInstance, assignments: readonly Assignment[]): HardViolation[] {
  const violations: HardViolation[] = [];
  const add = (rule: HardRule, member: string | null, station: string | null, slot: number, message: string) =>
    violations.push({ rule, member, station, slot, message });
  const stationById = new Map(instance.stations.map((s) => [s.id, s]));
  const memberById = new Map(instance.members.map((m) => [m.id, m]));
  const slots = slotCount(instance);

  // H1: each present member once per slot; nobody else.
  const seen = new Map<string, Assignment>();
  for (const a of assignments) {
    const member = memberById.get(a.member);
    const key = `${a.member}|${a.slot}`;
    if (!member || a.slot < 0 || a.slot >= slots || !isPresent(member, a.slot)) {
      add('H1', a.member, a.station, a.slot, `${a.member} is not present in slot ${a.slot} but is placed`);
    } else if (seen.has(key)) {
      add('H1', a.member, a.station, a.slot, `${a.member} is placed twice in slot ${a.slot}`);
    } else seen.set(key, a);
  }
  for (const member of instance.members) {
    for (let slot = 0; slot < slots; slot++) {
      if (isPresent(member, slot) && !seen.has(`${member.id}|${slot}`)) {
        add('H1', member.id, null, slot, `${member.id} is present in slot ${slot} but not placed`);
      }
    }
  }

  const onStation = new Map<string, Assignment[]>();
  for (const a of seen.values()) {
    if (a.station === null) continue;
    const station = stationById.get(a.station);
    const member = memberById.get(a.member);
    if (!station || !member || !isAllowed(member, station, a.slot)) {
      add('H2', a.member, a.station, a.slot, `${a.member} may not work on ${a.station} in slot ${a.slot}`);
    }
    const key = `${a.station}|${a.slot}`;
    onStation.set(key, [...(onStation.get(key) ?? []), a]);
  }
  for (const [key, people] of onStation) {
    const [stationId = '', slotText = '0'] = key.split('|');
    const slot = Number(slotText);
    const station = stationById.get(stationId);
    const max = station?.maxStaff[slot] ?? 0;
    if (people.length > max) add('H3', null, stationId, slot, `${stationId} holds ${people.length} in slot ${slot}, at most ${max}`);
    const hasTrainer = people.some((p) => memberById.get(p.member)?.levels[stationId] === 'O');
    for (const p of people) {
      if (memberById.get(p.member)?.levels[stationId] === 'I' && !hasTrainer) {
        add('H4', p.member, stationId, slot, `${p.member} is in training on ${stationId} in slot ${slot} with nobody at level O`);
      }
    }
  }

  // H5: one heavy half-day per member per day.
  const heavyDays = new Map<string, number>();
  for (const a of seen.values()) {
    if (a.station === null || stationById.get(a.station)?.load !== HEAVY_LOAD) continue;
    const key = `${a.member}|${dayOfSlot(instance, a.slot)}`;
    const count = (heavyDays.get(key) ?? 0) + 1;
    heavyDays.set(key, count);
    if (count > 1) add('H5', a.member, a.station, a.slot, `${a.member} has a second heavy half-day on day ${dayOfSlot(instance, a.slot)}`);
  }

  for (const pin of instance.pins) {
    const placed = seen.get(`${pin.member}|${pin.slot}`);
    if (!placed || placed.station !== pin.station) {
      add('H6', pin.member, pin.station, pin.slot, `${pin.member}'s pin to ${pin.station ?? 'the pool'} in slot ${pin.slot} does not hold`);
    }
  }
  return violations;
}

export type PinClash = { rule: HardRule; pins: RotaPin[]; message: string };

const describePin = (pin: RotaPin) => `${pin.member} on ${pin.station ?? 'the pool'} in slot ${pin.slot}`;

/** Pins that cannot hold together or break H2–H5 by themselves; empty when the pins leave room for a plan. */
export function pinClashes(instance: RotaInstance): PinClash[] {
  const clashes: PinClash[] = [];
  const stationById = new Map(instance.stations.map((s) => [s.id, s]));
  const memberById = new Map(instance.members.map((m) => [m.id, m]));
  const byMemberSlot = new Map<string, RotaPin[]>();
  for (const pin of instance.pins) {
    const key = `${pin.member}|${pin.slot}`;
    byMemberSlot.set(key, [...(byMemberSlot.get(key) ?? []), pin]);
  }
  for (const pins of byMemberSlot.values()) {
    const distinct = new Set(pins.map((p) => p.station));
    if (distinct.size > 1) {
      clashes.push({ rule: 'H1', pins, message: `${pins.map(describePin).join(' and ')}: one member, one place per half-day` });
    }
  }
  // One pin per member and slot from here on (duplicates of the same place are harmless).
  const pins = [...byMemberSlot.values()].flatMap((group) => group.slice(0, 1));
  for (const pin of pins) {
    const member = memberById.get(pin.member);
    if (!member) continue;
    if (pin.station === null) {
      if (!isPresent(member, pin.slot)) clashes.push({ rule: 'H2', pins: [pin], message: `${describePin(pin)}: the member is away then` });
      continue;
    }
    const station = stationById.get(pin.station);
    if (!station || !isAllowed(member, station, pin.slot)) {
      clashes.push({ rule: 'H2', pins: [pin], message: `${describePin(pin)}: away, not trained, medically restricted or station closed` });
    }
  }
  const pinnedAt = new Map<string, RotaPin[]>();
  for (const pin of pins) {
    if (pin.station === null) continue;
    const key = `${pin.station}|${pin.slot}`;
    pinnedAt.set(key, [...(pinnedAt.get(key) ?? []), pin]);
  }
  const pinnedInSlot = (memberId: string, slot: number) => byMemberSlot.has(`${memberId}|${slot}`);
  for (const [key, group] of pinnedAt) {
    const [stationId = '', slotText = '0'] = key.split('|');
    const station = stationById.get(stationId);
    if (!station) continue;
    const slot = Number(slotText);
    const max = station.maxStaff[slot] ?? 0;
    if (group.length > max) {
      clashes.push({ rule: 'H3', pins: group, message: `${group.length} pinned on ${station.id} in slot ${slot}, room for ${max}` });
    }
    const trainees = group.filter((p) => memberById.get(p.member)?.levels[station.id] === 'I');
    const trainerPinned = group.some((p) => memberById.get(p.member)?.levels[station.id] === 'O');
    if (trainees.length === 0 || trainerPinned) continue;
    const trainerFree = instance.members.some(
      (m) => m.levels[station.id] === 'O' && isAllowed(m, station, slot) && !pinnedInSlot(m.id, slot),
    );
    if (!trainerFree || group.length + 1 > max) {
      clashes.push({
        rule: 'H4',
        pins: trainees,
        message: `${trainees.map(describePin).join(' and ')}: in training, and no member at level O can join them`,
      });
    }
  }
  const heavyByDay = new Map<string, RotaPin[]>();
  for (const pin of pins) {
    if (pin.station === null || stationById.get(pin.station)?.load !== HEAVY_LOAD) continue;
    const key = `${pin.member}|${dayOfSlot(instance, pin.slot)}`;
    heavyByDay.set(key, [...(heavyByDay.get(key) ?? []), pin]);
  }
  for (const group of heavyByDay.values()) {
    if (group.length > 1) clashes.push({ rule: 'H5', pins: group, message: `${group.map(describePin).join(' and ')}: two heavy half-days in one day` });
  }
  return clashes;
}
