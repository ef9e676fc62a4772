/**
 * The export for the chain analysis, versioned: the JSON holds this shape,
 * its JSON Schema is served at /api/coordinator/export/schema.json, and a
 * chain receiver accepts exactly this. Only export-grade figures (10
 * respondents and more for well-being) are in it.
 */
import { z } from 'zod';
import { publishedSnapshot } from './api.ts';

export const EXPORT_SCHEMA_VERSION = 1;
export const EXPORT_SCHEMA_ID = `https://schakel.be/schemas/snapshot-export/v${String(EXPORT_SCHEMA_VERSION)}.json`;

export const exportedSnapshot = publishedSnapshot;

export const snapshotExport = z.object({
  schema: z.literal(EXPORT_SCHEMA_ID),
  schemaVersion: z.literal(EXPORT_SCHEMA_VERSION),
  exportedAt: z.string(),
  periods: z.array(z.string()),
  minRespondents: z.number().int(),
  snapshots: z.array(exportedSnapshot),
});
export type SnapshotExport = z.infer<typeof snapshotExport>;

/** What a coordinator server sends to the chain analysis server: its organisation's export-grade team snapshots. */
export const chainPushRequest = z.object({
  type: z.literal('chainSnapshots'),
  schemaVersion: z.literal(EXPORT_SCHEMA_VERSION),
  snapshots: z
    .array(
      exportedSnapshot.refine((s) => s.scope !== 'chain' && s.organisationId !== null && s.organisationName !== null, {
        error: 'a member sends teams, sites and its organisation, each with its organisation',
      }),
    )
    .min(1)
    .max(500)
    .refine((list) => new Set(list.map((s) => `${s.scope}|${s.id}|${s.period}`)).size === list.length, { error: 'each team, site or organisation is sent once per period' }),
});
export type ChainPushRequest = z.infer<typeof chainPushRequest>;

export const chainPushResponse = z.object({
  type: z.literal('chainReceived'),
  stored: z.number().int().nonnegative(),
  unchanged: z.number().int().nonnegative(),
});
