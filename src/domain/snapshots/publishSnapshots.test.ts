/**
 * The privacy rules of SNAPSHOTS.md at publishing, each tried as an attack:
 * a small team, a total that would reveal a hidden team by subtraction, two
 * totals that differ by a handful of people, and the export threshold.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PublishedSnapshot } from '#shared/snapshots/api.ts';
import { MIN_EXPORT_RESPONDENTS, MIN_RESPONDENTS, WELLBEING_FIELDS } from '#shared/snapshots/fields.ts';
import { publishPeriod, type ChainInput, type TeamSnapshotInput } from './publishSnapshots.ts';
import { EMPTY_STATS } from './snapshotStats.ts';

const WEEK = '2026-W48';

/** A team with `respondents` people answering 60 on average, and 19 good of 20 pieces. */
function team(id: string, respondents: number, siteId = 'site', organisationId = 'org'): TeamSnapshotInput {
  return {
    teamId: id,
    teamName: `Team ${id}`,
    siteId,
    siteName: `Site ${siteId}`,
    organisationId,
    organisationName: `Org ${organisationId}`,
    version: 1,
    stats: {
      ...EMPTY_STATS,
      wbMeans: Array.from({ length: respondents }, () => 60),
      answerDays: respondents,
      presentDays: respondents,
      good: 19,
      rejected: 1,
      stations: [{ stationId: `${id}-s1`, name: 'Zagen', good: 19, rejected: 1 }],
    },
  };
}

const tooFew = { value: null, reason: 'too-few-respondents' };
const published = (s: PublishedSnapshot | undefined) => s !== undefined && s.fields.wbMean.value !== null;
const find = (list: readonly PublishedSnapshot[], id: string) => list.find((s) => s.id === id);

describe('publishPeriod: minimum group (rule 1)', () => {
  it('hides every well-being figure of a team of 4 and keeps its production figures', () => {
    const { teams } = publishPeriod(WEEK, [team('t4', 4), team('t5', 5, 'other-site')], []);
    const small = find(teams, 't4');
    for (const field of WELLBEING_FIELDS) expect(small?.fields[field], field).toEqual(tooFew);
    expect(small?.fields.fpy).toEqual({ value: 95, reason: null });
    expect(small?.stations).toEqual([{ stationId: 't4-s1', name: 'Zagen', fpy: { value: 95, reason: null } }]);
    // Five is enough.
    const five = find(teams, 't5');
    expect(five?.fields.respondents).toEqual({ value: 5, reason: null });
    expect(five?.fields.wbMean).toEqual({ value: 60, reason: null });
  });

  it('a team nobody was in says no data; one whose people were there but did not answer says too few, like 1 to 4', () => {
    const { teams } = publishPeriod(WEEK, [team('t0', 0)], []);
    expect(find(teams, 't0')?.fields.wbMean).toEqual({ value: null, reason: 'no-data' });
    const quiet = team('t1', 0);
    const there = publishPeriod(WEEK, [{ ...quiet, stats: { ...quiet.stats, presentDays: 8 } }], []);
    expect(find(there.teams, 't1')?.fields.wbMean).toEqual(tooFew);
    expect(find(there.teams, 't1')?.fields.respondents).toEqual(tooFew);
  });

  it('the export needs 10 respondents', () => {
    const at = (n: number) => find(publishPeriod(WEEK, [team('t', n)], [], MIN_EXPORT_RESPONDENTS).teams, 't');
    expect(at(9)?.fields.wbMean).toEqual(tooFew);
    expect(at(9)?.fields.fpy.value).toBe(95);
    expect(at(10)?.fields.wbMean).toEqual({ value: 60, reason: null });
  });
});

describe('publishPeriod: complements (rule 4)', () => {
  it('hides a site total that, minus its shown team, would reveal a hidden team of 3', () => {
    const { teams, sites, organisations } = publishPeriod(WEEK, [team('big', 8), team('small', 3)], []);
    expect(published(find(teams, 'big'))).toBe(true);
    expect(find(teams, 'small')?.fields.wbMean).toEqual(tooFew);
    // Site = 11, 11 − 8 = 3: the small team.
    expect(find(sites, 'site')?.fields.wbMean).toEqual(tooFew);
    expect(find(sites, 'site')?.fields.fpy.value).toBe(95);
    expect(find(organisations, 'org')?.fields.wbMean).toEqual(tooFew);
  });

  it('shows the total when the hidden part rests on 5 or more', () => {
    // Two hidden teams of 3: site 16 − 10 shown = 6 hidden together.
    const { teams, sites } = publishPeriod(WEEK, [team('big', 10), team('a', 3), team('b', 3)], []);
    expect(published(find(teams, 'a'))).toBe(false);
    expect(published(find(teams, 'b'))).toBe(false);
    expect(find(sites, 'site')?.fields.respondents).toEqual({ value: 16, reason: null });
  });

  it('hides an organisation whose hidden site holds a hidden team of 3, one level down', () => {
    // Site A: 8 shown + 3 hidden (A hidden); site B: 7 shown. Organisation 18 − 8 − 7 = 3.
    const { organisations, sites } = publishPeriod(WEEK, [team('a1', 8, 'A'), team('a2', 3, 'A'), team('b1', 7, 'B')], []);
    expect(published(find(sites, 'A'))).toBe(false);
    expect(published(find(sites, 'B'))).toBe(true);
    expect(published(find(organisations, 'org'))).toBe(false);
  });

  it('hides a chain whose organisation is a hidden team of 3', () => {
    const chains: ChainInput[] = [{ id: 'chain', name: 'Keten', organisationIds: ['o1', 'o2'] }];
    const result = publishPeriod(WEEK, [team('t1', 20, 's1', 'o1'), team('t2', 3, 's2', 'o2')], chains);
    expect(published(find(result.organisations, 'o1'))).toBe(true);
    expect(find(result.chains, 'chain')?.fields.wbMean).toEqual(tooFew);
  });
});

describe('publishPeriod: differencing (rule 5)', () => {
  it('does not publish two chains whose respondents differ by 1 to 4, though each alone passes rule 4', () => {
    // Three organisations of one team of 4 each: all hidden. Chain A (o1, o2) = 8 and chain B (o1, o2, o3) = 12 each
    // rest on more than 5 hidden respondents, but B − A is the 4 of o3.
    const chains: ChainInput[] = [
      { id: 'A', name: 'A', organisationIds: ['o1', 'o2'] },
      { id: 'B', name: 'B', organisationIds: ['o1', 'o2', 'o3'] },
    ];
    const result = publishPeriod(WEEK, [team('t1', 4, 's1', 'o1'), team('t2', 4, 's2', 'o2'), team('t3', 4, 's3', 'o3')], chains);
    expect(find(result.chains, 'A')?.fields.respondents).toEqual({ value: 8, reason: null });
    expect(find(result.chains, 'B')?.fields.wbMean).toEqual(tooFew);
  });

  it('publishes both when they differ by 5', () => {
    const chains: ChainInput[] = [
      { id: 'A', name: 'A', organisationIds: ['o1', 'o2'] },
      { id: 'B', name: 'B', organisationIds: ['o1', 'o2', 'o3'] },
    ];
    const result = publishPeriod(WEEK, [team('t1', 4, 's1', 'o1'), team('t2', 4, 's2', 'o2'), team('t3', 5, 's3', 'o3')], chains);
    expect(published(find(result.chains, 'A'))).toBe(true);
    expect(published(find(result.chains, 'B'))).toBe(true);
  });

  /** A random workshop: organisations of sites of teams, each with 0–14 respondents, and chains over the organisations. */
  const layout = fc.record({
    organisations: fc.array(fc.array(fc.array(fc.integer({ min: 0, max: 14 }), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }),
    chains: fc.array(fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }), { maxLength: 3 }),
    exportGrade: fc.boolean(),
  });

  it('no two published aggregates differ by 1–4 respondents, and each rests on the threshold (property)', () => {
    fc.assert(
      fc.property(layout, ({ organisations, chains, exportGrade }) => {
        const teams: TeamSnapshotInput[] = [];
        organisations.forEach((sites, o) => {
          sites.forEach((counts, s) => {
            counts.forEach((n, t) => teams.push(team(`t${String(o)}.${String(s)}.${String(t)}`, n, `s${String(o)}.${String(s)}`, `o${String(o)}`)));
          });
        });
        const chainInputs = chains.map((pick, c): ChainInput => ({ id: `c${String(c)}`, name: `Chain ${String(c)}`, organisationIds: organisations.flatMap((_, o) => (pick[o] === true ? [`o${String(o)}`] : [])) }));
        const threshold = exportGrade ? MIN_EXPORT_RESPONDENTS : MIN_RESPONDENTS;
        const result = publishPeriod(WEEK, teams, chainInputs, threshold);

        // Each aggregate's respondent set, by hand: the teams whose ids its scope covers.
        const count = new Map(teams.map((t) => [t.teamId, t.stats.wbMeans.length]));
        const teamsOf = (s: PublishedSnapshot): string[] => {
          if (s.scope === 'team') return [s.id];
          if (s.scope === 'site') return teams.filter((t) => t.siteId === s.id).map((t) => t.teamId);
          if (s.scope === 'organisation') return teams.filter((t) => t.organisationId === s.id).map((t) => t.teamId);
          const orgs = chainInputs.find((c) => c.id === s.id)?.organisationIds ?? [];
          return teams.filter((t) => orgs.includes(t.organisationId)).map((t) => t.teamId);
        };
        const shown = [...result.teams, ...result.sites, ...result.organisations, ...result.chains].filter(published).map((s) => ({ s, ids: new Set(teamsOf(s)) }));
        for (const { s, ids } of shown) {
          const n = [...ids].reduce((sum, id) => sum + (count.get(id) ?? 0), 0);
          expect(n).toBeGreaterThanOrEqual(threshold);
          expect(s.fields.respondents.value).toBe(n);
        }
        for (const a of shown) {
          for (const b of shown) {
            let difference = 0;
            for (const id of new Set([...a.ids, ...b.ids])) if (a.ids.has(id) !== b.ids.has(id)) difference += count.get(id) ?? 0;
            expect(difference === 0 || difference >= 5, `${a.s.id} vs ${b.s.id}: ${String(difference)}`).toBe(true);
          }
        }
        // Rule 4: what a published total holds beyond the largest published groups inside it is 0 or rests on the threshold.
        const isShown = (scope: PublishedSnapshot['scope'], id: string) => shown.some(({ s }) => s.scope === scope && s.id === id);
        const coveredTeam = (id: string) => (isShown('team', id) ? (count.get(id) ?? 0) : 0);
        const coveredSite = (site: string): number => (isShown('site', site) ? teams.filter((t) => t.siteId === site).reduce((n, t) => n + (count.get(t.teamId) ?? 0), 0) : teams.filter((t) => t.siteId === site).reduce((n, t) => n + coveredTeam(t.teamId), 0));
        const coveredOrg = (org: string): number =>
          isShown('organisation', org) ? teams.filter((t) => t.organisationId === org).reduce((n, t) => n + (count.get(t.teamId) ?? 0), 0) : [...new Set(teams.filter((t) => t.organisationId === org).map((t) => t.siteId))].reduce((n, site) => n + coveredSite(site), 0);
        for (const { s, ids } of shown) {
          if (s.scope === 'team') continue;
          const n = [...ids].reduce((sum, id) => sum + (count.get(id) ?? 0), 0);
          const inside =
            s.scope === 'site'
              ? [...ids].reduce((sum, id) => sum + coveredTeam(id), 0)
              : s.scope === 'organisation'
                ? [...new Set(teams.filter((t) => t.organisationId === s.id).map((t) => t.siteId))].reduce((sum, site) => sum + coveredSite(site), 0)
                : (chainInputs.find((c) => c.id === s.id)?.organisationIds ?? []).reduce((sum, org) => sum + coveredOrg(org), 0);
          const revealed = n - inside;
          expect(revealed === 0 || revealed >= threshold, `${s.id} reveals ${String(revealed)}`).toBe(true);
        }
        // Production figures are never held back.
        for (const s of [...result.teams, ...result.sites, ...result.organisations, ...result.chains]) if (s.scope !== 'chain' || teamsOf(s).length > 0) expect(s.fields.fpy.value).toBe(95);
      }),
      { numRuns: 300 },
    );
  });
});
