/**
 * Record formats and natural ids across versions, through the real API: an
 * old app's changes in an older record format are migrated up and lose
 * nothing; each device is served the formats it knows or told to update;
 * duplicates of one cell stored before ids meant something merge on
 * upgrade, keeping the latest value by HLC.
 */
import { expect, it } from 'vitest';
import { uuidv7 } from 'uuidv7';
import { formatHlc } from '#shared/hlc.ts';
import { PROTOCOL_VERSION, type Mutation, type PullResponse, type PushResponse } from '#shared/protocol.ts';
import { naturalId } from '#shared/records/naturalId.ts';
import { recordVersions } from '#shared/records/registry.ts';
import { MIGRATIONS, migrate } from '#server/storage/migrate.ts';
import { openTestDatabase } from '#tests/helpers/testDatabase.ts';
import { describeEachEngine, useTestServer } from '#tests/helpers/serverFixture.ts';
import { TEST_NOW, type TestServer } from '#tests/helpers/testServer.ts';

describeEachEngine('record migrations', (engine) => {
  const server = useTestServer(engine);

  const post = async (s: TestServer, url: string, token: string, payload: object) => {
    const res = await s.app.inject({ method: 'POST', url, payload, headers: { authorization: `Bearer ${token}` } });
    return { status: res.statusCode, body: res.json<unknown>() };
  };
  const hlc = (n: number) => formatHlc({ wallMs: TEST_NOW.getTime() + n, counter: 0, node: 'oldapp' });
  const record = async (s: TestServer, id: string) => (await s.db.query<{ data: Record<string, unknown> | null; deleted: boolean }>('SELECT data, deleted FROM records WHERE id = $1', [id]))[0];

  it('takes an old app’s changes in format 1 — a renamed field, a missing field, random ids — and loses nothing', async () => {
    const coach = await server.enrol('Team Verpakking', 'coach');
    const team = coach.team.id;
    const [ann] = await server.db.query<{ id: string }>("SELECT id FROM records WHERE team_id = $1 AND kind = 'member' ORDER BY data->>'name' LIMIT 1", [team]);
    const [anyStation] = await server.db.query<{ id: string }>("SELECT id FROM records WHERE team_id = $1 AND kind = 'station' LIMIT 1", [team]);
    const stationId = uuidv7();
    const slotId = uuidv7();
    const skillId = uuidv7();
    const base = { baseVersion: null, actorMemberId: null, schemaVersion: 1 } as const;
    const mutations: Mutation[] = [
      { ...base, seq: 1, mutationId: uuidv7(), hlc: hlc(1), kind: 'station', recordId: stationId, op: 'insert', data: { id: stationId, teamId: team, name: 'Zagen', picto: 'saw', heavy: true } },
      { ...base, seq: 2, mutationId: uuidv7(), hlc: hlc(2), kind: 'station', recordId: stationId, op: 'patch', data: { heavy: false }, baseVersion: 1 },
      { ...base, seq: 3, mutationId: uuidv7(), hlc: hlc(3), kind: 'rotaSlot', recordId: slotId, op: 'insert', data: { id: slotId, teamId: team, memberId: ann!.id, stationId, day: '2026-11-25' } },
      { ...base, seq: 4, mutationId: uuidv7(), hlc: hlc(4), kind: 'rotaSlot', recordId: slotId, op: 'patch', data: { stationId: anyStation!.id }, baseVersion: 1 },
      { ...base, seq: 5, mutationId: uuidv7(), hlc: hlc(5), kind: 'skill', recordId: skillId, op: 'insert', data: { id: skillId, teamId: team, memberId: ann!.id, stationId: anyStation!.id, level: 'O' } },
    ];
    // A version-2 app may still empty its outbox.
    const pushed = await post(server, '/api/sync/push', coach.token, { type: 'push', protocolVersion: 2, mutations });
    expect(pushed.status).toBe(200);
    expect((pushed.body as PushResponse).results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied', 'applied', 'applied']);

    expect(await record(server, stationId)).toEqual({ deleted: false, data: { id: stationId, teamId: team, name: 'Zagen', picto: 'saw', load: 'light' } });
    const slot = naturalId('rotaSlot', { teamId: team, memberId: ann!.id, day: '2026-11-25', shift: 'am' })!;
    expect(await record(server, slotId)).toBeUndefined();
    // The patch aimed at the app's own id landed on the slot's natural id.
    expect(await record(server, slot)).toEqual({ deleted: false, data: { id: slot, teamId: team, memberId: ann!.id, stationId: anyStation!.id, day: '2026-11-25', shift: 'am', week: '2026-W48', placedBy: 'coach', pinned: true } });
    // The seed already had that cell: the old app's insert merged into it instead of making a second one.
    const cells = await server.db.query<{ id: string; data: { level: string } }>("SELECT id, data FROM records WHERE kind = 'skill' AND data->>'memberId' = $1 AND data->>'stationId' = $2", [ann!.id, anyStation!.id]);
    expect(cells.map((c) => [c.id, c.data.level])).toEqual([[naturalId('skill', { teamId: team, memberId: ann!.id, stationId: anyStation!.id }), 'O']]);
  });

  it('serves each device the formats it knows, and tells one that cannot be served to update', async () => {
    const kiosk = await server.enrol('Team Verpakking', 'kiosk');
    const pull = (recordVersionsKnown?: object) =>
      post(server, '/api/sync/pull', kiosk.token, { type: 'pull', protocolVersion: PROTOCOL_VERSION, cursor: null, ...(recordVersionsKnown ? { recordVersions: recordVersionsKnown } : {}) });

    const current = await pull(recordVersions());
    expect(current.status).toBe(200);
    const stations = (current.body as PullResponse).changes.filter((c) => c.kind === 'station');
    expect(stations.length).toBeGreaterThan(0);
    expect(stations.every((s) => typeof s.data?.['load'] === 'string' && !('heavy' in s.data))).toBe(true);

    const older = await pull({ ...recordVersions(), station: 1 });
    expect(older.status).toBe(200);
    const oldStations = (older.body as PullResponse).changes.filter((c) => c.kind === 'station');
    expect(oldStations.map((s) => s.id)).toEqual(stations.map((s) => s.id));
    expect(oldStations.every((s) => typeof s.data?.['heavy'] === 'boolean' && !('load' in s.data))).toBe(true);

    for (const known of [{ ...recordVersions(), rotaSlot: 1 }, undefined]) {
      const refused = await pull(known);
      expect(refused.status).toBe(426);
      expect(refused.body).toMatchObject({ error: 'upgrade_required' });
      expect((refused.body as { message: string }).message).toMatch(/update/i);
    }
  });

  it('refuses a change in a format newer than the server knows, with the reason, and stores nothing', async () => {
    const coach = await server.enrol('Team Verpakking', 'coach');
    const id = uuidv7();
    const res = await post(server, '/api/sync/push', coach.token, {
      type: 'push', protocolVersion: PROTOCOL_VERSION,
      mutations: [{ seq: 1, mutationId: uuidv7(), hlc: hlc(1), kind: 'station', recordId: id, op: 'insert', data: { id, teamId: coach.team.id, name: 'X', picto: 'saw', load: 'light' }, baseVersion: null, actorMemberId: null, schemaVersion: 99 }],
    });
    expect(res.status).toBe(200);
    const [result] = (res.body as PushResponse).results;
    expect(result?.status).toBe('rejected');
    expect(result?.status === 'rejected' && result.reason).toMatch(/newer app/);
    expect(await record(server, id)).toBeUndefined();
  });

  it('keeps a card’s languages: an old app’s card becomes Dutch-first, a new app’s French step reaches new apps, and old apps get the first language', async () => {
    const coach = await server.enrol('Team Verpakking', 'coach');
    const kiosk = await server.enrol('Team Verpakking', 'kiosk');
    const team = coach.team.id;
    const [station] = await server.db.query<{ id: string }>("SELECT id FROM records WHERE team_id = $1 AND kind = 'station' LIMIT 1", [team]);
    const [oldCard, newCard, stepId] = [uuidv7(), uuidv7(), uuidv7()];
    const step = { id: stepId, picto: 'package', text: 'Neem een doos.', speech: 'Neem een doos.' };
    const v1 = { id: oldCard, teamId: team, stationId: station!.id, title: 'Oude kaart', picto: 'package', ppe: [], steps: [step], version: 1 };
    const v2 = {
      ...v1,
      id: newCard,
      language: 'nl-BE',
      title: 'Dozen',
      translations: { 'fr-BE': { title: 'Cartons' } },
      steps: [{ ...step, translations: { 'fr-BE': { text: 'Prends une boîte.', speech: 'Prends une boîte vide.' } } }],
    };
    const pushed = await post(server, '/api/sync/push', coach.token, {
      type: 'push', protocolVersion: PROTOCOL_VERSION,
      mutations: [
        { seq: 1, mutationId: uuidv7(), hlc: hlc(1), kind: 'card', recordId: oldCard, op: 'insert', data: v1, baseVersion: null, actorMemberId: null, schemaVersion: 1 },
        { seq: 2, mutationId: uuidv7(), hlc: hlc(2), kind: 'card', recordId: newCard, op: 'insert', data: v2, baseVersion: null, actorMemberId: null, schemaVersion: recordVersions().card },
      ],
    });
    expect((pushed.body as PushResponse).results.map((r) => r.status)).toEqual(['applied', 'applied']);
    expect(await record(server, oldCard)).toEqual({ deleted: false, data: { ...v1, language: 'nl-BE' } });
    expect(await record(server, newCard)).toEqual({ deleted: false, data: v2 });

    const pull = async (versions: object) => {
      const res = await post(server, '/api/sync/pull', kiosk.token, { type: 'pull', protocolVersion: PROTOCOL_VERSION, cursor: null, recordVersions: versions });
      expect(res.status).toBe(200);
      return (res.body as PullResponse).changes.find((c) => c.id === newCard)?.data;
    };
    expect(await pull(recordVersions())).toEqual(v2);
    // An app from before languages shows the card as it knows cards: its first language.
    expect(await pull({ ...recordVersions(), card: 1 })).toEqual({ ...v1, id: newCard, title: 'Dozen' });
  });

  it('gives every stored card its first language on upgrade, stamped like the fields it came with', async () => {
    const { db, dispose } = await openTestDatabase(engine, { migrated: false });
    try {
      await migrate(db, MIGRATIONS.filter((m) => m.version <= 5));
      const [org, site, team, card, station] = [uuidv7(), uuidv7(), uuidv7(), uuidv7(), uuidv7()];
      await db.query('INSERT INTO organisations (id, name) VALUES ($1, $2)', [org, 'Org']);
      await db.query('INSERT INTO sites (id, organisation_id, name) VALUES ($1, $2, $3)', [site, org, 'Site']);
      await db.query('INSERT INTO teams (id, site_id, name, seq) VALUES ($1, $2, $3, 10)', [team, site, 'Team']);
      const h = (ms: number) => formatHlc({ wallMs: ms, counter: 0, node: 'x' });
      const v1 = { id: card, teamId: team, stationId: station, title: 'Dozen', picto: 'package', ppe: [], steps: [{ id: uuidv7(), picto: 'package', text: 'Neem een doos.', speech: 'Neem een doos.' }], version: 2 };
      await db.query('INSERT INTO records (id, team_id, kind, data, field_hlc, version, deleted, server_seq) VALUES ($1, $2, $3, $4::jsonb, $5::jsonb, 2, false, 7)', [card, team, 'card', JSON.stringify(v1), JSON.stringify({ title: h(10), steps: h(40) })]);

      await migrate(db);

      const [row] = await db.query<{ data: Record<string, unknown>; field_hlc: Record<string, string>; server_seq: number }>('SELECT data, field_hlc, server_seq FROM records WHERE id = $1', [card]);
      expect(row?.data).toEqual({ ...v1, language: 'nl-BE' });
      expect(row?.field_hlc).toMatchObject({ title: h(10), steps: h(40), language: h(40) });
      expect(row?.server_seq).toBe(7);
    } finally {
      await dispose();
    }
  });

  it('merges duplicate cells stored before ids meant something, keeping the latest value by HLC, and re-formats old records', async () => {
    const { db, dispose } = await openTestDatabase(engine, { migrated: false });
    try {
      await migrate(db, MIGRATIONS.filter((m) => m.version <= 4));
      const [org, site, team, member, station, other] = [uuidv7(), uuidv7(), uuidv7(), uuidv7(), uuidv7(), uuidv7()];
      await db.query('INSERT INTO organisations (id, name) VALUES ($1, $2)', [org, 'Org']);
      await db.query('INSERT INTO sites (id, organisation_id, name) VALUES ($1, $2, $3)', [site, org, 'Site']);
      await db.query('INSERT INTO teams (id, site_id, name, seq) VALUES ($1, $2, $3, 10)', [team, site, 'Team']);
      const h = (ms: number) => formatHlc({ wallMs: ms, counter: 0, node: 'x' });
      const insert = (id: string, kind: string, data: object, fieldHlc: object, seq: number) =>
        db.query('INSERT INTO records (id, team_id, kind, data, field_hlc, version, deleted, server_seq) VALUES ($1, $2, $3, $4::jsonb, $5::jsonb, 1, false, $6)', [id, team, kind, JSON.stringify(data), JSON.stringify(fieldHlc), seq]);
      const [a, b, c, s, r, t] = [uuidv7(), uuidv7(), uuidv7(), uuidv7(), uuidv7(), uuidv7()];
      const cell = { teamId: team, memberId: member, stationId: station };
      // Two coaches made the same cell offline; the second one's level is newer.
      await insert(a, 'skill', { id: a, ...cell, level: 'I' }, { id: h(1), teamId: h(1), memberId: h(1), stationId: h(1), level: h(100) }, 1);
      await insert(b, 'skill', { id: b, ...cell, level: 'U' }, { id: h(2), teamId: h(2), memberId: h(2), stationId: h(2), level: h(200) }, 2);
      await insert(c, 'skill', { id: c, teamId: team, memberId: member, stationId: other, level: 'L' }, { level: h(50) }, 3);
      await insert(s, 'station', { id: s, teamId: team, name: 'Zagen', picto: 'saw', heavy: true }, { id: h(1), heavy: h(300), name: h(1) }, 4);
      await insert(r, 'rotaSlot', { id: r, teamId: team, memberId: member, stationId: station, day: '2026-11-25' }, { stationId: h(5) }, 5);
      await insert(t, 'teamSettings', { id: t, teamId: team, defaultStationId: station }, { defaultStationId: h(5) }, 6);

      await migrate(db);

      const rows = await db.query<{ id: string; kind: string; data: Record<string, unknown> | null; deleted: boolean; field_hlc: Record<string, string>; server_seq: number }>('SELECT id, kind, data, deleted, field_hlc, server_seq FROM records ORDER BY kind, id');
      const byId = new Map(rows.map((x) => [x.id, x]));
      const merged = byId.get(naturalId('skill', cell)!);
      expect(merged?.data).toEqual({ id: naturalId('skill', cell), ...cell, level: 'U' });
      expect(merged?.field_hlc['level']).toBe(h(200));
      expect(byId.get(a)).toMatchObject({ deleted: true, data: null });
      expect(byId.get(b)).toMatchObject({ deleted: true, data: null });
      expect(byId.get(naturalId('skill', { ...cell, stationId: other })!)?.data).toMatchObject({ level: 'L' });
      expect(byId.get(s)).toMatchObject({ deleted: false, data: { id: s, teamId: team, name: 'Zagen', picto: 'saw', load: 'heavy' }, field_hlc: { load: h(300) } });
      expect(byId.get(naturalId('rotaSlot', { teamId: team, memberId: member, day: '2026-11-25', shift: 'am' })!)?.data).toMatchObject({ shift: 'am', stationId: station });
      expect(byId.get(naturalId('teamSettings', { teamId: team })!)?.data).toMatchObject({ defaultStationId: station });
      // Every changed record got a new team sequence, so tablets pull the merge.
      const [teamRow] = await db.query<{ seq: number }>('SELECT seq FROM teams WHERE id = $1', [team]);
      expect(Math.max(...rows.map((x) => x.server_seq))).toBe(teamRow!.seq);
      const aliases = await db.query<{ alias_id: string; record_id: string }>('SELECT alias_id, record_id FROM record_aliases ORDER BY alias_id');
      expect(new Map(aliases.map((x) => [x.alias_id, x.record_id])).get(a)).toBe(naturalId('skill', cell));
      expect(aliases.map((x) => x.alias_id).sort()).toEqual([a, b, c, r, t].sort());
    } finally {
      await dispose();
    }
  });
});
