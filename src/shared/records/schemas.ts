/**
 * The zod schema of every record kind, built from the registry. Loading this
 * module loads zod: the tablet's first screen reads the registry's facts
 * instead, and validates only where data crosses a trust boundary.
 */
import { z } from 'zod';
import { cardStepSchema, STEP_KINDS } from './kinds/card.ts';
import { CHECKIN_MOMENTS } from './kinds/checkin.ts';
import { HELP_REASONS } from './kinds/helpCall.ts';
import { recordFields } from './recordFields.ts';
import { RECORD_KINDS, recordKindDefinition, type RecordKind, type RecordSchemaOf } from './registry.ts';

const fields = recordFields(z);

export const recordSchemas = Object.fromEntries(RECORD_KINDS.map((kind) => [kind, recordKindDefinition(kind).schema(fields)])) as {
  readonly [K in RecordKind]: RecordSchemaOf<K>;
};

export const recordKind = z.enum(RECORD_KINDS as [RecordKind, ...RecordKind[]]);

export const language = fields.language;
export const iluoLevel = fields.iluoLevel;
export const pinHash = fields.pinHash;
export const wellbeingScale = fields.wellbeingScale;
export const stepKind = z.enum(STEP_KINDS);
export const checkinMoment = z.enum(CHECKIN_MOMENTS);
export const helpReason = z.enum(HELP_REASONS);
export const cardStep = cardStepSchema(fields);
/** One line a person typed, trimmed, 1 to `max` characters, in plain text (plainText.ts): for requests that store a name. */
export const shortText = fields.shortText;

export const { member, station, card, order, task, taskCompletion, checkin, helpCall, helpAck, rejectReason, skill, rotaSlot, teamSettings, availability, rotaWeek, skillChange, rotaConflict } = recordSchemas;
