/**
 * No record and no pull page is unbounded. One coach token used to push a member with 30,000
 * detail overrides (1.3 MB); a team's snapshot of 272 of them was one pull page of hundreds of
 * megabytes that froze the server and answered 500 on every retry, so the team could not sync.
 * Now a record over its kind's byte limit is refused on its own (code record_too_large), every
 * field has a bound, and a pull page stops at about PULL_PAGE_BYTES of records.
 */
import { expect, it } from 'vitest';
import { uuidv7 } from 'uuidv7';
import { formatHlc } from '#shared/hlc.ts';
import { PROTOCOL_VERSION, type Mutation, type PullResponse, type PushResponse } from '#shared/protocol.ts';
import { recordKindDefinition, recordVersions } from '#shared/records/registry.ts';
import { PULL_PAGE_BYTES } from '#server/sync/pullChanges.ts';
import { describeEachEngine, useTestServer } from '#tests/helpers/serverFixture.ts';
import { TEST_NOW } from '#tests/helpers/testServer.ts';

const HLC = formatHlc({ wallMs: TEST_NOW.getTime(), counter: 0, node: 'coach' });

describeEachEngine('record and pull page limits', (engine) => {
  const server = useTestServer(engine, { rateLimits: false });

  const post = (url: string, token: string, payload: object) => server.app.inject({ method: 'POST', url, payload, headers: { authorization: `Bearer ${token}` } });
  const push = async (token: string, mutations: readonly Mutation[]) => {
    const res = await post('/api/sync/push', token, { type: 'push', protocolVersion: PROTOCOL_VERSION, mutations });
    return { status: res.statusCode, body: res.json<PushResponse>() };
  };
  const pull = async (token: string, cursor: number | null, snapshot: boolean) => {
    const res = await post('/api/sync/pull', token, { type: 'pull', protocolVersion: PROTOCOL_VERSION, cursor, recordVersions: recordVersions(), ...(snapshot ? { snapshot } : {}) });
    return { status: res.statusCode, body: res.json<PullResponse>() };
  };
  /** Every page of a first sync, as the sync client asks for them. */
  const pullEverything = async (token: string) => {
    const pages: { readonly status: number; readonly body: PullResponse }[] = [];
    let cursor: number | null = null;
    do {
      const page = await pull(token, cursor, cursor !== null);
      pages.push(page);
      if (page.status !== 200) break;
      cursor = page.body.cursor;
    } while (pages.at(-1)?.body.hasMore === true);
    return pages;
  };
  const insert = (seq: number, kind: Mutation['kind'], data: Record<string, unknown> & { id: string }): Mutation => ({
    mutationId: uuidv7(), seq, kind, recordId: data.id, op: 'insert', data, baseVersion: null, hlc: HLC, actorMemberId: null, schemaVersion: recordKindDefinition(kind).version,
  });
  const member = (teamId: string, name: string, overrides: number) => ({
    id: uuidv7(), teamId, name, avatar: 'fox', language: 'nl-BE',
    detailOverrides: Object.fromEntries(Array.from({ length: overrides }, () => [uuidv7(), 'U'])),
  });

  it('refuses a member with 30,000 detail overrides on its own, and the team still syncs', async () => {
    const coach = await server.enrol('Team Verpakking', 'coach');
    const huge = member(coach.team.id, 'Groot', 30_000);
    const tooMany = member(coach.team.id, 'Veel', 201);
    const fine = member(coach.team.id, 'Gewoon', 3);
    const res = await push(coach.token, [insert(1, 'member', huge), insert(2, 'member', tooMany), insert(3, 'member', fine)]);

    expect(res.status).toBe(200);
    expect(res.body.results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'applied']);
    expect(res.body.results[0]).toMatchObject({ code: 'record_too_large', reason: expect.stringMatching(/^a member record may take at most 16 kB; this one takes \d+ kB$/) as unknown });
    expect(res.body.results[1]).toMatchObject({ reason: 'invalid member: at most 200 stations' });
    expect(await server.db.query('SELECT id FROM records WHERE id = ANY($1::uuid[])', [[huge.id, tooMany.id]])).toEqual([]);

    const pages = await pullEverything((await server.enrol('Team Verpakking', 'coach')).token);
    expect(pages.map((p) => p.status)).toEqual(pages.map(() => 200));
    expect(pages.flatMap((p) => p.body.changes.map((c) => c.id))).toContain(fine.id);
  });

  it('pulls 272 large cards in pages under the byte budget, and every card arrives', async () => {
    const coach = await server.enrol('Team Verpakking', 'coach');
    const [station] = await server.db.query<{ id: string }>("SELECT id FROM records WHERE team_id = $1 AND kind = 'station' LIMIT 1", [coach.team.id]);
    const cards = Array.from({ length: 272 }, (_, i) => largeCard(coach.team.id, station!.id, i));
    expect(JSON.stringify(cards[0]).length).toBeGreaterThan(60_000);
    for (let from = 0; from < cards.length; from += 20) {
      const batch = cards.slice(from, from + 20).map((card, i) => insert(from + i + 1, 'card', card));
      const res = await push(coach.token, batch);
      expect(res.body.results.map((r) => r.status)).toEqual(batch.map(() => 'applied'));
    }

    const pages = await pullEverything((await server.enrol('Team Verpakking', 'coach')).token);
    expect(pages.map((p) => p.status)).toEqual(pages.map(() => 200));
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages) expect(Buffer.byteLength(JSON.stringify(page.body.changes))).toBeLessThanOrEqual(PULL_PAGE_BYTES);
    const arrived = new Set(pages.flatMap((p) => p.body.changes.filter((c) => c.kind === 'card').map((c) => c.id)));
    expect(cards.filter((c) => !arrived.has(c.id))).toEqual([]);
  });
});

/** A card as long as a coach may make one: 40 steps, each in three languages. */
function largeCard(teamId: string, stationId: string, n: number) {
  const words = (length: number, lang: string) => `${lang} stap ${String(n)} `.padEnd(length, 'woord ').trim();
  const step = (i: number) => ({
    id: uuidv7(), picto: 'package', kind: 'plain', text: words(160, `nl${String(i)}`), speech: words(400, 'nl'),
    translations: { 'fr-BE': { text: words(160, 'fr'), speech: words(400, 'fr') }, en: { text: words(160, 'en'), speech: words(400, 'en') } },
  });
  return { id: uuidv7(), teamId, stationId, language: 'nl-BE', title: `Kaart ${String(n)}`, picto: 'package', ppe: [], steps: Array.from({ length: 40 }, (_, i) => step(i)), version: 1 };
}
