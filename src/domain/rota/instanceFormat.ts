/**
 * The rota exchange format of ../shared/ROTA.md: the instance a solver reads
 * (`schakel-rota/1`) and the plan it writes (`schakel-rota-plan/1`). Slot
 * `k = dayIndex × shifts + shiftIndex`; every per-slot array has one entry
 * per slot. Parsing names the failing field path in one line, so a coach or
 * a script sees what to fix rather than a crash.
 */
import { z } from 'zod';
import { ROTA_WEIGHT_DEFAULTS, type RotaWeightName } from '#shared/records/kinds/rotaFields.ts';

export const ILUO_LEVELS = ['I', 'L', 'U', 'O'] as const;
export type IluoLevel = (typeof ILUO_LEVELS)[number];

const stationSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  load: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  minStaff: z.array(z.number().int().min(0)),
  maxStaff: z.array(z.number().int().min(0)),
});

const memberSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  available: z.array(z.boolean()),
  levels: z.record(z.string(), z.enum(ILUO_LEVELS)),
  restricted: z.array(z.string()).default([]),
  preferences: z.record(z.string(), z.union([z.literal(1), z.literal(-1)])).default({}),
  routine: z.boolean().default(false),
  varietyTarget: z.number().int().min(1).default(1),
  homeStation: z.string().nullable().optional(),
  trainingGoals: z.array(z.string()).default([]),
});

const pinSchema = z.object({
  member: z.string(),
  station: z.string().nullable(),
  slot: z.number().int().min(0),
});

const weightsSchema = z
  .object(
    Object.fromEntries(Object.keys(ROTA_WEIGHT_DEFAULTS).map((name) => [name, z.number().min(0).optional()])) as Record<
      RotaWeightName,
      z.ZodOptional<z.ZodNumber>
    >,
  )
  .strict()
  .optional();

export const rotaInstanceSchema = z.object({
  format: z.literal('schakel-rota/1'),
  name: z.string().default(''),
  days: z.array(z.string()).min(1),
  shifts: z.array(z.string()).min(1),
  weights: weightsSchema,
  stations: z.array(stationSchema),
  members: z.array(memberSchema),
  pins: z.array(pinSchema).default([]),
});

export type RotaWeights = Record<RotaWeightName, number>;
export type RotaStation = z.infer<typeof stationSchema>;
export type RotaMember = z.infer<typeof memberSchema>;
export type RotaPin = z.infer<typeof pinSchema>;
/** A parsed instance: weights filled in with the defaults. */
export type RotaInstance = Omit<z.infer<typeof rotaInstanceSchema>, 'weights'> & { weights: RotaWeights };

export const assignmentSchema = z.object({
  member: z.string(),
  slot: z.number().int().min(0),
  station: z.string().nullable(),
});
export type Assignment = z.infer<typeof assignmentSchema>;

export const PLAN_STATUSES = ['optimal', 'feasible', 'infeasible'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const rotaPlanSchema = z.object({
  format: z.literal('schakel-rota-plan/1'),
  status: z.enum(PLAN_STATUSES),
  objective: z.number().nullable(),
  draftMs: z.number().min(0),
  solveMs: z.number().min(0),
  assignments: z.array(assignmentSchema),
  conflicts: z.array(z.string()),
});
export type RotaPlan = z.infer<typeof rotaPlanSchema>;

export type ParseResult = { ok: true; instance: RotaInstance } | { ok: false; error: string };

/** Number of slots (half-days) in the instance's week. */
export function slotCount(instance: Pick<RotaInstance, 'days' | 'shifts'>): number {
  return instance.days.length * instance.shifts.length;
}

function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`;
    else text += text === '' ? String(part) : `.${String(part)}`;
  }
  return text === '' ? '(root)' : text;
}

/** Checks what zod cannot: array lengths against the week, and every id naming a known member or station. */
function crossCheck(instance: RotaInstance): string | null {
  const slots = slotCount(instance);
  const stationIds = new Set<string>();
  for (const [i, station] of instance.stations.entries()) {
    if (stationIds.has(station.id)) return `stations[${i}].id: duplicate station id ${station.id}`;
    stationIds.add(station.id);
    for (const field of ['minStaff', 'maxStaff'] as const) {
      if (station[field].length !== slots) {
        return `stations[${i}].${field}: expected ${slots} entries, got ${station[field].length}`;
      }
    }
  }
  const memberIds = new Set<string>();
  const unknownStation = (id: string) => !stationIds.has(id);
  for (const [i, member] of instance.members.entries()) {
    const at = `members[${i}]`;
    if (memberIds.has(member.id)) return `${at}.id: duplicate member id ${member.id}`;
    memberIds.add(member.id);
    if (member.available.length !== slots) {
      return `${at}.available: expected ${slots} entries, got ${member.available.length}`;
    }
    for (const id of Object.keys(member.levels)) if (unknownStation(id)) return `${at}.levels.${id}: unknown station ${id}`;
    for (const [j, id] of member.restricted.entries()) if (unknownStation(id)) return `${at}.restricted[${j}]: unknown station ${id}`;
    for (const id of Object.keys(member.preferences)) if (unknownStation(id)) return `${at}.preferences.${id}: unknown station ${id}`;
    for (const [j, id] of member.trainingGoals.entries()) if (unknownStation(id)) return `${at}.trainingGoals[${j}]: unknown station ${id}`;
    if (member.homeStation != null && unknownStation(member.homeStation)) {
      return `${at}.homeStation: unknown station ${member.homeStation}`;
    }
  }
  for (const [i, pin] of instance.pins.entries()) {
    if (!memberIds.has(pin.member)) return `pins[${i}].member: unknown member ${pin.member}`;
    if (pin.station !== null && unknownStation(pin.station)) return `pins[${i}].station: unknown station ${pin.station}`;
    if (pin.slot >= slots) return `pins[${i}].slot: expected a slot below ${slots}, got ${pin.slot}`;
  }
  return null;
}

/** Parses an instance; on failure the error is one line naming the field path. */
export function parseInstance(json: unknown): ParseResult {
  const parsed = rotaInstanceSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: issue ? `${formatPath(issue.path)}: ${issue.message}` : 'invalid instance' };
  }
  const instance: RotaInstance = { ...parsed.data, weights: { ...ROTA_WEIGHT_DEFAULTS, ...definedOnly(parsed.data.weights) } };
  const error = crossCheck(instance);
  return error === null ? { ok: true, instance } : { ok: false, error };
}

function definedOnly(weights: Partial<Record<RotaWeightName, number | undefined>> | undefined): Partial<RotaWeights> {
  const out: Partial<RotaWeights> = {};
  for (const [name, value] of Object.entries(weights ?? {})) if (value !== undefined) out[name as RotaWeightName] = value;
  return out;
}
