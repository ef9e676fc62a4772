/**
 * A coordinator database from before the week rota (migrations up to 0006)
 * upgrades to the current one keeping every record: skill cells move to
 * format 2 unchanged, rota slots to format 3 as the coach's pins with their
 * week, every other kind as it was, tombstones stay tombstones, team
 * sequences and the sync log are kept (a refusal from before has no code).
 */
import { expect, it } from 'vitest';
import { uuidv7 } from 'uuidv7';
import { formatHlc } from '#shared/hlc.ts';
import { naturalId } from '#shared/records/naturalId.ts';
import { MIGRATIONS, migrate } from '#server/storage/migrate.ts';
import { openTestDatabase } from '#tests/helpers/testDatabase.ts';
import { describeEachEngine } from '#tests/helpers/serverFixture.ts';

interface Row {
  id: string;
  kind: string;
  data: Record<string, unknown> | null;
  field_hlc: Record<string, string>;
  version: number;
  deleted: boolean;
  server_seq: number;
}

describeEachEngine('upgrading a database from before the week rota', (engine) => {
  it('keeps every record, bringing skills to format 2 and rota slots to format 3 with their week, placer and pin', async () => {
    const { db, dispose } = await openTestDatabase(engine, { migrated: false });
    try {
      await migrate(db, MIGRATIONS.filter((m) => m.version <= 6));
      const [org, site, team, device, ann, bart, packing] = [uuidv7(), uuidv7(), uuidv7(), uuidv7(), uuidv7(), uuidv7(), uuidv7()];
      await db.query('INSERT INTO organisations (id, name) VALUES ($1, $2)', [org, 'Org']);
      await db.query('INSERT INTO sites (id, organisation_id, name) VALUES ($1, $2, $3)', [site, org, 'Site']);
      await db.query('INSERT INTO teams (id, site_id, name, seq) VALUES ($1, $2, $3, 20)', [team, site, 'Team']);
      await db.query("INSERT INTO devices (id, team_id, role, token_hash) VALUES ($1, $2, 'kiosk', 'hash')", [device, team]);
      const h = (ms: number) => formatHlc({ wallMs: ms, counter: 0, node: 'x' });
      const stamped = (data: object, ms: number) => Object.fromEntries(Object.keys(data).map((field) => [field, h(ms)]));

      const slotKey = (memberId: string, day: string, shift: string) => ({ teamId: team, memberId, day, shift });
      const skillKey = { teamId: team, memberId: ann, stationId: packing };
      const before: Row[] = [];
      const put = (kind: string, data: Record<string, unknown> & { id: string }, fieldHlc: Record<string, string>, seq: number, version = 1) => {
        before.push({ id: data.id, kind, data, field_hlc: fieldHlc, version, deleted: false, server_seq: seq });
      };
      put('member', { id: ann, teamId: team, name: 'Ann', avatar: 'dog', language: 'nl-BE' }, stamped({ id: 0, teamId: 0, name: 0, avatar: 0, language: 0 }, 10), 1);
      put('member', { id: bart, teamId: team, name: 'Bart', avatar: 'cat', language: 'fr-BE' }, stamped({ id: 0, teamId: 0, name: 0, avatar: 0, language: 0 }, 11), 2);
      put('station', { id: packing, teamId: team, name: 'Inpakken', picto: 'package', load: 'light' }, stamped({ id: 0, teamId: 0, name: 0, picto: 0, load: 0 }, 12), 3);
      const skill = { id: naturalId('skill', skillKey)!, ...skillKey, level: 'U' };
      put('skill', skill, { ...stamped(skill, 13), level: h(50) }, 4, 3);
      const morning = { id: naturalId('rotaSlot', slotKey(ann, '2026-11-25', 'am'))!, ...slotKey(ann, '2026-11-25', 'am'), stationId: packing };
      put('rotaSlot', morning, { ...stamped(morning, 14), stationId: h(60) }, 5, 2);
      // A Sunday belongs to the ISO week it ends; the first days of January to last year's week 53.
      const sunday = { id: naturalId('rotaSlot', slotKey(bart, '2026-11-29', 'pm'))!, ...slotKey(bart, '2026-11-29', 'pm'), stationId: packing };
      put('rotaSlot', sunday, stamped(sunday, 15), 6);
      const newYear = { id: naturalId('rotaSlot', slotKey(bart, '2027-01-01', 'am'))!, ...slotKey(bart, '2027-01-01', 'am'), stationId: packing };
      put('rotaSlot', newYear, stamped(newYear, 16), 7);
      const settings = { id: naturalId('teamSettings', { teamId: team })!, teamId: team, defaultStationId: packing };
      put('teamSettings', settings, stamped(settings, 17), 8);
      const gone = naturalId('rotaSlot', slotKey(ann, '2026-11-26', 'am'))!;
      before.push({ id: gone, kind: 'rotaSlot', data: null, field_hlc: {}, version: 2, deleted: true, server_seq: 9 });
      for (const r of before) {
        await db.query('INSERT INTO records (id, team_id, kind, data, field_hlc, version, deleted, server_seq) VALUES ($1, $2, $3, $4::jsonb, $5::jsonb, $6, $7, $8)', [r.id, team, r.kind, r.data === null ? null : JSON.stringify(r.data), JSON.stringify(r.field_hlc), r.version, r.deleted, r.server_seq]);
      }
      await db.query("INSERT INTO sync_log (device_id, seq, mutation_id, record_id, status, reason) VALUES ($1, 3, $2, $3, 'rejected', 'a member places only themself on the rota')", [device, uuidv7(), morning.id]);

      expect(await migrate(db)).toEqual(MIGRATIONS.filter((m) => m.version > 6).map((m) => m.version));

      const rows = await db.query<Row>('SELECT id, kind, data, field_hlc, version, deleted, server_seq FROM records ORDER BY server_seq');
      expect(rows.map((r) => r.id)).toEqual(before.map((r) => r.id));
      const byId = new Map(rows.map((r) => [r.id, r]));
      // Kinds whose format did not change, the skill cell (format 2 takes a format-1 cell as it is) and the tombstone: as they were.
      for (const r of before.filter((x) => x.kind !== 'rotaSlot' || x.deleted)) expect(byId.get(r.id), r.kind).toEqual(r);
      // Rota slots: the coach's pins, with their week; each new field takes the slot's newest HLC.
      const slot = (r: (typeof before)[number]) => byId.get(r.id);
      const upgraded = { placedBy: 'coach', pinned: true };
      expect(slot(before[4]!)).toEqual({ ...before[4], data: { ...morning, shift: 'am', ...upgraded, week: '2026-W48' }, field_hlc: { ...before[4]!.field_hlc, placedBy: h(60), pinned: h(60), week: h(60) } });
      expect(slot(before[5]!)?.data).toEqual({ ...sunday, ...upgraded, week: '2026-W48' });
      expect(slot(before[6]!)?.data).toEqual({ ...newYear, ...upgraded, week: '2026-W53' });
      expect(slot(before[6]!)?.server_seq).toBe(7);
      const [teamRow] = await db.query<{ seq: number }>('SELECT seq FROM teams WHERE id = $1', [team]);
      expect(teamRow?.seq).toBe(20);

      const log = await db.query<{ reason: string; code: string | null }>('SELECT reason, code FROM sync_log');
      expect(log).toEqual([{ reason: 'a member places only themself on the rota', code: null }]);
    } finally {
      await dispose();
    }
  });
});
