/**
 * Every record Schakel keeps. The kinds are declared once, in the registry
 * (./records/registry.ts and ./records/kinds/); this module gathers their
 * schemas and types for the code that validates. A record belongs to exactly
 * one team; `kind` names it.
 *
 * Code on the tablet's first screen imports values from ./records/registry.ts
 * directly: importing a value from here loads zod.
 */
import type { z } from 'zod';
import type { RecordByKind } from './records/registry.ts';
import type { cardStep, helpReason, iluoLevel, language, pinHash, stepKind, wellbeingScale } from './records/schemas.ts';

export * from './records/schemas.ts';
export { RECORD_KINDS, recordKindDefinition, recordVersions, type RecordByKind, type RecordKind, type RecordTableName } from './records/registry.ts';
export { STATION_LOADS } from './records/kinds/station.ts';
export { SHIFTS, isoWeekOf } from './records/kinds/rotaSlot.ts';
export * from './records/kinds/rotaFields.ts';

export type Language = z.infer<typeof language>;
export type IluoLevel = z.infer<typeof iluoLevel>;
export type PinHash = z.infer<typeof pinHash>;
export type WellbeingScale = z.infer<typeof wellbeingScale>;
export type StepKind = z.infer<typeof stepKind>;
export type CardStep = z.infer<typeof cardStep>;
export type HelpReason = z.infer<typeof helpReason>;

export type Member = RecordByKind['member'];
export type Station = RecordByKind['station'];
export type StationLoad = Station['load'];
export type Card = RecordByKind['card'];
export type Order = RecordByKind['order'];
export type Task = RecordByKind['task'];
export type TaskCompletion = RecordByKind['taskCompletion'];
export type Checkin = RecordByKind['checkin'];
export type HelpCall = RecordByKind['helpCall'];
export type HelpAck = RecordByKind['helpAck'];
export type RejectReason = RecordByKind['rejectReason'];
export type Skill = RecordByKind['skill'];
export type RotaSlot = RecordByKind['rotaSlot'];
export type Shift = RotaSlot['shift'];
export type TeamSettings = RecordByKind['teamSettings'];
export type Availability = RecordByKind['availability'];
export type RotaWeek = RecordByKind['rotaWeek'];
export type SkillChange = RecordByKind['skillChange'];
export type RotaConflict = RecordByKind['rotaConflict'];
export type IluoCell = Skill['level'];
