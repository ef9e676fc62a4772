import { useLiveQuery } from 'dexie-react-hooks';
import { EARLY_WORK_DAYS, qualityRecords } from '#db/teamViewRepository.ts';
import { addDays, firstDayOfLastWeeks } from '#domain/teamView/days.ts';
import { firstPassYield, helpCallsPerDay, piecesAgainstPlan, rejectPareto, type HelpSummary, type ParetoRow, type PlanDay, type YieldTable } from '#domain/teamView/quality.ts';
import type { RejectReason, Station } from '#shared/records.ts';
import { localDay } from '#shared/time.ts';
import { useServices } from '#kiosk/hooks/useServices.ts';

/** The ranges a coach can look back over, in weeks. */
export const QUALITY_WEEKS = [1, 4, 13] as const;
export type QualityWeeks = (typeof QUALITY_WEEKS)[number];

export interface TeamQuality {
  readonly fromDay: string;
  readonly toDay: string;
  readonly yieldTable: YieldTable;
  readonly pareto: readonly ParetoRow[];
  readonly plan: readonly PlanDay[];
  readonly help: HelpSummary;
  readonly stations: ReadonlyMap<string, Station>;
  readonly reasons: ReadonlyMap<string, RejectReason>;
}

const dayOf = (timestamp: string) => localDay(new Date(timestamp));

/** The team's quality figures over the last `weeks` weeks up to today; undefined while loading. */
export function useTeamQuality(weeks: QualityWeeks): TeamQuality | undefined {
  const { db, now } = useServices();
  const toDay = localDay(now());
  const fromDay = firstDayOfLastWeeks(toDay, weeks);
  return useLiveQuery(async () => {
    const localMidnight = (day: string) => new Date(`${day}T00:00:00`).toISOString();
    const records = await qualityRecords(db, { fromDay, toDay, fromInstant: localMidnight(fromDay), earlyFromInstant: localMidnight(addDays(fromDay, -EARLY_WORK_DAYS)) });
    const stations = new Map(records.stations.map((s) => [s.id, s]));
    return {
      fromDay,
      toDay,
      yieldTable: firstPassYield(records.completedInRange, records.tasks, [...stations.values()].sort((a, b) => a.name.localeCompare(b.name)).map((s) => s.id), dayOf),
      pareto: rejectPareto(records.completedInRange),
      plan: piecesAgainstPlan(records.plannedTasks, records.completions),
      help: helpCallsPerDay(records.helpCalls, records.helpAcks, dayOf),
      stations,
      reasons: new Map(records.rejectReasons.map((r) => [r.id, r])),
    };
  }, [db, fromDay, toDay]);
}
