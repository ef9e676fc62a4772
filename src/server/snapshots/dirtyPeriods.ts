/**
 * Which weeks a changed record can move, so an update recomputes those and
 * no others. Most records belong to the week of their day; a completion
 * also to its task's week and its order's due week; an acknowledgement to
 * the week of what it acknowledges; a task also to its completions' weeks;
 * a rota slot also to the weeks whose learning window (8 weeks) it falls in.
 * Set-up records (members, stations, matrix cells), skill changes (they
 * replay the matrix of earlier weeks as well as later ones) and deletes
 * without data touch every week.
 */
import { LEARNING_WINDOW_WEEKS, workshopDay } from '#domain/snapshots/computeStats.ts';
import { isoWeekOf } from '#shared/records/kinds/rotaSlot.ts';
import { addWeeks } from '#shared/snapshots/periods.ts';

export interface ChangedRow {
  readonly id: string;
  readonly kind: string;
  readonly data: Record<string, unknown> | null;
}

export type DirtyWeeks = { readonly all: true } | { readonly all: false; readonly weeks: ReadonlySet<string>; readonly from: ReadonlySet<string> };

export interface Lookups {
  /** The data of records the changed ones refer to (tasks, orders, calls, check-ins), by id. */
  readonly byId: ReadonlyMap<string, Record<string, unknown>>;
  /** The week a task or order counted in before this change. */
  readonly previousWeek: ReadonlyMap<string, string>;
  /**
   * When each changed task's completions were made: a completion's week reads its task (the station
   * of its pieces, and whether the task lies inside the week's window), so a task that arrives or
   * moves after its completions changes their weeks too.
   */
  readonly completionsOf?: ReadonlyMap<string, readonly string[]>;
}

const WHOLE_TEAM = new Set(['member', 'station', 'skill']);
const IGNORED = new Set(['card', 'rejectReason', 'teamSettings', 'availability', 'rotaWeek', 'rotaConflict']);

const str = (data: Record<string, unknown> | undefined, key: string): string | undefined => {
  const value = data?.[key];
  return typeof value === 'string' ? value : undefined;
};
const weekOfInstant = (instant: string | undefined) => (instant === undefined ? undefined : isoWeekOf(workshopDay(instant)));
const weekOfDay = (day: string | undefined) => (day === undefined ? undefined : isoWeekOf(day));

/** The ids whose data `dirtyWeeksOf` needs, beyond the changed rows themselves. */
export function referencedIds(rows: readonly ChangedRow[]): string[] {
  const ids = new Set<string>();
  for (const r of rows) {
    for (const key of ['taskId', 'orderId', 'callId']) {
      const id = str(r.data ?? undefined, key);
      if (id !== undefined) ids.add(id);
    }
  }
  return [...ids];
}

export function dirtyWeeksOf(rows: readonly ChangedRow[], lookups: Lookups): DirtyWeeks {
  const weeks = new Set<string>();
  // Weeks from which on every later week is dirty too.
  const from = new Set<string>();
  const add = (week: string | undefined) => {
    if (week !== undefined) weeks.add(week);
  };
  const orderDueWeek = (orderId: string | undefined) => weekOfInstant(str(orderId === undefined ? undefined : lookups.byId.get(orderId), 'due'));
  for (const row of rows) {
    if (IGNORED.has(row.kind)) continue;
    if (WHOLE_TEAM.has(row.kind)) return { all: true };
    const data = row.data ?? undefined;
    if (data === undefined) {
      // A delete of a task or order whose week is remembered; else anything could have moved.
      const before = lookups.previousWeek.get(row.id);
      if (before === undefined) return { all: true };
      add(before);
      if (row.kind === 'task') for (const instant of lookups.completionsOf?.get(row.id) ?? []) add(weekOfInstant(instant));
      continue;
    }
    add(lookups.previousWeek.get(row.id));
    if (row.kind === 'task') for (const instant of lookups.completionsOf?.get(row.id) ?? []) add(weekOfInstant(instant));
    switch (row.kind) {
      case 'checkin':
        add(weekOfDay(str(data, 'day')));
        break;
      case 'helpCall':
        add(weekOfInstant(str(data, 'calledAt')));
        break;
      case 'helpAck': {
        const acked = lookups.byId.get(str(data, 'callId') ?? '');
        add(weekOfDay(str(acked, 'day')) ?? weekOfInstant(str(acked, 'calledAt')));
        break;
      }
      case 'taskCompletion': {
        add(weekOfInstant(str(data, 'completedAt')));
        const task = lookups.byId.get(str(data, 'taskId') ?? '');
        add(weekOfDay(str(task, 'day')));
        add(orderDueWeek(str(task, 'orderId')));
        break;
      }
      case 'task':
        add(weekOfDay(str(data, 'day')));
        add(orderDueWeek(str(data, 'orderId')));
        break;
      case 'order':
        add(weekOfInstant(str(data, 'due')));
        break;
      case 'rotaSlot': {
        const week = weekOfDay(str(data, 'day'));
        if (week !== undefined) for (let i = 0; i < LEARNING_WINDOW_WEEKS; i += 1) weeks.add(addWeeks(week, i));
        break;
      }
      case 'skillChange':
        // Not only the later weeks: an earlier week replays a cell that changed only later to the
        // level before its first change (cover2), and counts the changes to tell "no data" from 0.
        // Level changes are rare; redo the team.
        return { all: true };
      default:
        // A kind this list does not know yet may feed a formula: be safe, redo the team.
        return { all: true };
    }
  }
  return { all: false, weeks, from };
}
