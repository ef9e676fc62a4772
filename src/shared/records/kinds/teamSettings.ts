import { TEAM_SET_UP, defineRecordKind } from '#shared/records/defineRecordKind.ts';
import { ROTA_WEIGHT_NAMES } from './rotaFields.ts';

/** What a column of a customer's call-off can hold, for the order import's column mapping. */
export const ORDER_IMPORT_FIELDS = ['reference', 'product', 'quantity', 'dueDate', 'dueTime', 'priority'] as const;

/** Team-wide settings: one record per team. */
export const teamSettingsKind = defineRecordKind({
  kind: 'teamSettings',
  ...TEAM_SET_UP,
  table: 'teamSettings',
  indexes: [],
  naturalKey: ['teamId'],
  // 200 customers' call-off columns: about 180 kB of plain letters.
  maxBytes: 256 * 1024,
  references: { defaultStationId: ['station'] },
  migrations: [],
  serverFields: ['chainFiguresSince'],
  schema: (f) =>
    f.zod.object({
      id: f.id,
      teamId: f.teamId,
      /** Where members work when the rota says nothing. */
      defaultStationId: f.id.nullable(),
      /**
       * The first day of the first week whose job-quality figures the coordinator's server
       * published for this team (SNAPSHOTS.md); absent until there are any. Only the server sets
       * it (serverFields): the member's privacy screen names the chain's view from it, so no
       * tablet can claim one that does not exist. Optional, so no format step: an older app drops it.
       */
      chainFiguresSince: f.day.optional(),
      /** The rota optimiser's weights (ROTA.md); a missing one takes its default. Optional, no format step. */
      rotaWeights: f.zod.partialRecord(f.zod.enum(ROTA_WEIGHT_NAMES as [string, ...string[]]), f.zod.number().min(0).max(10_000)).optional(),
      /**
       * How each customer's call-off files are read, kept from the first import: per customer, the
       * column header that holds each order field, as the file has it (a header may run over two
       * lines in a spreadsheet, so line breaks pass). Optional, no format step.
       */
      orderImports: f.zod
        .record(f.shortText(80), f.zod.object({ columns: f.zod.partialRecord(f.zod.enum(ORDER_IMPORT_FIELDS), f.multiLineText(120)) }))
        .refine((mappings) => Object.keys(mappings).length <= 200, { error: 'at most 200 customers' })
        .optional(),
    }),
});
