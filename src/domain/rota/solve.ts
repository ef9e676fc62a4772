/**
 * Solves a week: checks the pins, shows a draft, then runs the MIP with HiGHS,
 * handing each better plan to `onPlan` so a board can show progress. HiGHS is
 * passed in (Node loads it plainly, a browser Worker with `locateFile`), and
 * so is the clock, which keeps this module free of timers.
 *
 * With highs-js's persistent model (createModel) the MIP starts from the
 * draft (setSolution), runs once to proven optimum in the time left, and
 * reports each improving incumbent as it comes. Without it,
 * or with `warmStart: false`, it solves the LP text twice from cold: first to
 * a 5 % gap, then to proven optimum.
 */
import type { Highs, LegacyHighs, LegacyHighsOptions, LegacyHighsSolution } from 'highs';
import type { Assignment, PlanStatus, RotaInstance, RotaPlan } from './instanceFormat.ts';
import { slotCount } from './instanceFormat.ts';
import { draftPlan } from './draft.ts';
import { hardViolations, pinClashes } from './hardRules.ts';
import { buildMilp, type PlacementVariable, type RotaMilp } from './milp.ts';
import { evaluatePlan } from './objective.ts';
import { dayOfSlot, isPresent } from './rotaModel.ts';

export type SolveStage = 'draft' | 'gap' | 'final';
/** `provenGap`: the relative gap HiGHS proved for this plan (0: optimal), null when none was proven (the draft, or time ran out). */
export type SolveProgress = { stage: SolveStage; gapTarget: number | null; provenGap: number | null };
export type SolveOptions = {
  timeLimitSec: number;
  now: () => number;
  /** 'gap': an improving plan on the way (gapTarget: the gap a cold stage aims at, null when warm); 'final': the last one. */
  onPlan?: (plan: RotaPlan, progress: SolveProgress) => void;
  /** Hand the draft to HiGHS as its first incumbent; on unless false (false is the older cold solve, kept for the benchmark). */
  warmStart?: boolean;
};

const FIRST_GAP = 0.05;

function planOf(instance: RotaInstance, status: PlanStatus, assignments: Assignment[], draftMs: number, solveMs: number): RotaPlan {
  return {
    format: 'schakel-rota-plan/1',
    status,
    objective: evaluatePlan(instance, assignments).total,
    draftMs,
    solveMs,
    assignments,
    conflicts: [],
  };
}

/** The plan a HiGHS solution encodes: each present member's chosen station, or the pool. */
export function decodePlacements(instance: RotaInstance, placements: PlacementVariable[], columns: LegacyHighsSolution['Columns']): Assignment[] {
  return decodeChosen(instance, placements, (p) => {
    const column = columns[p.name];
    return column !== undefined && 'Primal' in column && column.Primal > 0.5;
  });
}

function decodeChosen(instance: RotaInstance, placements: PlacementVariable[], isChosen: (p: PlacementVariable, i: number) => boolean): Assignment[] {
  const chosen = new Map<string, string>();
  placements.forEach((p, i) => {
    if (isChosen(p, i)) chosen.set(`${p.member}|${p.slot}`, instance.stations[p.station]?.id ?? '');
  });
  const out: Assignment[] = [];
  for (let k = 0; k < slotCount(instance); k++) {
    instance.members.forEach((member, m) => {
      if (isPresent(member, k)) out.push({ member: member.id, slot: k, station: chosen.get(`${m}|${k}`) ?? null });
    });
  }
  return out;
}

const NO_PLAN_IN_TIME = 'no plan keeping H1–H6 was found within the time limit';
const PINS_CANNOT_HOLD = 'the pins and hard rules H1–H5 cannot hold together in this week';

function infeasible(conflicts: string[], draftMs: number, solveMs: number): RotaPlan {
  return { format: 'schakel-rota-plan/1', status: 'infeasible', objective: null, draftMs, solveMs, assignments: [], conflicts };
}

function hasPersistentModel(highs: LegacyHighs): highs is Highs {
  return typeof (highs as Partial<Highs>).createModel === 'function';
}

/** The plan a HiGHS column vector encodes, by the placements' column indices. */
function decodeVector(instance: RotaInstance, placements: PlacementVariable[], columnOf: Int32Array, values: ArrayLike<number>): Assignment[] {
  return decodeChosen(instance, placements, (_p, i) => (values[columnOf[i] ?? -1] ?? 0) > 0.5);
}

type WarmContext = SolveOptions & { start: number; draftMs: number };
type ModelOf<H extends Highs> = ReturnType<H['createModel']>;

/**
 * Each day alone: staffing (E1, E2) and H5 live within a day, so a day's
 * sub-MIP can always repair them, and it is small enough to solve in well
 * under a second. (Pairs of days were tried too: slower per window, and what
 * they gained the full MIP gains as well.)
 */
function dayWindows(days: number): number[][] {
  return Array.from({ length: days }, (_, d) => [d]);
}

/** Share of the time left that improving the draft day by day may take before the full MIP runs. */
const WINDOW_SHARE = 0.35;
/** One day-window sub-MIP never runs longer than this. */
const WINDOW_LIMIT_SEC = 0.5;

/**
 * The MIP on a persistent model. First the plan is improved one day at a
 * time (every other day fixed, a sub-MIP of about 1/5 of the binaries that
 * HiGHS solves in milliseconds), because the draft fills half-days in order
 * and can leave a station short that a swap within the day would staff; then
 * one run of the full MIP to proven optimum in the time left, starting from
 * that plan, so branch and bound prunes against a good incumbent from its
 * first node. Each better plan goes to `onPlan`.
 */
function solveWarm(highs: Highs, instance: RotaInstance, milp: RotaMilp, first: RotaPlan | null, context: WarmContext): RotaPlan {
  const { now, start, draftMs } = context;
  const { placements } = milp;
  let best = first;
  // The relative gap HiGHS proved when `best` was found (the bound only rises after, so it still holds); null for none.
  let bestGap: number | null = null;
  const offer = (assignments: Assignment[], status: PlanStatus, provenGap: number | null) => {
    if (hardViolations(instance, assignments).length > 0) return;
    const plan = planOf(instance, status, assignments, draftMs, now() - start);
    // A proven optimum replaces an incumbent it only ties, so the last plan says 'optimal'.
    const better = !best || (plan.objective ?? Infinity) < (best.objective ?? Infinity) - 1e-9;
    const tie = best && status === 'optimal' && (plan.objective ?? Infinity) <= (best.objective ?? Infinity) + 1e-9;
    if (!better && !tie) return;
    best = plan;
    bestGap = status === 'optimal' ? 0 : provenGap;
    if (better) context.onPlan?.(plan, { stage: 'gap', gapTarget: null, provenGap: bestGap });
  };
  const secondsLeft = () => context.timeLimitSec - (now() - start) / 1000;
  if (secondsLeft() <= 0.05) return best ?? infeasible([NO_PLAN_IN_TIME], draftMs, now() - start);
  const model = highs.createModel({ format: 'lp', data: milp.lp });
  try {
    model.options.set({ output_flag: false, mip_rel_gap: 0 });
    const columns = placementColumns(model, instance, placements);
    const status = highs.constants.modelStatus;
    const windowUntil = now() + secondsLeft() * WINDOW_SHARE * 1000;
    const windows = dayWindows(instance.days.length);
    // Round the windows until a whole round improves nothing or the window time is spent.
    for (let i = 0, sinceBetter = 0; best && sinceBetter < windows.length; i++, sinceBetter++) {
      const days = windows[i % windows.length] ?? [];
      const budget = Math.min(WINDOW_LIMIT_SEC, (windowUntil - now()) / 1000);
      if (budget <= 0.02) break;
      const before: number = best.objective ?? Infinity;
      fixOutside(model, columns, best.assignments, (slot) => days.includes(dayOfSlot(instance, slot)));
      model.setSolution(startVector(columns, best.assignments));
      model.options.set({ time_limit: budget });
      model.zeroAllClocks();
      model.run();
      // A window's optimum is optimal for that day only: no gap proven for the week.
      if (hasPrimal(highs, model)) offer(decodeVector(instance, placements, columns.column, model.getSolution().colValue), 'feasible', null);
      if ((best.objective ?? Infinity) < before - 1e-9) sinceBetter = 0;
    }
    // HiGHS checks its clock between nodes and the plan is decoded after it stops: keep a little back.
    const left = secondsLeft() * 0.92 - 0.15;
    if (left > 0.05) {
      fixOutside(model, columns, [], () => true);
      if (best) model.setSolution(startVector(columns, best.assignments));
      model.options.set({ time_limit: left });
      model.zeroAllClocks();
      const { modelStatus } = model.run({
        [highs.constants.callbackType.mipImprovingSolution]: (event) => {
          const vector = event.data.mip_solution;
          const gap = event.data.mip_gap;
          if (vector) offer(decodeVector(instance, placements, columns.column, vector), 'feasible', gap !== undefined && Number.isFinite(gap) ? gap : null);
          return undefined;
        },
      });
      if (modelStatus === status.infeasible) return infeasible([PINS_CANNOT_HOLD], draftMs, now() - start);
      if (hasPrimal(highs, model)) {
        const proven = modelStatus === status.optimal;
        offer(decodeVector(instance, placements, columns.column, model.getSolution().colValue), proven ? 'optimal' : 'feasible', proven ? 0 : bestGap);
      }
    }
  } finally {
    model.dispose();
  }
  if (!best) return infeasible([NO_PLAN_IN_TIME], draftMs, now() - start);
  const last: RotaPlan = { ...best, solveMs: now() - start };
  context.onPlan?.(last, { stage: 'final', gapTarget: 0, provenGap: bestGap });
  return last;
}

function hasPrimal(highs: Highs, model: ModelOf<Highs>): boolean {
  return Number(model.info.get('primal_solution_status')) === highs.constants.solutionStatus.feasible;
}

/**
 * Where each placement sits in the model: `column` by placement, `order` the
 * placements by increasing column (what HiGHS's index sets want), `key`
 * "member|slot|station" by placement, and each placement's own lower bound
 * in `order` (1 for a pin, which the LP text fixes by its bounds).
 */
type PlacementColumns = { column: Int32Array; order: Int32Array; orderedColumns: Int32Array; key: string[]; slot: Int32Array; ownLower: Float64Array };

const keyOf = (member: string | undefined, slot: number, station: string | null | undefined) => `${member}|${slot}|${station}`;
const placedKeys = (assignments: readonly Assignment[]) => new Set(assignments.filter((a) => a.station !== null).map((a) => keyOf(a.member, a.slot, a.station)));

function placementColumns(model: ModelOf<Highs>, instance: RotaInstance, placements: PlacementVariable[]): PlacementColumns {
  const column = Int32Array.from(placements, (p) => model.getColByName(p.name));
  const order = Int32Array.from(placements.keys()).sort((a, b) => (column[a] ?? 0) - (column[b] ?? 0));
  const key = placements.map((p) => keyOf(instance.members[p.member]?.id, p.slot, instance.stations[p.station]?.id));
  const pinned = new Set(instance.pins.map((pin) => keyOf(pin.member, pin.slot, pin.station)));
  return {
    column,
    order,
    orderedColumns: Int32Array.from(order, (i) => column[i] ?? 0),
    key,
    slot: Int32Array.from(placements, (p) => p.slot),
    ownLower: Float64Array.from(order, (i) => (pinned.has(key[i] ?? '') ? 1 : 0)),
  };
}

/** Frees the placements in the slots `free` says (to their own bounds) and fixes every other one to what `assignments` does there. */
function fixOutside(model: ModelOf<Highs>, columns: PlacementColumns, assignments: readonly Assignment[], free: (slot: number) => boolean): void {
  const placed = placedKeys(assignments);
  const lower = new Float64Array(columns.order.length);
  const upper = new Float64Array(columns.order.length);
  columns.order.forEach((i, j) => {
    if (free(columns.slot[i] ?? 0)) {
      lower[j] = columns.ownLower[j] ?? 0;
      upper[j] = 1;
    } else {
      lower[j] = upper[j] = placed.has(columns.key[i] ?? '') ? 1 : 0;
    }
  });
  model.changeColsBounds({ kind: 'set', indices: columns.orderedColumns }, lower, upper);
}

/** A plan as a sparse start on the placement binaries; HiGHS fills in the continuous columns. */
function startVector(columns: PlacementColumns, assignments: readonly Assignment[]) {
  const placed = placedKeys(assignments);
  return { indices: columns.orderedColumns, values: Float64Array.from(columns.order, (i) => (placed.has(columns.key[i] ?? '') ? 1 : 0)) };
}

/** Synchronous: HiGHS's solve blocks anyway, so a board runs this in a Worker and posts each `onPlan`. */
export function solveRota(highs: LegacyHighs, instance: RotaInstance, options: SolveOptions): RotaPlan {
  const start = options.now();
  const clashes = pinClashes(instance);
  if (clashes.length > 0) {
    return { format: 'schakel-rota-plan/1', status: 'infeasible', objective: null, draftMs: 0, solveMs: options.now() - start, assignments: [], conflicts: clashes.map((c) => `${c.rule}: ${c.message}`) };
  }
  let best: RotaPlan | null = null;
  const draft = draftPlan(instance);
  const draftMs = options.now() - start;
  if (hardViolations(instance, draft).length === 0) {
    best = planOf(instance, 'feasible', draft, draftMs, draftMs);
    options.onPlan?.(best, { stage: 'draft', gapTarget: null, provenGap: null });
  }
  const { lp, placements } = buildMilp(instance);
  if (options.warmStart !== false && hasPersistentModel(highs)) {
    return solveWarm(highs, instance, { lp, placements }, best, { ...options, start, draftMs });
  }
  for (const [stage, gap] of [['gap', FIRST_GAP], ['final', 0]] as const) {
    const left = options.timeLimitSec - (options.now() - start) / 1000;
    if (left <= 0.05) break;
    const settings: LegacyHighsOptions = { time_limit: left, mip_rel_gap: gap, output_flag: false };
    const result = highs.solve(lp, settings);
    if (result.Status === 'Infeasible') {
      return { format: 'schakel-rota-plan/1', status: 'infeasible', objective: null, draftMs, solveMs: options.now() - start, assignments: [], conflicts: ['the pins and hard rules H1–H5 cannot hold together in this week'] };
    }
    const hasSolution = result.Status === 'Optimal' || (result.Status === 'Time limit reached' && Object.keys(result.Columns).length > 0);
    if (!hasSolution) break;
    const assignments = decodePlacements(instance, placements, result.Columns);
    if (hardViolations(instance, assignments).length > 0) continue;
    const proven = result.Status === 'Optimal' && gap === 0;
    const plan = planOf(instance, proven ? 'optimal' : 'feasible', assignments, draftMs, options.now() - start);
    if (!best || (plan.objective ?? Infinity) <= (best.objective ?? Infinity) + 1e-9) {
      best = plan;
      options.onPlan?.(best, { stage, gapTarget: gap, provenGap: result.Status === 'Optimal' ? gap : null });
    }
    if (proven) break;
  }
  if (best) return best;
  return { format: 'schakel-rota-plan/1', status: 'infeasible', objective: null, draftMs, solveMs: options.now() - start, assignments: [], conflicts: ['no plan keeping H1–H6 was found within the time limit'] };
}
