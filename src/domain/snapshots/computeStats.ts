/**
 * One team's statistics for one period (an ISO week or a 4-week block),
 * straight from its records: the formulas of SNAPSHOTS.md. Pure: the same
 * records give the same statistics, whichever order they arrived in, which
 * is what lets the server update a week when a late event lands and still
 * agree with a recomputation from scratch.
 */
import { ILUO_LEVELS } from '#shared/records/recordFields.ts';
import type { IluoCell, RotaSlot, Skill, SkillChange } from '#shared/records.ts';
import { isoWeekOf } from '#shared/records/kinds/rotaSlot.ts';
import { addWeeks, daysOfPeriod, periodKindOf } from '#shared/snapshots/periods.ts';
import { localDay } from '#shared/time.ts';
import type { SnapshotStats, StationStats } from './snapshotStats.ts';
import type { TeamRecords } from './teamRecords.ts';

/** Below this scaled mean a week counts as low (a third of the scale). */
export const LOW_SCORE = 33.4;
/** How far back a learning step or a training slot keeps the "no learning" flag away. */
export const LEARNING_WINDOW_WEEKS = 8;
const DEFAULT_VARIETY_TARGET = 3;
/** ISO weekdays a station must be closed on all of to count as shut for the week. */
const WORKDAYS = [1, 2, 3, 4, 5] as const;

/** The calendar day of an instant where the workshop is. */
export type DayOf = (instant: string) => string;
export const workshopDay: DayOf = (instant) => localDay(new Date(instant));

const scaled = (score: number, scale: number) => ((score - 1) / (scale - 1)) * 100;
const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const seconds = (from: string, to: string) => Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 1000));
const levelIndex = (level: IluoCell) => (level === null ? 0 : ILUO_LEVELS.indexOf(level));

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

export function computeStats(records: TeamRecords, period: string, dayOf: DayOf = workshopDay): SnapshotStats {
  const days = daysOfPeriod(period);
  const inPeriod = new Set(days);
  const first = days[0] ?? '';
  const last = days[days.length - 1] ?? '';
  const members = new Map(records.members.map((m) => [m.id, m]));
  const stations = new Map(records.stations.map((s) => [s.id, s]));
  const tasks = new Map(records.tasks.map((t) => [t.id, t]));
  const acks = groupBy(records.helpAcks, (a) => a.callId);
  const firstAck = (id: string) => acks.get(id)?.reduce((a, b) => (a.ackedAt <= b.ackedAt ? a : b));

  // Well-being: one mean per respondent, so a chatty member weighs as much as a quiet one.
  const checkins = records.checkins.filter((c) => inPeriod.has(c.day) && members.has(c.memberId));
  const byMember = groupBy(checkins, (c) => c.memberId);
  const wbByMember = new Map([...byMember].map(([id, answers]) => [id, mean(answers.map((c) => scaled(c.score, c.scale ?? 3)))]));
  const energyByMember = new Map(
    [...byMember].flatMap(([id, answers]) => {
      const energy = answers.flatMap((c) => (c.energy === undefined ? [] : [scaled(c.energy, 3)]));
      return energy.length === 0 ? [] : [[id, mean(energy)] as const];
    }),
  );
  const talks = checkins.filter((c) => c.wantsTalk === true);
  const talkSeenS = talks.flatMap((c) => {
    const ack = firstAck(c.id);
    return ack ? [seconds(c.answeredAt, ack.ackedAt)] : [];
  });

  // Presence: from the rota when the period has one, else from the days a member did anything.
  const slots = records.rotaSlots.filter((s) => inPeriod.has(s.day) && members.has(s.memberId));
  const completions = records.completions.filter((c) => inPeriod.has(dayOf(c.completedAt)));
  const helpCalls = records.helpCalls.filter((c) => inPeriod.has(dayOf(c.calledAt)));
  const present = new Set(
    slots.length > 0
      ? slots.map((s) => `${s.memberId}|${s.day}`)
      : [...checkins.map((c) => `${c.memberId}|${c.day}`), ...completions.map((c) => `${c.memberId}|${dayOf(c.completedAt)}`), ...helpCalls.map((c) => `${c.memberId}|${dayOf(c.calledAt)}`)],
  );
  const answered = new Set(checkins.map((c) => `${c.memberId}|${c.day}`));

  // Work: tasks planned in the period, and whether anyone finished them.
  const done = new Set(records.completions.map((c) => c.taskId));
  const planned = records.tasks.filter((t) => t.cancelled !== true && inPeriod.has(t.day));
  const stationStats = new Map<string, { good: number; rejected: number }>();
  let good = 0;
  let rejected = 0;
  for (const c of completions) {
    good += c.good;
    rejected += c.rejected;
    const stationId = tasks.get(c.taskId)?.stationId;
    if (stationId === undefined) continue;
    const s = stationStats.get(stationId) ?? { good: 0, rejected: 0 };
    stationStats.set(stationId, { good: s.good + c.good, rejected: s.rejected + c.rejected });
  }

  // Orders due in the period, finished when their good pieces reached the quantity by the due time.
  const due = records.orders.filter((o) => o.cancelled !== true && inPeriod.has(dayOf(o.due)));
  const goodByOrder = groupBy(
    records.completions.filter((c) => tasks.has(c.taskId)),
    (c) => tasks.get(c.taskId)?.orderId ?? '',
  );
  const onTime = due.filter((o) => (goodByOrder.get(o.id) ?? []).filter((c) => c.completedAt <= o.due).reduce((n, c) => n + c.good, 0) >= o.quantity);

  const helpSeenS = helpCalls.flatMap((c) => {
    const ack = firstAck(c.id);
    return ack ? [seconds(c.calledAt, ack.ackedAt)] : [];
  });

  // Rota: variety, load, training, who placed the slots, late changes.
  const skillOf = new Map(records.skills.map((s) => [`${s.memberId}|${s.stationId}`, s]));
  const isTraining = (s: RotaSlot) => s.stationId !== null && skillOf.get(`${s.memberId}|${s.stationId}`)?.trainingGoal === true;
  const slotsByMember = groupBy(slots, (s) => s.memberId);
  const stationsPerMember = [...slotsByMember.values()].map((own) => new Set(own.flatMap((s) => (s.stationId === null ? [] : [s.stationId]))).size);
  const heavyPerMember = [...slotsByMember.values()].map((own) => own.filter((s) => s.stationId !== null && stations.get(s.stationId)?.load === 'heavy').length);
  let varietyWeeks = 0;
  let varietyFitWeeks = 0;
  for (const [memberId, own] of slotsByMember) {
    const target = members.get(memberId)?.varietyTarget ?? DEFAULT_VARIETY_TARGET;
    for (const weekSlots of groupBy(own, (s) => s.week).values()) {
      const seen = new Set(weekSlots.flatMap((s) => (s.stationId === null ? [] : [s.stationId]))).size;
      varietyWeeks += 1;
      if (Math.abs(seen - target) <= 1) varietyFitWeeks += 1;
    }
  }

  // Learning: steps up the ILUO ladder in the period, and cover at its end.
  const changes = records.skillChanges.filter((c) => members.has(c.memberId));
  const stepsOf = (c: SkillChange) => Math.max(0, levelIndex(c.to) - levelIndex(c.from ?? 'I'));
  const iluoSteps = changes.filter((c) => inPeriod.has(dayOf(c.changedAt))).reduce((n, c) => n + stepsOf(c), 0);
  const levels = levelsAt(records.skills, changes, last, dayOf);
  const open = records.stations.filter((s) => !WORKDAYS.every((d) => (s.closedDays ?? []).includes(d)));
  const covered = open.filter((s) => [...members.keys()].filter((m) => ['U', 'O'].includes(levels.get(`${m}|${s.id}`) ?? '')).length >= 2);

  // Werkbaar: respondents with none of the four red flags.
  const windowStart = addWeeks(isoWeekOf(first), -(LEARNING_WINDOW_WEEKS - (periodKindOf(period) === 'block' ? 4 : 1)));
  const inWindow = (day: string) => isoWeekOf(day) >= windowStart && day <= last;
  const learned = new Set([
    ...changes.filter((c) => stepsOf(c) > 0 && inWindow(dayOf(c.changedAt))).map((c) => c.memberId),
    ...records.rotaSlots.filter((s) => isTraining(s) && inWindow(s.day)).map((s) => s.memberId),
  ]);
  const lateOwn = groupBy(
    slots.filter((s) => s.lateChange === true),
    (s) => s.memberId,
  );
  const werkbaar = [...wbByMember].filter(([id, wb]) => {
    const energy = energyByMember.get(id);
    return wb >= LOW_SCORE && (energy === undefined || energy >= LOW_SCORE) && learned.has(id) && (lateOwn.get(id)?.length ?? 0) < 2;
  }).length;

  const sortedValues = (values: Iterable<number>) => [...values].sort((a, b) => a - b);
  return {
    wbMeans: sortedValues(wbByMember.values()),
    energyMeans: sortedValues(energyByMember.values()),
    talkRequests: talks.length,
    talkSeenS: sortedValues(talkSeenS),
    answerDays: [...answered].filter((key) => present.has(key)).length,
    presentDays: present.size,
    tasksPlanned: planned.length,
    tasksDone: planned.filter((t) => done.has(t.id)).length,
    good,
    rejected,
    stations: [...stationStats]
      .map(([stationId, s]): StationStats => ({ stationId, name: stations.get(stationId)?.name ?? '', ...s }))
      .sort((a, b) => a.name.localeCompare(b.name) || a.stationId.localeCompare(b.stationId)),
    ordersDue: due.length,
    ordersOnTime: onTime.length,
    helpCalls: helpCalls.length,
    helpSeenS: sortedValues(helpSeenS),
    slots: slots.length,
    selfPlacedSlots: slots.filter((s) => s.placedBy === 'member' || s.placedBy === 'team').length,
    lateSlots: slots.filter((s) => s.lateChange === true).length,
    trainingSlots: slots.filter(isTraining).length,
    stationsPerMember: sortedValues(stationsPerMember),
    varietyWeeks,
    varietyFitWeeks,
    heavyPerMember: sortedValues(heavyPerMember),
    iluoSteps,
    skillCells: records.skills.filter((s) => members.has(s.memberId)).length + changes.length,
    openStations: open.length,
    coveredStations: covered.length,
    werkbaar,
  };
}

/**
 * Each matrix cell's level at the end of a day: the last change up to then;
 * else, when the cell changed only later, the level before its first change;
 * else the cell as it stands.
 */
function levelsAt(skills: readonly Skill[], changes: readonly SkillChange[], day: string, dayOf: DayOf): Map<string, IluoCell> {
  const levels = new Map<string, IluoCell>(skills.map((s) => [`${s.memberId}|${s.stationId}`, s.level]));
  const byCell = groupBy(changes, (c) => `${c.memberId}|${c.stationId}`);
  for (const [cell, cellChanges] of byCell) {
    const ordered = [...cellChanges].sort((a, b) => a.changedAt.localeCompare(b.changedAt) || a.id.localeCompare(b.id));
    const before = ordered.filter((c) => dayOf(c.changedAt) <= day);
    const lastBefore = before[before.length - 1];
    if (lastBefore) levels.set(cell, lastBefore.to);
    else if (ordered[0]) levels.set(cell, ordered[0].from);
  }
  return levels;
}

/**
 * Who a period's well-being figures rest on, and what each one contributed:
 * per respondent, the ids of their answers and of the coach's "seen" on
 * their talk flags. Two versions whose respondents have the same
 * fingerprints rest on the same answers.
 */
export function respondentFingerprints(records: TeamRecords, period: string): Record<string, string> {
  const inPeriod = new Set(daysOfPeriod(period));
  const members = new Set(records.members.map((m) => m.id));
  const acked = new Map<string, string>();
  for (const a of records.helpAcks) if (!acked.has(a.callId) || (acked.get(a.callId) ?? '') > a.id) acked.set(a.callId, a.id);
  const parts = new Map<string, string[]>();
  for (const c of records.checkins) {
    if (!inPeriod.has(c.day) || !members.has(c.memberId)) continue;
    const own = parts.get(c.memberId) ?? [];
    own.push(c.wantsTalk === true ? `${c.id}>${acked.get(c.id) ?? ''}` : c.id);
    parts.set(c.memberId, own);
  }
  return Object.fromEntries([...parts].sort(([a], [b]) => a.localeCompare(b)).map(([id, own]) => [id, own.sort().join(',')]));
}
