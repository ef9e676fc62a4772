/**
 * The records behind the coach's team view, read for one range only: a
 * year of completions must not be loaded to show four weeks of them, so
 * every read is a range or key lookup on an index (completions by
 * completedAt, tasks by day and by id, help calls by calledAt, acks by
 * callId). No `anyOf` over the range's tasks: with thousands of them that
 * is a cursor jump per task through a year of completions.
 */
import type { HelpAck, HelpCall, RejectReason, Station, Task, TaskCompletion } from '#shared/records.ts';
import { rejectReasonsInOrder } from './coachRepository.ts';
import type { SchakelDb } from './SchakelDb.ts';

/**
 * Work done ahead of its task's day (a Monday's task done on the Friday) counts for that day when
 * it was done at most this many days before the range: read as one more week of completions.
 */
export const EARLY_WORK_DAYS = 7;

export interface QualityRecords {
  /** Completed in the range, and the completions of tasks planned in the range done up to EARLY_WORK_DAYS before it. */
  readonly completions: readonly TaskCompletion[];
  /** Completed in the range: the ones yield and rejects are counted over. */
  readonly completedInRange: readonly TaskCompletion[];
  /** By id: every task those completions name, and the tasks planned in the range. */
  readonly tasks: ReadonlyMap<string, Task>;
  /** The tasks planned on the range's days. */
  readonly plannedTasks: readonly Task[];
  readonly helpCalls: readonly HelpCall[];
  readonly helpAcks: readonly HelpAck[];
  readonly stations: readonly Station[];
  readonly rejectReasons: readonly RejectReason[];
}

/**
 * The quality records from `fromDay` (local midnight `fromInstant`, an ISO
 * timestamp) up to `toDay`, in one read transaction so the figures agree
 * with each other. `earlyFromInstant` is EARLY_WORK_DAYS before `fromInstant`.
 */
export async function qualityRecords(db: SchakelDb, range: { fromDay: string; toDay: string; fromInstant: string; earlyFromInstant: string }): Promise<QualityRecords> {
  return db.transaction('r', [db.taskCompletions, db.tasks, db.helpCalls, db.helpAcks, db.stations, db.rejectReasons], async () => {
    const read = await db.taskCompletions.where('completedAt').aboveOrEqual(range.earlyFromInstant).toArray();
    const completedInRange = read.filter((c) => c.completedAt >= range.fromInstant);
    const plannedTasks = await db.tasks.where('day').between(range.fromDay, range.toDay, true, true).toArray();
    const tasks = new Map(plannedTasks.map((t) => [t.id, t]));
    // Work on a task of the range done before the range began.
    const early = read.filter((c) => c.completedAt < range.fromInstant && tasks.has(c.taskId));
    const missing = [...new Set(completedInRange.map((c) => c.taskId))].filter((id) => !tasks.has(id));
    for (const task of await db.tasks.bulkGet(missing)) if (task) tasks.set(task.id, task);
    const helpCalls = await db.helpCalls.where('calledAt').aboveOrEqual(range.fromInstant).toArray();
    const helpAcks = helpCalls.length === 0 ? [] : await db.helpAcks.where('callId').anyOf(helpCalls.map((c) => c.id)).toArray();
    return {
      completions: [...completedInRange, ...early],
      completedInRange,
      tasks,
      plannedTasks,
      helpCalls,
      helpAcks,
      stations: await db.stations.toArray(),
      rejectReasons: await rejectReasonsInOrder(db),
    };
  });
}
