/**
 * Every record Schakel keeps, as zod schemas shared by the tablet and the
 * server. A record belongs to exactly one team; `kind` names its table.
 */
import { z } from 'zod';

/** Bumped when a record schema changes shape; carried by every mutation. */
export const RECORD_SCHEMA_VERSION = 1;

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

export const member = z.object({
  id,
  teamId,
  name: shortText(60),
  avatar: picto,
  language,
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

export const cardStep = z.object({
  id,
  picto,
  /** A photo taken by the coach; the pictogram shows until it has arrived. */
  photo: blobRef.nullable().optional(),
  text: shortText(160),
  speech: shortText(400),
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
  completedAt: z.iso.datetime({ offset: true }),
});
export type TaskCompletion = z.infer<typeof taskCompletion>;

export const checkinMoment = z.enum(['start', 'end']);
/** A well-being answer: an insert-only event, private to the member and their coach. */
export const checkin = z.object({
  id,
  teamId,
  memberId: id,
  day,
  moment: checkinMoment,
  /** 1 = not going well, 2 = not sure, 3 = going well. */
  score: z.number().int().min(1).max(3),
  answeredAt: z.iso.datetime({ offset: true }),
});
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

/** A coach has seen a help call: an insert-only event, made on a coach device. */
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
} as const;

export const recordKind = z.enum(['member', 'station', 'card', 'order', 'task', 'taskCompletion', 'checkin', 'helpCall', 'helpAck']);
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
}
