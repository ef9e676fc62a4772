/**
 * Several records for one natural key (two coaches offline each made the
 * cell before ids were derived from the key) become one: each field takes
 * the value written last by HLC, as a patch would have merged it. The
 * merged record lives at the natural id; the others become tombstones.
 */
import type { StoredRecord } from './applyMutation.ts';

export function mergeDuplicates(records: readonly StoredRecord[], id: string): StoredRecord {
  const live = records.filter((r) => !r.deleted && r.data !== null);
  const first = live[0] ?? records[0];
  if (!first) throw new Error('nothing to merge');
  const version = Math.max(...records.map((r) => r.version)) + 1;
  if (live.length === 0) return { ...first, id, data: null, deleted: true, version };
  const data: Record<string, unknown> = {};
  const fieldHlc: Record<string, string> = {};
  for (const record of live) {
    for (const [field, value] of Object.entries(record.data ?? {})) {
      const hlc = record.fieldHlc[field] ?? '';
      const best = fieldHlc[field];
      if (best === undefined || hlc > best) {
        data[field] = value;
        fieldHlc[field] = hlc;
      }
    }
  }
  return { ...first, id, data: { ...data, id }, fieldHlc, deleted: false, version };
}
