/**
 * The export for the chain analysis: a period's snapshots published at the
 * export threshold (10 respondents), as JSON in the versioned format of
 * #shared/snapshots/exportFormat.ts, or as CSV with one row per snapshot and
 * a value and a reason column per field (written by papaparse).
 */
import Papa from 'papaparse';
import type { PublishedSnapshot } from '#shared/snapshots/api.ts';
import { EXPORT_SCHEMA_ID, EXPORT_SCHEMA_VERSION, snapshotExport, type SnapshotExport } from '#shared/snapshots/exportFormat.ts';
import { MIN_EXPORT_RESPONDENTS, SNAPSHOT_FIELDS } from '#shared/snapshots/fields.ts';
import type { SqlClient } from '#server/storage/SqlDatabase.ts';
import { publishedPeriod } from './snapshotReads.ts';
import { z } from 'zod';

export async function exportPeriod(db: SqlClient, period: string, now: Date): Promise<SnapshotExport> {
  const published = await publishedPeriod(db, period, MIN_EXPORT_RESPONDENTS);
  return {
    schema: EXPORT_SCHEMA_ID,
    schemaVersion: EXPORT_SCHEMA_VERSION,
    exportedAt: now.toISOString(),
    periods: [period],
    minRespondents: MIN_EXPORT_RESPONDENTS,
    snapshots: [...published.teams, ...published.sites, ...published.organisations, ...published.chains],
  };
}

const CSV_HEAD = ['scope', 'id', 'name', 'organisationId', 'organisationName', 'siteId', 'siteName', 'period', 'version'] as const;

export function exportCsv(data: SnapshotExport): string {
  const header = [...CSV_HEAD, ...SNAPSHOT_FIELDS.flatMap((f) => [f, `${f}Reason`])];
  const rows = data.snapshots.map((s: PublishedSnapshot) => [
    ...CSV_HEAD.map((key) => s[key] ?? ''),
    ...SNAPSHOT_FIELDS.flatMap((f) => [s.fields[f].value ?? '', s.fields[f].reason ?? '']),
  ]);
  return Papa.unparse({ fields: header, data: rows }, { newline: '\r\n' });
}

/** The JSON Schema of the export, from the same zod schema the receiver parses with. */
export function exportJsonSchema(): Record<string, unknown> {
  return { ...z.toJSONSchema(snapshotExport), $id: EXPORT_SCHEMA_ID, title: `Schakel job-quality snapshot export, version ${String(EXPORT_SCHEMA_VERSION)}` };
}
