/**
 * The tablet's database. Owns every IndexedDB table and every schema
 * version; guarantees that a local record and its outbox entry are written
 * together (see localWrite.ts), so an accepted tap survives a reload, a
 * crash or days without a network.
 */
import { Dexie, type EntityTable, type Table } from 'dexie';
import type { DeviceRole, MutationOp, TeamInfo } from '#shared/protocol.ts';
import type { Card, PinHash, WellbeingScale } from '#shared/records.ts';
import { RECORD_KINDS, recordTableName, type RecordByKind, type RecordKind, type RecordKindDefinitionOf, type RecordTableName } from '#shared/records/registry.ts';

export interface DeviceRow {
  readonly key: 'self';
  readonly deviceId: string;
  readonly token: string;
  readonly role: DeviceRole;
  readonly team: TeamInfo;
  readonly enrolledAt: string;
}

/** Per-device counters: the next outbox sequence number and the HLC. */
export interface ClockRow {
  readonly key: 'self';
  readonly nextSeq: number;
  readonly hlc: string;
  /** Server time minus this tablet's clock, measured at the last sync; 0 until then. */
  readonly offsetMs?: number;
}

export interface SyncStateRow {
  readonly key: 'self';
  /** Last server sequence pulled; null before the first pull. */
  readonly cursor: number | null;
  readonly lastSyncAt: string | null;
  /** True between the first and the last page of a reset snapshot. */
  readonly snapshotting?: boolean;
}

/** A local write waiting for the server. Removed only once the server has answered for it. */
export interface OutboxEntry {
  readonly seq: number;
  readonly mutationId: string;
  readonly kind: RecordKind;
  readonly recordId: string;
  readonly op: MutationOp;
  readonly data: Readonly<Record<string, unknown>>;
  readonly baseVersion: number | null;
  readonly hlc: string;
  readonly actorMemberId: string | null;
  readonly schemaVersion: number;
  readonly createdAt: string;
}

/** The server's version of each record this device has, for patches' base versions. */
export interface VersionRow {
  readonly id: string;
  readonly kind: RecordKind;
  readonly version: number;
}

/** A change the server refused for good: kept so nothing disappears unexplained. */
export interface RejectionRow {
  readonly mutationId: string;
  readonly kind: RecordKind;
  readonly recordId: string;
  readonly reason: string;
  /** The refusal's stable code from the server (errorCodes.ts CHANGE_REFUSALS), for the screen's own sentence. */
  readonly code?: string;
  readonly data: Readonly<Record<string, unknown>>;
  readonly at: string;
}

/** Whether the start-of-day question was answered or skipped, per member and day, on this device. */
export interface CheckinPromptRow {
  readonly memberId: string;
  readonly day: string;
  readonly outcome: 'answered' | 'skipped';
}

/**
 * A photo or voice clip, by the SHA-256 of its bytes. `local` ones were made
 * here and must reach the server before any record that names them;
 * `uploaded` ones have; `remote` ones were fetched for display.
 */
export interface BlobRow {
  readonly sha256: string;
  readonly mime: string;
  readonly bytes: Uint8Array<ArrayBuffer>;
  /** `failed`: the server refused it for good (damaged, wrong size); records naming it go without it. */
  readonly state: 'local' | 'uploaded' | 'remote' | 'failed';
  readonly createdAt: string;
  /** Set on a `local` blob the server had no room for when its record went: every sync tries it again (not indexed, so no new version). */
  readonly waitingForRoom?: true;
}

/**
 * A member's own well-being answer, kept on this tablet only (never synced)
 * so they can look back at their faces. Kiosks drop synced check-ins; this
 * copy holds only the faces, and is pruned after FACE_HISTORY_DAYS.
 */
export interface FaceHistoryRow {
  readonly id: string;
  readonly memberId: string;
  readonly day: string;
  readonly moment: 'start' | 'end';
  readonly score: number;
  readonly scale: WellbeingScale;
  readonly answeredAt: string;
}

/** What this tablet shows when nobody is signed in: the photo grid, or the day board (a wall screen). */
export type DisplayMode = 'members' | 'board';

/** Settings of this tablet alone, such as the coach-mode PIN or the day board. Never synced. */
export type LocalSettingRow = { readonly key: 'coachPin'; readonly pin: PinHash } | { readonly key: 'display'; readonly mode: DisplayMode };

/** Where a member is in an open task: the step, the phase, and what they counted and answered. */
export interface OpenTaskProgress {
  readonly stepIndex: number;
  readonly phase: 'steps' | 'counts';
  readonly counted: Readonly<Record<string, number>>;
  readonly answers: Readonly<Record<string, 'yes' | 'no'>>;
}

/**
 * A member's open task on this tablet (never synced): the card as it was when the task opened,
 * the progress and the undo stack, so signing out (by hand or idle) or a reload loses nothing.
 */
export interface OpenTaskRow {
  readonly memberId: string;
  readonly taskId: string;
  readonly card: Card;
  readonly progress: OpenTaskProgress;
  readonly undoStack: readonly OpenTaskProgress[];
}

/** Every record kind's table, from the registry. */
export const RECORD_TABLES = Object.fromEntries(RECORD_KINDS.map((kind) => [kind, recordTableName(kind)])) as { readonly [K in RecordKind]: RecordKindDefinitionOf<K>['table'] };

export type { RecordTableName };

/** The typed table of every record kind, named as the registry names it (members, skills…). */
export type RecordTables = { [K in RecordKind as RecordKindDefinitionOf<K>['table']]: EntityTable<RecordByKind[K], 'id'> };

// The record tables' properties come from the registry (RecordTables) rather than a second
// hand-kept list; Dexie sets them on the instance from the stores declared below.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type
export interface SchakelDb extends RecordTables {}

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class SchakelDb extends Dexie {
  device!: Table<DeviceRow, 'self'>;
  clock!: Table<ClockRow, 'self'>;
  syncState!: Table<SyncStateRow, 'self'>;
  faceHistory!: EntityTable<FaceHistoryRow, 'id'>;
  localSettings!: Table<LocalSettingRow, LocalSettingRow['key']>;
  versions!: EntityTable<VersionRow, 'id'>;
  outbox!: EntityTable<OutboxEntry, 'seq'>;
  rejections!: EntityTable<RejectionRow, 'mutationId'>;
  checkinPrompts!: Table<CheckinPromptRow, [string, string]>;
  blobs!: EntityTable<BlobRow, 'sha256'>;
  openTasks!: EntityTable<OpenTaskRow, 'memberId'>;

  constructor(name = 'schakel') {
    super(name);
    // Version 1: the walking skeleton's tables. Keep every version below this
    // one with its upgrade(); a tablet may skip several releases offline.
    this.version(1).stores({
      device: 'key',
      clock: 'key',
      syncState: 'key',
      members: 'id, teamId',
      stations: 'id',
      cards: 'id, stationId',
      orders: 'id',
      tasks: 'id, [memberId+day], day',
      taskCompletions: 'id, taskId, memberId',
      checkins: 'id, [memberId+day]',
      versions: 'id, kind',
      outbox: 'seq, recordId',
      rejections: 'mutationId',
      checkinPrompts: '[memberId+day]',
    });
    // Version 2: content-addressed blobs (photos, voice clips) waiting for upload or cached
    // for display; the clock row gains the offset to server time, which starts at 0.
    this.version(2)
      .stores({ blobs: 'sha256, state' })
      .upgrade(async (tx) => {
        await tx
          .table<ClockRow, 'self'>('clock')
          .toCollection()
          .modify((row: { offsetMs?: number }) => {
            row.offsetMs ??= 0;
          });
      });
    // Version 3: help calls from members and the coach's acknowledgements, both insert-only.
    // New tables only; nothing to move.
    this.version(3).stores({ helpCalls: 'id, memberId, calledAt', helpAcks: 'id, callId' });
    // Version 4: reject reasons, skills matrix, rota and team settings from the server; the
    // member's own faces and this tablet's settings locally.
    // The cursor starts over: records pulled by an older app lost the fields it did not know
    // (a member's PIN, a step's timer), so the team is pulled again in full.
    this.version(4)
      .stores({
        rejectReasons: 'id',
        skills: 'id, [memberId+stationId]',
        rotaSlots: 'id, [memberId+day]',
        teamSettings: 'id',
        faceHistory: 'id, [memberId+answeredAt], answeredAt',
        localSettings: 'key',
      })
      .upgrade(async (tx) => {
        await tx
          .table<SyncStateRow, 'self'>('syncState')
          .toCollection()
          .modify((row: { cursor: number | null }) => {
            row.cursor = null;
          });
      });
    // Version 5: the record registry. Stations say their load in three steps instead of
    // heavy-or-not, rota slots are per half-day, and skills, rota slots and team settings take
    // the id of their natural key, so two offline edits of one cell merge; duplicates made
    // before are merged here and the team is pulled again to get the server's merge.
    this.version(5)
      .stores({})
      .upgrade(async (tx) => {
        // Loaded only by a tablet that upgrades (the service worker has it precached, so this
        // works offline); Dexie.waitFor keeps the upgrade transaction open while it loads.
        const { upgradeToNaturalIdsAndFormats } = await Dexie.waitFor(import('./upgrades/naturalIdsAndFormats.ts'));
        await upgradeToNaturalIdsAndFormats(tx);
      });
    // Version 6: each member's open task on this tablet (local only, never synced), so a sign-out
    // or a reload mid-task resumes at the same step with the same counts. Help calls gained
    // optional step fields and the reason `checkFailed` (helpCall format 2): a format-1 call is a
    // valid format-2 call, so the calls and waiting changes held here need no rewrite.
    this.version(6).stores({ openTasks: 'memberId' });
    // Version 7: cards in several languages (card format 2). Every card names its first language
    // (Dutch for all cards so far) and may carry translations; cards held here and card changes
    // waiting in the outbox move to format 2. No new table, no new pull: the server moved its
    // copies the same way (server migration 0006).
    this.version(7)
      .stores({})
      .upgrade(async (tx) => {
        // Loaded only by a tablet that upgrades, like version 5's module (precached, so offline too).
        const { upgradeRecordFormats } = await Dexie.waitFor(import('./upgrades/recordFormats.ts'));
        await upgradeRecordFormats(tx, { card: { from: 1, to: 2 } });
      });
    // Version 8: the week rota (ROTA.md). Availability per half-day, the plan's state per week and
    // the skills matrix's history get tables; rota slots are read by week. Skill cells may have no
    // level (format 2) and rota slots say who placed them and may be the pool (format 3): the rows
    // and waiting changes held here move up through the registry's steps, as the server's did
    // (migration 0007). Nothing is pulled again.
    this.version(8)
      .stores({ availability: 'id, [memberId+day], day', rotaWeeks: 'id', skillChanges: 'id, [memberId+stationId], changedAt', rotaSlots: 'id, [memberId+day], week' })
      .upgrade(async (tx) => {
        const { upgradeRecordFormats } = await Dexie.waitFor(import('./upgrades/recordFormats.ts'));
        await upgradeRecordFormats(tx, { skill: { from: 1, to: 2 }, rotaSlot: { from: 2, to: 3 } });
      });
    // Version 9: the coach's notes of a member's place and a coach's that clashed on one rota slot
    // (rotaConflict, written by the server). A new table only; nothing to move.
    this.version(9).stores({ rotaConflicts: 'id, week' });
    // Version 10: orders become tasks. Tasks are read by order (the day board, re-planning an
    // order) and completions by time (today's pace, the coach's team view). Indexes only; orders,
    // tasks and cards gained optional fields, which need no rewrite.
    this.version(10).stores({ tasks: 'id, [memberId+day], day, orderId', taskCompletions: 'id, taskId, memberId, completedAt' });
  }

  recordTable<K extends RecordKind>(kind: K): Table<RecordByKind[K], string> {
    return this.table(RECORD_TABLES[kind]);
  }
}

/** Every table that holds records pulled from the server, for transactions that touch them all. */
export function recordTableNames(): RecordTableName[] {
  return Object.values(RECORD_TABLES);
}
