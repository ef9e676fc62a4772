/**
 * Pull: a team's changes after a device's cursor, as that device may see
 * them. Pushes (pushBatch.ts) hand out team sequence numbers under the team
 * row's lock, so rows of one team commit in cursor order and a page read
 * here never skips a row that commits later.
 */
import { toServerRecord } from '#domain/pushRules.ts';
import { kindsHiddenFrom } from '#domain/recordKinds.ts';
import type { ServerRecord } from '#shared/protocol.ts';
import type { Device } from '#server/storage/deviceStore.ts';
import type { RecordRow } from '#server/storage/rows.ts';
import type { SqlClient } from '#server/storage/SqlDatabase.ts';
import { fromRow } from '#server/storage/syncStore.ts';

/**
 * About how many bytes of records one pull page carries: pages stop adding rows at it (with
 * always at least one row), so a page stays a few megabytes of memory and a short answer
 * however large the records are; the tablet pulls the next one at once (hasMore).
 */
export const PULL_PAGE_BYTES = 1024 * 1024;
/** What a row costs on the wire beside its data: kind, id, version, serverSeq and the JSON between them. */
const ROW_WIRE_BYTES = 160;

/**
 * The team's sequence as a long poll compares it, and whether the device's cursor is past what this
 * server ever handed it (see pullChanges): then it must pull at once.
 */
export async function teamSequenceFor(db: SqlClient, device: Device, cursor: number | null): Promise<{ seq: number; cursorLost: boolean }> {
  const [row] = await db.query<{ seq: number; pull_cursor: number | string | null }>(
    'SELECT t.seq, d.pull_cursor FROM teams t JOIN devices d ON d.team_id = t.id WHERE d.id = $1',
    [device.id],
  );
  return { seq: row?.seq ?? 0, cursorLost: cursorLost(cursor, row?.pull_cursor ?? null) };
}

/** A cursor past the last one handed out names changes this database does not have (a restored backup). */
function cursorLost(cursor: number | null, handedOut: number | string | null): boolean {
  return cursor !== null && handedOut !== null && cursor > Number(handedOut);
}

export interface PullOutcome {
  readonly reset: boolean;
  readonly changes: ServerRecord[];
  readonly cursor: number;
  readonly hasMore: boolean;
}

/**
 * Changes after `cursor`, oldest first. The team sequence is read before the
 * rows: everything at or below it has committed (see the header), so the
 * cursor handed back never runs ahead of a row the device has not seen.
 */
export async function pullChanges(db: SqlClient, device: Device, cursor: number | null, limit: number, snapshot = false): Promise<PullOutcome> {
  const [team] = await db.query<{ seq: number; min_cursor: number; pull_cursor: number | string | null }>(
    'SELECT t.seq, t.min_cursor, d.pull_cursor FROM teams t JOIN devices d ON d.team_id = t.id WHERE d.id = $1',
    [device.id],
  );
  if (!team) throw new Error(`device ${device.id} belongs to missing team ${device.teamId}`);
  // Inside a paged snapshot the cursor may sit below the horizon; that is the snapshot going on, not a gap.
  // Past the team's sequence, or past what was ever handed out, the tablet holds changes this
  // database lost (a restore): only a fresh copy drops them from it.
  const reset = cursor === null || (!snapshot && cursor < team.min_cursor) || cursor > team.seq || cursorLost(cursor, team.pull_cursor);
  const from = reset ? 0 : cursor;
  const hidden = kindsHiddenFrom(device.role);
  // The database sums the rows' sizes in cursor order and sends only those that start within the
  // budget (and one row past the page, to tell whether there is more), so a page of large
  // records is never read whole into memory. jsonb's text is a little longer than the wire's.
  const rows = await db.query<RecordRow & { page_bytes: string | number | bigint }>(
    `SELECT * FROM (
       SELECT id, team_id, kind, data, field_hlc, version, deleted, server_seq,
              sum(bytes) OVER (ORDER BY server_seq) AS page_bytes, bytes
         FROM (
           -- field_hlc stays on the server: devices never need it, and it doubles the bytes read.
           SELECT id, team_id, kind, data, '{}'::jsonb AS field_hlc, version, deleted, server_seq,
                  $6::int + coalesce(octet_length(data::text), 0) AS bytes
             FROM records
            WHERE team_id = $1 AND server_seq > $2 AND server_seq <= $3
              AND NOT (kind = ANY($4::text[])) ${reset ? 'AND NOT deleted' : ''}
            ORDER BY server_seq LIMIT $5
         ) candidates
     ) sized
     WHERE page_bytes - bytes <= $7
     ORDER BY server_seq`,
    [device.teamId, from, team.seq, hidden, limit + 1, ROW_WIRE_BYTES, PULL_PAGE_BYTES],
  );
  if (!reset && !snapshot) {
    const [after] = await db.query<{ min_cursor: number }>('SELECT min_cursor FROM teams WHERE id = $1', [device.teamId]);
    // Tombstones were compacted while we read: what we read may lack a delete, so start over from a snapshot.
    if (after && cursor < after.min_cursor) return pullChanges(db, device, null, limit);
  }
  const page = rows.filter((row, i) => i < limit && (i === 0 || Number(row.page_bytes) <= PULL_PAGE_BYTES));
  const hasMore = rows.length > page.length;
  const last = page[page.length - 1];
  return {
    reset,
    changes: page.map((r) => toServerRecord(fromRow(r), r.server_seq)),
    cursor: hasMore && last ? last.server_seq : team.seq,
    hasMore,
  };
}
