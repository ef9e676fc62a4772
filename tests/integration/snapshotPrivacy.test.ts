/**
 * Every privacy rule of SNAPSHOTS.md, attacked through the real HTTP API of
 * the coordinator: each test tries what a curious coordinator (or a script
 * with the key) would try, and shows the figure it was after does not come
 * out. The fixture is the dashboard's demo history (demoHistory.ts): Team
 * Sorteren, seven of ten members answering, and Team Herstel, four of six,
 * in one organisation; the tablet demo's two teams in the other, with no
 * answers of their own until a test adds some.
 */
import { expect, it } from 'vitest';
import { uuidv7 } from 'uuidv7';
import { seedDemoHistory } from '#server/seed/demoHistory.ts';
import { insertServerRecords } from '#server/storage/syncStore.ts';
import { formatHlc } from '#shared/hlc.ts';
import type { Checkin } from '#shared/records.ts';
import { snapshotsResponse, type PublishedSnapshot, type SnapshotsResponse } from '#shared/snapshots/api.ts';
import { WELLBEING_FIELDS } from '#shared/snapshots/fields.ts';
import { daysOfWeek } from '#shared/snapshots/periods.ts';
import { errorBody } from '#shared/protocol.ts';
import { describeEachEngine, useTestServer } from '#tests/helpers/serverFixture.ts';
import { TEST_COORDINATOR_KEY, TEST_NOW, tableCounts, type TestServer } from '#tests/helpers/testServer.ts';

/** The last full week of the demo history: the week before the test's "now" (2026-W48). */
const WEEK = '2026-W47';
const logLines: string[] = [];

async function signIn(server: TestServer): Promise<string> {
  const res = await server.app.inject({ method: 'POST', url: '/api/coordinator/session', payload: { key: TEST_COORDINATOR_KEY } });
  expect(res.statusCode).toBe(200);
  const cookie = res.cookies.find((c) => c.name === 'schakel_coordinator');
  if (!cookie) throw new Error('no session cookie');
  return `schakel_coordinator=${cookie.value}`;
}

async function get(server: TestServer, url: string, cookie: string) {
  return server.app.inject({ method: 'GET', url, headers: { cookie } });
}

async function snapshots(server: TestServer, cookie: string, period = WEEK): Promise<SnapshotsResponse> {
  const res = await get(server, `/api/coordinator/snapshots?period=${period}`, cookie);
  expect(res.statusCode).toBe(200);
  return snapshotsResponse.parse(res.json());
}

const named = (list: readonly PublishedSnapshot[], name: string) => {
  const found = list.find((s) => s.name === name);
  if (!found) throw new Error(`no ${name} in ${list.map((s) => s.name).join(', ')}`);
  return found;
};

const hiddenWellbeing = (s: PublishedSnapshot) => WELLBEING_FIELDS.every((f) => s.fields[f].value === null && s.fields[f].reason === 'too-few-respondents');

/** Check-ins for some members of a demo team on the Monday of WEEK, so a test can shape who answered. */
async function answer(server: TestServer, teamName: string, count: number, score = 3, skip = 0): Promise<void> {
  const [team] = await server.db.query<{ id: string }>('SELECT id FROM teams WHERE name = $1', [teamName]);
  const members = await server.db.query<{ id: string }>("SELECT id FROM records WHERE team_id = $1 AND kind = 'member' ORDER BY server_seq LIMIT $2 OFFSET $3", [team?.id, count, skip]);
  const day = daysOfWeek(WEEK)[0] ?? '';
  const checkins = members.map((m): Checkin => ({ id: uuidv7(), teamId: team?.id ?? '', memberId: m.id, day, moment: 'start', score, scale: 3, answeredAt: new Date(`${day}T08:30:00`).toISOString() }));
  await insertServerRecords(server.db, team?.id ?? '', checkins.map((data) => ({ kind: 'checkin' as const, data })), formatHlc({ wallMs: TEST_NOW.getTime(), counter: 0, node: 'server' }));
}

describeEachEngine('snapshot privacy, attacked through the API', (engine) => {
  const server = useTestServer(engine, () => ({
    now: () => TEST_NOW,
    logger: { level: 'info', stream: { write: (line: string) => void logLines.push(line) } },
  }));
  const seed = async () => {
    const [org] = await server.db.query<{ id: string }>('SELECT id FROM organisations LIMIT 1');
    await seedDemoHistory(server.db, { now: TEST_NOW, newId: uuidv7, workshopOrganisationId: org?.id ?? '' });
  };

  it('rule 1: a team of 4 respondents shows "too few respondents", never a number or 0, while its production figures stay', async () => {
    await seed();
    const cookie = await signIn(server);
    const week = await snapshots(server, cookie);
    const herstel = named(week.teams, 'Team Herstel');
    expect(hiddenWellbeing(herstel)).toBe(true);
    expect(herstel.fields.fpy.value).toBeGreaterThan(80);
    const sorteren = named(week.teams, 'Team Sorteren');
    expect(sorteren.fields.respondents.value).toBe(7);
    expect(sorteren.fields.wbMean.value).not.toBeNull();
  });

  it('rule 4: the organisation and chain totals do not reveal the hidden team by subtraction', async () => {
    await seed();
    const cookie = await signIn(server);
    const week = await snapshots(server, cookie);
    // Organisation = Sorteren (7, shown) + Herstel (4, hidden): the total minus Sorteren would be Herstel.
    expect(hiddenWellbeing(named(week.organisations, 'Kringloop Noord (demo)'))).toBe(true);
    expect(hiddenWellbeing(named(week.sites, 'Brugge'))).toBe(true);
    expect(hiddenWellbeing(named(week.chains, 'Demoketen Verpakking'))).toBe(true);
    // The same holds over a 4-week block, where the sets are the block's respondents.
    const block = await snapshots(server, cookie, '2026-B11');
    expect(hiddenWellbeing(named(block.organisations, 'Kringloop Noord (demo)'))).toBe(true);
  });

  it('rule 4: a total is shown once the part it would reveal rests on 5 respondents', async () => {
    await seed();
    // Montage 5 and Verpakking 6 answer: both teams shown, and so is their organisation.
    await answer(server, 'Team Montage', 5);
    await answer(server, 'Team Verpakking', 6);
    const cookie = await signIn(server);
    const week = await snapshots(server, cookie);
    const workshop = week.organisations.find((o) => o.name !== 'Kringloop Noord (demo)');
    expect(workshop?.fields.respondents.value).toBe(11);
    expect(workshop?.fields.wbMean.value).not.toBeNull();
  });

  it('rule 5: two aggregates whose respondents differ by one person are never both published', async () => {
    await seed();
    // Montage has 5 answering (shown); Verpakking 1 (hidden). The organisation would be Montage plus one person.
    await answer(server, 'Team Montage', 5, 3);
    await answer(server, 'Team Verpakking', 1, 1);
    const cookie = await signIn(server);
    const week = await snapshots(server, cookie);
    const montage = named(week.teams, 'Team Montage');
    expect(montage.fields.wbMean.value).toBe(100);
    const shown = (list: readonly PublishedSnapshot[]) => list.filter((s) => s.fields.wbMean.value !== null);
    // Every published group against every published group holding it: the difference is nobody or at least 5 people.
    const pairs: [PublishedSnapshot, PublishedSnapshot][] = [
      ...shown(week.teams).flatMap((t) => [...shown(week.sites).filter((s) => s.id === t.siteId), ...shown(week.organisations).filter((o) => o.id === t.organisationId), ...shown(week.chains)].map((b): [PublishedSnapshot, PublishedSnapshot] => [t, b])),
      ...shown(week.sites).flatMap((s) => [...shown(week.organisations).filter((o) => o.id === s.organisationId), ...shown(week.chains)].map((b): [PublishedSnapshot, PublishedSnapshot] => [s, b])),
      ...shown(week.organisations).flatMap((o) => shown(week.chains).map((b): [PublishedSnapshot, PublishedSnapshot] => [o, b])),
    ];
    expect(pairs.length).toBeGreaterThan(0);
    for (const [a, b] of pairs) {
      const d = (b.fields.respondents.value ?? 0) - (a.fields.respondents.value ?? 0);
      expect(d === 0 || d >= 5, `${a.name} inside ${b.name} differ by ${String(d)}`).toBe(true);
    }
    const workshop = week.organisations.find((o) => o.name !== 'Kringloop Noord (demo)');
    expect(workshop && hiddenWellbeing(workshop)).toBe(true);
  });

  it('rule 5 across versions: a late answer from one more person does not move a figure already shown', async () => {
    const cookie = await signIn(server);
    await answer(server, 'Team Verpakking', 5, 3);
    const first = named((await snapshots(server, cookie)).teams, 'Team Verpakking');
    expect(first.fields.wbMean.value).toBe(100);
    expect(first.fields.respondents.value).toBe(5);
    // A sixth member's answer arrives late, from a tablet that was offline: shown now, it would be the difference.
    await answer(server, 'Team Verpakking', 1, 1, 5);
    const second = named((await snapshots(server, cookie)).teams, 'Team Verpakking');
    expect(second.fields.wbMean).toEqual(first.fields.wbMean);
    expect(second.fields.respondents).toEqual(first.fields.respondents);
    // Four more make the difference from what was shown five people: the figure moves on, with all ten.
    await answer(server, 'Team Verpakking', 4, 1, 6);
    const third = named((await snapshots(server, cookie)).teams, 'Team Verpakking');
    expect(third.fields.respondents.value).toBe(10);
    expect(third.fields.wbMean.value).toBe(50);
  });

  it('rule 5 across versions: one of the same respondents answering again does not move a figure either', async () => {
    const cookie = await signIn(server);
    await answer(server, 'Team Verpakking', 6, 3);
    const first = named((await snapshots(server, cookie)).teams, 'Team Verpakking');
    expect(first.fields.wbMean.value).toBe(100);
    // The first member answers again, much worse: the new mean minus the old would be theirs.
    await answer(server, 'Team Verpakking', 1, 1);
    const second = named((await snapshots(server, cookie)).teams, 'Team Verpakking');
    expect(second.fields.wbMean).toEqual(first.fields.wbMean);
    expect(second.fields.wbLowShare).toEqual(first.fields.wbLowShare);
  });

  it('rules 2 and 3: no parameter narrows a well-being figure to a station, shift, day, member or free range', async () => {
    await seed();
    const cookie = await signIn(server);
    const before = await tableCounts(server.db);
    const [member] = await server.db.query<{ id: string }>("SELECT id FROM records WHERE kind = 'member' LIMIT 1");
    const attempts = [
      `/api/coordinator/snapshots?period=${WEEK}&station=x`,
      `/api/coordinator/snapshots?period=${WEEK}&shift=am`,
      `/api/coordinator/snapshots?period=${WEEK}&day=2026-11-16`,
      `/api/coordinator/snapshots?period=${WEEK}&memberId=${member?.id ?? ''}`,
      `/api/coordinator/snapshots?period=2026-11-16`,
      `/api/coordinator/snapshots?period=${WEEK}&from=2026-11-16&to=2026-11-17`,
      `/api/coordinator/snapshots?period=${WEEK}&period=2026-W46`,
      `/api/coordinator/trend?scope=team&id=${member?.id ?? ''}&weeks=13`,
      `/api/coordinator/trend?scope=member&id=${member?.id ?? ''}&weeks=13`,
      `/api/coordinator/trend?scope=team&id=${member?.id ?? ''}&weeks=3`,
      `/api/coordinator/export?period=${WEEK}&format=csv&station=x`,
    ];
    for (const url of attempts) {
      const res = await get(server, url, cookie);
      expect(res.statusCode, url).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, url).toBeLessThan(500);
      expect(errorBody.parse(res.json()).message.length, url).toBeGreaterThan(10);
    }
    expect(await tableCounts(server.db)).toEqual(before);
    // Per station there is production only.
    const week = await snapshots(server, cookie);
    for (const team of week.teams) for (const station of team.stations) expect(Object.keys(station).sort()).toEqual(['fpy', 'name', 'stationId']);
  });

  it('rules 6 and 7: no answer, member or check-in leaves the server, in any answer, export, error or log line', async () => {
    await seed();
    logLines.length = 0;
    const cookie = await signIn(server);
    const secrets = [
      ...(await server.db.query<{ id: string }>("SELECT id FROM records WHERE kind IN ('member', 'checkin')")).map((r) => r.id),
      // Names as JSON or CSV would carry them, so "Mo" is not found inside "Montage".
      ...(await server.db.query<{ name: string }>("SELECT data->>'name' AS name FROM records WHERE kind = 'member'")).flatMap((r) => [`"${r.name}"`, `,${r.name},`]),
    ];
    const [team] = await server.db.query<{ id: string }>("SELECT id FROM teams WHERE name = 'Team Sorteren'");
    const bodies = await Promise.all(
      [
        `/api/coordinator/overview`,
        `/api/coordinator/snapshots?period=${WEEK}`,
        `/api/coordinator/snapshots?period=2026-B11`,
        `/api/coordinator/trend?scope=team&id=${team?.id ?? ''}&weeks=13`,
        `/api/coordinator/export?period=${WEEK}&format=csv`,
        `/api/coordinator/export?period=${WEEK}&format=json`,
        `/api/coordinator/snapshots?period=2099-W01`,
        `/api/coordinator/snapshots?period=not-a-week`,
      ].map(async (url) => (await get(server, url, cookie)).body),
    );
    for (const text of [...bodies, ...logLines]) for (const secret of secrets) expect(text.includes(secret), secret).toBe(false);
    expect(logLines.length).toBeGreaterThan(0);
  });

  it('the export holds only figures resting on 10 respondents or more', async () => {
    await seed();
    const cookie = await signIn(server);
    const res = await get(server, `/api/coordinator/export?period=${WEEK}&format=json`, cookie);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('attachment');
    const exported = res.json<{ minRespondents: number; snapshots: PublishedSnapshot[] }>();
    expect(exported.minRespondents).toBe(10);
    // Sorteren's 7 are enough for the dashboard, not for the export.
    expect(hiddenWellbeing(named(exported.snapshots.filter((s) => s.scope === 'team'), 'Team Sorteren'))).toBe(true);
    for (const s of exported.snapshots) if (s.fields.wbMean.value !== null) expect(s.fields.respondents.value).toBeGreaterThanOrEqual(10);
    const csv = (await get(server, `/api/coordinator/export?period=${WEEK}&format=csv`, cookie)).body;
    const sorteren = csv.split('\r\n').find((line) => line.includes('Team Sorteren')) ?? '';
    expect(sorteren).toContain('too-few-respondents');
  });
});
