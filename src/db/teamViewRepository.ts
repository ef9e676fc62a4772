/**
 * The records behind the coach's team view, read for one range only: a
 * year of completions must not be loaded to show four weeks of them, so
 * every read goes through an index (completions by completedAt and by
 * taskId, tasks by day and by id, help calls by calledAt, acks by callId).
 */
import type { HelpAck, HelpCall, RejectReason, Station, Task, TaskCompletion } from '#shared/records.ts';
import { rejectReasonsInOrder } from './coachRepository.ts';
import type { SchakelDb } from './SchakelDb.ts';

export interface QualityRecords {
  /** Completed in the range, and any completion of a task planned in the range. */
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
 * with each other.
 */
export async function qualityRecords(db: SchakelDb, range: { fromDay: string; toDay: string; fromInstant: string }): Promise<QualityRecords> {
  return db.transaction('r', [db.taskCompletions, db.tasks, db.helpCalls, db.helpAcks, db.stations, db.rejectReasons], async () => {
    const completedInRange = await db.taskCompletions.where('completedAt').aboveOrEqual(range.fromInstant).toArray();
    const plannedTasks = await db.tasks.where('day').between(range.fromDay, range.toDay, true, true).toArray();
    const loaded = new Set(completedInRange.map((c) => c.id));
    // Work on a task of the range done before it started (a Monday's task done on the Friday).
    const early = plannedTasks.length === 0 ? [] : (await db.taskCompletions.where('taskId').anyOf(plannedTasks.map((t) => t.id)).toArray()).filter((c) => !loaded.has(c.id));
    const tasks = new Map(plannedTasks.map((t) => [t.id, t]));
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
