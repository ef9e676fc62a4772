/**
 * Quick complete plans that keep H1–H6. `draftPlan` fills one half-day at a
 * time with the move that lowers the objective most (weekly terms see the
 * half-days already filled), so the board has a plan to show before the MIP
 * ends. `greedyBaseline` is what a hand-planner would do — home station
 * first, then the first trained station with room — for the benchmark.
 */
import type { Assignment, RotaInstance, RotaMember, RotaStation } from './instanceFormat.ts';
import { slotCount } from './instanceFormat.ts';
import { memberTerms, OBJECTIVE_TERMS, type MemberContext } from './objective.ts';
import { averageLoad, dayOfSlot, HEAVY_LOAD, isAllowed, isPresent, isQualified } from './rotaModel.ts';

type Board = {
  instance: RotaInstance;
  places: Map<string, Map<number, string | null>>;
  staff: Map<string, RotaMember[]>;
};

function newBoard(instance: RotaInstance): Board {
  const places = new Map<string, Map<number, string | null>>();
  for (const member of instance.members) {
    const slots = new Map<number, string | null>();
    for (let k = 0; k < slotCount(instance); k++) if (isPresent(member, k)) slots.set(k, null);
    places.set(member.id, slots);
  }
  const board: Board = { instance, places, staff: new Map() };
  for (const pin of instance.pins) {
    const member = instance.members.find((m) => m.id === pin.member);
    if (member && pin.station !== null) place(board, member, pin.station, pin.slot);
  }
  return board;
}

function place(board: Board, member: RotaMember, stationId: string, slot: number): void {
  board.places.get(member.id)?.set(slot, stationId);
  const key = `${stationId}|${slot}`;
  board.staff.set(key, [...(board.staff.get(key) ?? []), member]);
}

/** Whether moving `member` from the pool to `station` in `slot` keeps H2–H5. */
function canPlace(board: Board, member: RotaMember, station: RotaStation, slot: number): boolean {
  if (!isAllowed(member, station, slot)) return false;
  const there = board.staff.get(`${station.id}|${slot}`) ?? [];
  if (there.length >= (station.maxStaff[slot] ?? 0)) return false;
  if (member.levels[station.id] === 'I' && !there.some((m) => m.levels[station.id] === 'O')) return false;
  if (station.load === HEAVY_LOAD) {
    const day = dayOfSlot(board.instance, slot);
    const stationById = new Map(board.instance.stations.map((s) => [s.id, s]));
    for (const [k, placed] of board.places.get(member.id) ?? []) {
      if (placed !== null && dayOfSlot(board.instance, k) === day && stationById.get(placed)?.load === HEAVY_LOAD) return false;
    }
  }
  return true;
}

function toAssignments(board: Board): Assignment[] {
  const out: Assignment[] = [];
  for (const member of board.instance.members) {
    for (const [slot, station] of board.places.get(member.id) ?? []) out.push({ member: member.id, slot, station });
  }
  return out.sort((a, b) => a.slot - b.slot);
}

const isPinned = (instance: RotaInstance, memberId: string, slot: number) =>
  instance.pins.some((p) => p.member === memberId && p.slot === slot);

function memberTotal(instance: RotaInstance, member: RotaMember, slots: ReadonlyMap<number, string | null>, context: MemberContext) {
  const terms = memberTerms(instance, member, slots, context);
  return OBJECTIVE_TERMS.reduce((sum, term) => sum + terms[term], 0);
}

export function draftPlan(instance: RotaInstance): Assignment[] {
  const board = newBoard(instance);
  const w = instance.weights;
  const context: MemberContext = { stationById: new Map(instance.stations.map((s) => [s.id, s])), avgLoad: averageLoad(instance) };
  for (let k = 0; k < slotCount(instance); k++) {
    seatTrainersForPinnedTrainees(board, k);
    for (;;) {
      let best: { member: RotaMember; station: RotaStation; delta: number } | null = null;
      for (const member of instance.members) {
        const slots = board.places.get(member.id);
        if (!slots || slots.get(k) !== null || isPinned(instance, member.id, k)) continue;
        const before = memberTotal(instance, member, slots, context);
        for (const station of instance.stations) {
          if (!canPlace(board, member, station, k)) continue;
          const there = board.staff.get(`${station.id}|${k}`) ?? [];
          const need = station.minStaff[k] ?? 0;
          let delta = there.length < need ? -w.short : 0;
          if (need > 0 && isQualified(member, station.id) && !there.some((m) => isQualified(m, station.id))) delta -= w.noQualified;
          slots.set(k, station.id);
          delta += memberTotal(instance, member, slots, context) - before;
          slots.set(k, null);
          if (delta < (best?.delta ?? -1e-9)) best = { member, station, delta };
        }
      }
      if (!best) break;
      place(board, best.member, best.station.id, k);
    }
    staffShortStations(board, k);
    qualifyUnqualifiedStations(board, k);
  }
  return toAssignments(board);
}

function unplace(board: Board, member: RotaMember, slot: number): void {
  const stationId = board.places.get(member.id)?.get(slot);
  if (stationId == null) return;
  board.places.get(member.id)?.set(slot, null);
  const key = `${stationId}|${slot}`;
  board.staff.set(key, (board.staff.get(key) ?? []).filter((m) => m.id !== member.id));
}

/** Whether `member` may go to `station` in `slot` (H2–H5), wherever they are in that slot now; `checkRoom` false when someone leaves it first. Trainees are left to the greedy, which seats them beside a trainer. */
function canMoveTo(board: Board, member: RotaMember, station: RotaStation, slot: number, checkRoom: boolean): boolean {
  if (!isAllowed(member, station, slot) || member.levels[station.id] === 'I') return false;
  const there = board.staff.get(`${station.id}|${slot}`) ?? [];
  if (there.some((m) => m.id === member.id) || (checkRoom && there.length >= (station.maxStaff[slot] ?? 0))) return false;
  if (station.load !== HEAVY_LOAD) return true;
  const day = dayOfSlot(board.instance, slot);
  for (const [k, placed] of board.places.get(member.id) ?? []) {
    if (k !== slot && placed !== null && dayOfSlot(board.instance, k) === day && board.instance.stations.find((s) => s.id === placed)?.load === HEAVY_LOAD) return false;
  }
  return true;
}

/**
 * Whether taking `member` off their station in `slot` breaks it: always when
 * they are its only trainer beside a trainee (H4); and when nobody takes their
 * seat (`replaced` false), also when they are its only qualified member or it
 * would drop below minStaff.
 */
function leavesGap(board: Board, member: RotaMember, stationId: string, slot: number, replaced: boolean): boolean {
  const station = board.instance.stations.find((s) => s.id === stationId);
  const others = (board.staff.get(`${stationId}|${slot}`) ?? []).filter((m) => m.id !== member.id);
  if (member.levels[stationId] === 'O' && others.some((m) => m.levels[stationId] === 'I') && !others.some((m) => m.levels[stationId] === 'O')) return true;
  if (replaced) return false;
  const need = station?.minStaff[slot] ?? 0;
  if (need > 0 && isQualified(member, stationId) && !others.some((m) => isQualified(m, stationId))) return true;
  return others.length < need;
}

/**
 * E1 repair for one half-day: the greedy fills stations in the order its
 * deltas say, and can use up the only people a later station could take. For
 * each station still short, a breadth-first search looks for a chain of moves
 * — someone from the pool or from a station with a spare person onto a
 * station whose member then moves on — ending at the short station, as a
 * coach shifts people around the board (an augmenting path).
 */
function staffShortStations(board: Board, slot: number): void {
  const { instance } = board;
  const pinned = (member: RotaMember) => isPinned(instance, member.id, slot);
  const count = (stationId: string) => (board.staff.get(`${stationId}|${slot}`) ?? []).length;
  const isShort = (station: RotaStation) => count(station.id) < (station.minStaff[slot] ?? 0);
  for (let repaired = true; repaired; ) {
    repaired = false;
    for (const target of instance.stations.filter(isShort)) {
      // A chain is a list of moves (member onto station), the last onto `target`.
      const cameFrom = new Map<string, { member: RotaMember | null; next: string | null }>([[target.id, { member: null, next: null }]]);
      const queue: RotaStation[] = [target];
      let chain: { member: RotaMember; to: RotaStation }[] | null = null;
      while (queue.length > 0 && !chain) {
        const need = queue.shift() as RotaStation;
        for (const member of instance.members) {
          if (pinned(member) || !canMoveTo(board, member, need, slot, need === target)) continue;
          const from = board.places.get(member.id)?.get(slot);
          if (from === undefined) continue;
          const spare = from === null || (!cameFrom.has(from) && !leavesGap(board, member, from, slot, false));
          if (spare) {
            chain = [{ member, to: need }];
            for (let at = need.id; at !== target.id; ) {
              const step = cameFrom.get(at);
              const next = instance.stations.find((s) => s.id === step?.next);
              if (!step?.member || !next) break;
              chain.push({ member: step.member, to: next });
              at = next.id;
            }
            break;
          }
          if (cameFrom.has(from) || leavesGap(board, member, from, slot, true)) continue;
          const fromStation = instance.stations.find((s) => s.id === from);
          if (!fromStation) continue;
          cameFrom.set(from, { member, next: need.id });
          queue.push(fromStation);
        }
      }
      if (!chain) continue;
      const before = staffingPenalty(board, slot);
      const snapshot = new Map(instance.members.map((m) => [m.id, board.places.get(m.id)?.get(slot) ?? null]));
      // From the short station back: each move lands where the one before it left a seat.
      for (const { member, to } of chain.reverse()) {
        unplace(board, member, slot);
        place(board, member, to.id, slot);
      }
      // A chain can take a station's only qualified member along: undone when staffing is worse for it.
      // An even trade is kept (it can open the way for the next repair) but does not count as a repair, so the rounds end.
      const after = staffingPenalty(board, slot);
      if (after < before) repaired = true;
      else if (after > before) restoreSlot(board, slot, snapshot);
    }
  }
}

/** H4 for pins: a trainee pinned to a station gets a free member at O beside them before anything else is placed. */
function seatTrainersForPinnedTrainees(board: Board, slot: number): void {
  const { instance } = board;
  for (const pin of instance.pins) {
    if (pin.slot !== slot || pin.station === null) continue;
    const station = instance.stations.find((s) => s.id === pin.station);
    const trainee = instance.members.find((m) => m.id === pin.member);
    if (!station || trainee?.levels[station.id] !== 'I') continue;
    if ((board.staff.get(`${station.id}|${slot}`) ?? []).some((m) => m.levels[station.id] === 'O')) continue;
    const trainer = instance.members.find(
      (m) =>
        m.levels[station.id] === 'O' &&
        board.places.get(m.id)?.get(slot) === null &&
        !isPinned(instance, m.id, slot) &&
        canPlace(board, m, station, slot),
    );
    if (trainer) place(board, trainer, station.id, slot);
  }
}

/**
 * E2 repair for one half-day: a staffed station with nobody at U or O gets a
 * qualified member from the pool or from a station that can spare them (when
 * it has room), or trades one of its
 * people for a qualified member of another station who can spare them (that
 * station keeps its own qualified member, its trainer and its staff).
 */
function qualifyUnqualifiedStations(board: Board, slot: number): void {
  const { instance } = board;
  const staffOf = (stationId: string) => board.staff.get(`${stationId}|${slot}`) ?? [];
  const free = (member: RotaMember) => !isPinned(instance, member.id, slot);
  for (const target of instance.stations) {
    if ((target.minStaff[slot] ?? 0) === 0 || staffOf(target.id).some((m) => isQualified(m, target.id))) continue;
    const candidates = instance.members.filter((m) => free(m) && isQualified(m, target.id));
    const spare = candidates.find((m) => {
      const from = board.places.get(m.id)?.get(slot);
      return from !== undefined && canMoveTo(board, m, target, slot, true) && (from === null || !leavesGap(board, m, from, slot, false));
    });
    if (spare) {
      unplace(board, spare, slot);
      place(board, spare, target.id, slot);
      continue;
    }
    if (candidates.some((m) => moveAndRestaff(board, m, target, slot))) continue;
    trade: for (const incoming of candidates) {
      const from = board.places.get(incoming.id)?.get(slot);
      const fromStation = instance.stations.find((s) => s.id === from);
      if (!fromStation || !canMoveTo(board, incoming, target, slot, false)) continue;
      const stays = staffOf(fromStation.id).filter((m) => m.id !== incoming.id);
      const keepsQualified = (fromStation.minStaff[slot] ?? 0) === 0 || !isQualified(incoming, fromStation.id) || stays.some((m) => isQualified(m, fromStation.id));
      if (!keepsQualified || leavesGap(board, incoming, fromStation.id, slot, true)) continue;
      for (const outgoing of staffOf(target.id)) {
        if (!free(outgoing) || leavesGap(board, outgoing, target.id, slot, true) || !canMoveTo(board, outgoing, fromStation, slot, false)) continue;
        unplace(board, incoming, slot);
        unplace(board, outgoing, slot);
        place(board, incoming, target.id, slot);
        place(board, outgoing, fromStation.id, slot);
        break trade;
      }
    }
  }
}

/** E1 and E2 of one half-day, in units of 1000: missing people plus stations without a qualified member. */
function staffingPenalty(board: Board, slot: number): number {
  let units = 0;
  for (const station of board.instance.stations) {
    const need = station.minStaff[slot] ?? 0;
    if (need === 0) continue;
    const staff = board.staff.get(`${station.id}|${slot}`) ?? [];
    units += Math.max(0, need - staff.length) + (staff.some((m) => isQualified(m, station.id)) ? 0 : 1);
  }
  return units;
}

/** Puts one half-day back as `snapshot` had it (member id → station or null). */
function restoreSlot(board: Board, slot: number, snapshot: ReadonlyMap<string, string | null>): void {
  for (const member of board.instance.members) unplace(board, member, slot);
  for (const member of board.instance.members) {
    const station = snapshot.get(member.id);
    if (station != null) place(board, member, station, slot);
  }
}

/**
 * Moves a qualified member onto `target` and staffs the station they leave
 * again by chains of moves (staffShortStations); kept only when the
 * half-day's staffing (E1 + E2) is better for it, put back otherwise.
 */
function moveAndRestaff(board: Board, member: RotaMember, target: RotaStation, slot: number): boolean {
  const from = board.places.get(member.id)?.get(slot);
  const fromStation = board.instance.stations.find((s) => s.id === from);
  if (!fromStation || !canMoveTo(board, member, target, slot, true) || leavesGap(board, member, fromStation.id, slot, true)) return false;
  const before = staffingPenalty(board, slot);
  const snapshot = new Map(board.instance.members.map((m) => [m.id, board.places.get(m.id)?.get(slot) ?? null]));
  unplace(board, member, slot);
  place(board, member, target.id, slot);
  staffShortStations(board, slot);
  if (staffingPenalty(board, slot) < before) return true;
  restoreSlot(board, slot, snapshot);
  return false;
}

export function greedyBaseline(instance: RotaInstance): Assignment[] {
  const board = newBoard(instance);
  for (let k = 0; k < slotCount(instance); k++) {
    for (const member of instance.members) {
      if (board.places.get(member.id)?.get(k) !== null || isPinned(instance, member.id, k)) continue;
      const home = instance.stations.find((s) => s.id === member.homeStation);
      const choice = [...(home ? [home] : []), ...instance.stations].find((s) => canPlace(board, member, s, k));
      if (choice) place(board, member, choice.id, k);
    }
  }
  return toAssignments(board);
}
