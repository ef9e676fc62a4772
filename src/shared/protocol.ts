/**
 * Wire protocol between a tablet and the coordinator. Every message is a zod
 * schema shared by client and server, tagged with `type`, and carries the
 * PROTOCOL_VERSION so that an incompatible client gets a clear answer.
 */
import { z } from 'zod';
import { HLC_PATTERN } from './hlc.ts';
import { DEVICE_ROLES } from './deviceRoles.ts';
import { isPlainText, notPlainTextMessage } from './plainText.ts';
import { recordKind } from './records.ts';
import { REFUSALS, type ErrorCategory, type RefusalCode } from './errorCodes.ts';

export { PROTOCOL_VERSION } from './versions.ts';

const hlcString = z.string().regex(HLC_PATTERN, 'malformed HLC timestamp');

/** Largest batch a device sends in one push; the server refuses bigger ones. */
export const MAX_PUSH_BATCH = 500;
/**
 * How far past the highest sequence number before it a pushed one may be:
 * the server refuses a push whose numbers jump further (`sequence_gap`).
 * A tablet numbers its changes one by one, so a gap comes only from changes
 * it refused itself and never sent (too large to send); a jump of more than
 * a batch is a broken or forged client, and taking it would make every real
 * change after it look like a resend.
 */
export const MAX_SEQ_STEP = MAX_PUSH_BATCH;
/** Largest push body the server reads; the client keeps its batches well under it. */
export const MAX_PUSH_BODY_BYTES = 2 * 1024 * 1024;
/** Largest page the server answers a pull with. */
export const MAX_PULL_PAGE = 2000;

const protocolVersion = z.number().int().positive();
const id = z.uuid();

/**
 * The server's wall clock and HLC, sent with every sync answer: a tablet
 * whose clock is off measures its offset from them, and merges the HLC so
 * its next writes order after everything it has seen.
 */
const serverClockFields = {
  serverTime: z.number().int().nonnegative(),
  serverHlc: hlcString,
};

export const mutationOp = z.enum(['insert', 'patch', 'delete']);
export type MutationOp = z.infer<typeof mutationOp>;

/** One local write, as queued in the outbox and sent to the server. */
export const mutation = z.object({
  mutationId: id,
  /** Per-device sequence number; the server ignores any it has already seen. Exact in a JavaScript number and in a bigint column. */
  seq: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  kind: recordKind,
  recordId: id,
  op: mutationOp,
  /** The whole record for an insert, the changed fields for a patch, `{}` for a delete. */
  data: z.record(z.string(), z.unknown()),
  /** The server version the device based a patch or delete on; null for inserts. */
  baseVersion: z.number().int().nonnegative().nullable(),
  hlc: hlcString,
  actorMemberId: id.nullable(),
  /** The version of the kind's record format the device wrote `data` in (the registry's migrations). */
  schemaVersion: z.number().int().positive(),
});
export type Mutation = z.infer<typeof mutation>;

export const pushRequest = z.object({
  type: z.literal('push'),
  protocolVersion,
  mutations: z.array(mutation).min(1).max(MAX_PUSH_BATCH),
});
export type PushRequest = z.infer<typeof pushRequest>;

export const mutationStatus = z.enum(['applied', 'duplicate', 'conflict', 'rejected']);
export type MutationStatus = z.infer<typeof mutationStatus>;

export const serverRecord = z.object({
  kind: recordKind,
  id,
  version: z.number().int().nonnegative(),
  deleted: z.boolean(),
  data: z.record(z.string(), z.unknown()).nullable(),
  serverSeq: z.number().int().nonnegative(),
});
export type ServerRecord = z.infer<typeof serverRecord>;

const resultBase = { seq: z.number().int().positive(), mutationId: id };

/**
 * The server's answer for one mutation, one shape per outcome so that an
 * impossible combination (a conflict without the server's state, a refusal
 * without a reason) does not type-check.
 */
export const mutationResult = z.discriminatedUnion('status', [
  z.object({ ...resultBase, status: z.literal('applied') }),
  z.object({ ...resultBase, status: z.literal('duplicate') }),
  /** Some fields lost to newer changes: `current` is the merged state the device takes. */
  z.object({ ...resultBase, status: z.literal('conflict'), current: serverRecord }),
  /** Refused for good; `current` is the server's state to roll back to, when the device may see it. */
  /** `code` (errorCodes.ts CHANGE_REFUSALS) says why by a stable code, for the app's own sentence; read leniently, like errorBody's. */
  z.object({ ...resultBase, status: z.literal('rejected'), reason: z.string(), code: z.string().optional(), current: serverRecord.optional() }),
]);
export type MutationResult = z.infer<typeof mutationResult>;

export const pushResponse = z.object({
  type: z.literal('pushResult'),
  protocolVersion,
  results: z.array(mutationResult),
  /** Highest sequence number of this device the server has processed. */
  highWaterMark: z.number().int().nonnegative(),
  ...serverClockFields,
});
export type PushResponse = z.infer<typeof pushResponse>;

export const pullRequest = z.object({
  type: z.literal('pull'),
  protocolVersion,
  /** The last server sequence the device has; null for a device with nothing yet. */
  cursor: z.number().int().nonnegative().nullable(),
  limit: z.number().int().positive().max(MAX_PULL_PAGE).optional(),
  /** Set while the device is still fetching the pages of a reset: its cursor is inside that snapshot. */
  snapshot: z.boolean().optional(),
  /** The version of each kind's record format the device knows; a kind left out is taken as version 1. */
  recordVersions: z.partialRecord(recordKind, z.number().int().positive()).optional(),
  /** Changes still in the device's outbox after its push: the coordinator's fleet list shows a device that cannot get rid of them. */
  changesWaiting: z.number().int().nonnegative().max(10_000_000).optional(),
});
export type PullRequest = z.infer<typeof pullRequest>;

export const pullResponse = z.object({
  type: z.literal('pullResult'),
  protocolVersion,
  /** True when the device must drop what it pulled before and start from this snapshot. */
  reset: z.boolean(),
  changes: z.array(serverRecord),
  cursor: z.number().int().nonnegative(),
  hasMore: z.boolean(),
  ...serverClockFields,
});
export type PullResponse = z.infer<typeof pullResponse>;

/** Long poll: answers as soon as the team has changes after `cursor`, or after a while with `changed: false`. */
export const waitRequest = z.object({
  type: z.literal('wait'),
  protocolVersion,
  cursor: z.number().int().nonnegative().nullable(),
});
export type WaitRequest = z.infer<typeof waitRequest>;

export const waitResponse = z.object({
  type: z.literal('waitResult'),
  protocolVersion,
  changed: z.boolean(),
});
export type WaitResponse = z.infer<typeof waitResponse>;

export const deviceRole = z.enum(DEVICE_ROLES);
export type { DeviceRole } from './deviceRoles.ts';

export const enrolRequest = z.object({
  type: z.literal('enrol'),
  protocolVersion,
  code: z.string().trim().min(1).max(32),
  /** Shown in the coordinator's fleet list and stored in a text column: plain text only (plainText.ts). */
  deviceName: z.string().trim().max(80).refine((text) => isPlainText(text), { error: (issue) => notPlainTextMessage(issue.input) }).optional(),
  appVersion: z.string().max(40).refine((text) => isPlainText(text), { error: (issue) => notPlainTextMessage(issue.input) }).optional(),
});
export type EnrolRequest = z.infer<typeof enrolRequest>;

export const teamInfo = z.object({
  id,
  name: z.string(),
  siteName: z.string(),
  organisationName: z.string(),
});
export type TeamInfo = z.infer<typeof teamInfo>;

export const enrolResponse = z.object({
  type: z.literal('enrolled'),
  protocolVersion,
  deviceId: id,
  token: z.string().min(32),
  role: deviceRole,
  team: teamInfo,
});
export type EnrolResponse = z.infer<typeof enrolResponse>;

/**
 * Every 4xx/5xx body: the coarse category (`error`), the refusal's own code
 * (`code`, see errorCodes.ts) and a sentence in English for logs and
 * terminals. Apps show their own sentence, chosen by `code`. Read leniently:
 * a code this app does not know (a newer server) is still a refusal, shown
 * with a general sentence.
 */
export const errorBody = z.object({
  error: z.string(),
  code: z.string().optional(),
  message: z.string(),
});
export type ErrorBody = z.infer<typeof errorBody>;

/** What this server sends: always a known code, in its category. */
export interface RefusalBody {
  readonly error: ErrorCategory;
  readonly code: RefusalCode;
  readonly message: string;
}

/** The body for a refusal, its category taken from the one list. */
export function refusalBody(code: RefusalCode, message: string): RefusalBody {
  return { error: REFUSALS[code], code, message };
}

export { ERROR_CODES, REFUSALS, isRefusalCode, type ErrorCategory, type RefusalCode } from './errorCodes.ts';

/*
 * Coordinator administration: a person at a browser, online, sending the
 * coordinator key. Times are ISO 8601 strings in UTC.
 */

/** One enrolled device as the coordinator's fleet list shows it. */
export const adminDevice = z.object({
  id,
  teamId: id,
  teamName: z.string(),
  role: deviceRole,
  name: z.string().nullable(),
  appVersion: z.string().nullable(),
  enrolledAt: z.iso.datetime(),
  lastSeenAt: z.iso.datetime().nullable(),
  /** Set once when the coordinator switches the device off; the device's token stops working. */
  revokedAt: z.iso.datetime().nullable(),
  /** Highest mutation sequence number of this device the server has processed. */
  highWaterMark: z.number().int().nonnegative(),
  /** Changes the device still had to send when it last synced; null before it first said. */
  changesWaiting: z.number().int().nonnegative().nullable(),
});
export type AdminDevice = z.infer<typeof adminDevice>;

/** Every device, ordered by team, then by when it was enrolled. */
export const adminDevicesResponse = z.object({
  type: z.literal('devices'),
  devices: z.array(adminDevice),
});
export type AdminDevicesResponse = z.infer<typeof adminDevicesResponse>;

export const adminDeviceParams = z.object({ id });
export type AdminDeviceParams = z.infer<typeof adminDeviceParams>;

/** The answer to a revoke: the device as it now stands. */
export const adminDeviceResponse = z.object({
  type: z.literal('device'),
  device: adminDevice,
});
export type AdminDeviceResponse = z.infer<typeof adminDeviceResponse>;

export const createEnrolmentCodeRequest = z.object({
  teamId: id,
  role: deviceRole,
});
export type CreateEnrolmentCodeRequest = z.infer<typeof createEnrolmentCodeRequest>;

/** A fresh one-time code: the first device that enrols with it joins `team` in `role`. */
export const enrolmentCodeResponse = z.object({
  type: z.literal('enrolmentCode'),
  code: z.string(),
  role: deviceRole,
  team: teamInfo,
  /** When the code stops working if nobody used it (ISO 8601); optional, as older servers did not send it. */
  expiresAt: z.iso.datetime().optional(),
});
export type EnrolmentCodeResponse = z.infer<typeof enrolmentCodeResponse>;
