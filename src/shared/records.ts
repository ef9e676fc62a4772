/**
 * Every record Schakel keeps, as zod schemas shared by the tablet and the
 * server. A record belongs to exactly one team; `kind` names its table.
 */
import { z } from 'zod';

export { RECORD_SCHEMA_VERSION } from './versions.ts';

const id = z.uuid();
const teamId = z.uuid();
const day = z.iso.date();
const shortText = (max: number) => z.string().trim().min(1).max(max);
/** A photo or voice clip, named by the SHA-256 of its bytes (see blobs.ts). */
const blobRef = z.string().regex(/^[0-9a-f]{64}$/, 'not a SHA-256 blob reference');
/** A pictogram from the bundled set, named by its catalogue key. */
const picto = z.string().regex(/^[a-z][a-z0-9-]{1,40}$/, 'unknown pictogram name');

export const language = z.enum(['nl-BE', 'fr-BE', 'en']);
export type Language = z.infer<typeof language>;

/** Instruction detail by skill level (ILUO): I learning, L can with help, U can alone, O can teach. */
export const iluoLevel = z.enum(['I', 'L', 'U', 'O']);
export type IluoLevel = z.infer<typeof iluoLevel>;

/** A PIN is never stored, only a salted PBKDF2 hash of it (see pinHash.ts). */
export const pinHash = z.object({
  salt: z.string().regex(/^[0-9a-f]{32}$/),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
});
export type PinHash = z.infer<typeof pinHash>;

export const wellbeingScale = z.union([z.literal(3), z.literal(5)]);
export type WellbeingScale = z.infer<typeof wellbeingScale>;

/**
 * A team member and the settings their coach chose for them. The settings are
 * optional so records written before they existed stay valid; readers use
 * the defaults in memberSettings.ts.
 */
export const member = z.object({
  id,
  teamId,
  name: shortText(60),
  avatar: picto,
  language,
  /** Pictogram PIN (3 of 9 pictures); null or absent: a tap on the photo signs in. */
  pin: pinHash.nullable().optional(),
  scale: wellbeingScale.optional(),
  /** Minutes without a tap before the tablet signs the member out. */
  idleMinutes: z.number().int().min(1).max(240).optional(),
  speechRate: z.number().min(0.5).max(1.5).optional(),
  autoSpeak: z.boolean().optional(),
  /** Per station: the detail the coach wants, whatever the skills matrix says. */
  detailOverrides: z.record(z.uuid(), iluoLevel).optional(),
});
export type Member = z.infer<typeof member>;

export const station = z.object({
  id,
  teamId,
  name: shortText(60),
  picto,
  /** Physically heavy work, counted for ergonomic rotation. */
  heavy: z.boolean(),
});
export type Station = z.infer<typeof station>;

export const stepKind = z.enum(['plain', 'timer', 'count', 'check']);
export type StepKind = z.infer<typeof stepKind>;

export const cardStep = z.object({
  id,
  picto,
  /** A photo taken by the coach; the pictogram shows until it has arrived. */
  photo: blobRef.nullable().optional(),
  text: shortText(160),
  speech: shortText(400),
  /** Absent on older cards: a plain step. */
  kind: stepKind.optional(),
  /** Timer steps: the countdown. It never times out; it only shows the time. */
  seconds: z.number().int().min(1).max(3600).optional(),
  /** Count steps: how many to count. */
  target: z.number().int().min(1).max(1000).optional(),
  /** Key steps are the ones a member at level U still sees. */
  key: z.boolean().optional(),
  /** A voice clip recorded by the coach; it plays instead of synthesised speech. */
  clip: blobRef.nullable().optional(),
});
export type CardStep = z.infer<typeof cardStep>;

export const card = z.object({
  id,
  teamId,
  stationId: id,
  title: shortText(80),
  picto,
  ppe: z.array(picto).max(8),
  steps: z.array(cardStep).min(1).max(40),
  version: z.number().int().positive(),
});
export type Card = z.infer<typeof card>;

export const order = z.object({
  id,
  teamId,
  customer: shortText(80),
  product: shortText(80),
  quantity: z.number().int().positive().max(1_000_000),
  due: z.iso.datetime({ offset: true }),
});
export type Order = z.infer<typeof order>;

export const task = z.object({
  id,
  teamId,
  orderId: id,
  cardId: id,
  stationId: id,
  day,
  /** Null when any member of the team may pick it up. */
  memberId: id.nullable(),
  quantity: z.number().int().positive().max(1_000_000),
});
export type Task = z.infer<typeof task>;

const count = z.number().int().min(0).max(100_000);

/** A finished task with its quality counts: an insert-only event. */
export const taskCompletion = z.object({
  id,
  teamId,
  taskId: id,
  memberId: id,
  good: count,
  rejected: count,
  /** An optional photo of a defect. */
  photo: blobRef.nullable().optional(),
  /** Why pieces were rejected: ids of the team's reject reasons. */
  rejectReasons: z.array(id).max(20).optional(),
  /** The card version the member worked from. */
  cardVersion: z.number().int().positive().optional(),
  completedAt: z.iso.datetime({ offset: true }),
});
export type TaskCompletion = z.infer<typeof taskCompletion>;

export const checkinMoment = z.enum(['start', 'end']);
/** A well-being answer: an insert-only event, private to the member and their coach. */
export const checkin = z
  .object({
    id,
    teamId,
    memberId: id,
    day,
    moment: checkinMoment,
    /** From 1 (worst face) up to the scale: 3 or 5. */
    score: z.number().int().min(1).max(5),
    /** Absent on older answers: the 3-point scale. */
    scale: wellbeingScale.optional(),
    /** Optional: 1 = low, 2 = some, 3 = lots. */
    energy: z.number().int().min(1).max(3).optional(),
    /** "I want to talk to my coach": the coach sees it and acknowledges it with a helpAck. */
    wantsTalk: z.boolean().optional(),
    answeredAt: z.iso.datetime({ offset: true }),
  })
  .refine((c) => c.score <= (c.scale ?? 3), { error: 'the score is beyond the scale', path: ['score'] });
export type Checkin = z.infer<typeof checkin>;

export const helpReason = z.enum(['material', 'machine', 'notSure', 'break', 'unwell']);
export type HelpReason = z.infer<typeof helpReason>;

/** A member asks for their coach: an insert-only event. */
export const helpCall = z.object({
  id,
  teamId,
  memberId: id,
  reason: helpReason,
  calledAt: z.iso.datetime({ offset: true }),
});
export type HelpCall = z.infer<typeof helpCall>;

/** A reason for rejected pieces, from the team's list that the coach edits. */
export const rejectReason = z.object({
  id,
  teamId,
  picto,
  label: shortText(40),
  position: z.number().int().min(0).max(1000),
});
export type RejectReason = z.infer<typeof rejectReason>;

/** One cell of the skills matrix: how well a member masters a station. */
export const skill = z.object({
  id,
  teamId,
  memberId: id,
  stationId: id,
  level: iluoLevel,
});
export type Skill = z.infer<typeof skill>;

/** Where a member works on a day, from the week's rota. */
export const rotaSlot = z.object({
  id,
  teamId,
  memberId: id,
  stationId: id,
  day,
});
export type RotaSlot = z.infer<typeof rotaSlot>;

/** Team-wide settings: one record per team. */
export const teamSettings = z.object({
  id,
  teamId,
  /** Where members work when the rota says nothing. */
  defaultStationId: id.nullable(),
});
export type TeamSettings = z.infer<typeof teamSettings>;

/**
 * A coach has seen a help call, or a check-in's "I want to talk": an
 * insert-only event, made on a coach device. `callId` names either.
 */
export const helpAck = z.object({
  id,
  teamId,
  callId: id,
  ackedAt: z.iso.datetime({ offset: true }),
});
export type HelpAck = z.infer<typeof helpAck>;

export const recordSchemas = {
  member,
  station,
  card,
  order,
  task,
  taskCompletion,
  checkin,
  helpCall,
  helpAck,
  rejectReason,
  skill,
  rotaSlot,
  teamSettings,
} as const;

export const recordKind = z.enum([
  'member',
  'station',
  'card',
  'order',
  'task',
  'taskCompletion',
  'checkin',
  'helpCall',
  'helpAck',
  'rejectReason',
  'skill',
  'rotaSlot',
  'teamSettings',
]);
export type RecordKind = z.infer<typeof recordKind>;

export interface RecordByKind {
  member: Member;
  station: Station;
  card: Card;
  order: Order;
  task: Task;
  taskCompletion: TaskCompletion;
  checkin: Checkin;
  helpCall: HelpCall;
  helpAck: HelpAck;
  rejectReason: RejectReason;
  skill: Skill;
  rotaSlot: RotaSlot;
  teamSettings: TeamSettings;
}
