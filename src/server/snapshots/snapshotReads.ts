/**
 * What the coordinator reads: a period's snapshots published under the
 * privacy rules, a trend over fixed weeks, the organisations and weeks there
 * are. Every read publishes whole periods — all teams of the server at once
 * — because the rules are about what is shown together, never one figure
 * on its own.
 */
import { publishPeriod, type ChainInput, type PublishedPeriod, type TeamSnapshotInput } from '#domain/snapshots/publishSnapshots.ts';
import { EMPTY_STATS, type SnapshotStats } from '#domain/snapshots/snapshotStats.ts';
import type { PublishedSnapshot, Scope } from '#shared/snapshots/api.ts';
import { MIN_RESPONDENTS, WELLBEING_FIELDS } from '#shared/snapshots/fields.ts';
import type { SqlClient } from '#server/storage/SqlDatabase.ts';

interface TeamRow {
  team_id: string;
  team_name: string;
  site_id: string;
  site_name: string;
  organisation_id: string;
  organisation_name: string;
}

const HIERARCHY = `SELECT t.id AS team_id, t.name AS team_name, s.id AS site_id, s.name AS site_name, o.id AS organisation_id, o.name AS organisation_name
  FROM teams t JOIN sites s ON s.id = t.site_id JOIN organisations o ON o.id = s.organisation_id`;

export async function localChains(db: SqlClient): Promise<ChainInput[]> {
  const rows = await db.query<{ id: string; name: string; organisation_id: string | null }>(
    'SELECT c.id, c.name, l.organisation_id FROM chains c LEFT JOIN chain_links l ON l.chain_id = c.id ORDER BY c.name, c.id',
  );
  const chains = new Map<string, { id: string; name: string; organisationIds: string[] }>();
  for (const r of rows) {
    const chain = chains.get(r.id) ?? { id: r.id, name: r.name, organisationIds: [] };
    if (r.organisation_id !== null) chain.organisationIds.push(r.organisation_id);
    chains.set(r.id, chain);
  }
  return [...chains.values()];
}

/** Every local team's snapshot inputs for some periods, teams without a snapshot as empty ones. */
export async function localTeamInputs(db: SqlClient, periods: readonly string[]): Promise<Map<string, TeamSnapshotInput[]>> {
  const teams = await db.query<TeamRow>(`${HIERARCHY} ORDER BY o.name, o.id, s.name, s.id, t.name, t.id`);
  const rows = await db.query<{ team_id: string; period: string; version: number; stats: SnapshotStats }>(
    'SELECT team_id, period, version, stats FROM snapshots WHERE period = ANY($1::text[])',
    [periods],
  );
  const byKey = new Map(rows.map((r) => [`${r.team_id}|${r.period}`, r]));
  return new Map(
    periods.map((period) => [
      period,
      teams.map((t): TeamSnapshotInput => {
        const row = byKey.get(`${t.team_id}|${period}`);
        return {
          teamId: t.team_id,
          teamName: t.team_name,
          siteId: t.site_id,
          siteName: t.site_name,
          organisationId: t.organisation_id,
          organisationName: t.organisation_name,
          version: row?.version ?? 0,
          stats: row?.stats ?? EMPTY_STATS,
        };
      }),
    ]),
  );
}

/** A period published for the dashboard (threshold 5) or for export (10), with what chain members sent. */
export async function publishedPeriod(db: SqlClient, period: string, threshold = MIN_RESPONDENTS): Promise<PublishedPeriod> {
  const [inputs, chains, received] = await Promise.all([localTeamInputs(db, [period]), localChains(db), receivedSnapshots(db, [period], threshold)]);
  const local = publishPeriod(period, inputs.get(period) ?? [], chains, threshold);
  return {
    teams: [...local.teams, ...received.filter((s) => s.scope === 'team')],
    sites: [...local.sites, ...received.filter((s) => s.scope === 'site')],
    organisations: [...local.organisations, ...received.filter((s) => s.scope === 'organisation')],
    chains: local.chains,
  };
}

/** One subject's figures over fixed weeks, each week published as a whole. */
export async function trendOf(db: SqlClient, scope: Scope, id: string, weeks: readonly string[]): Promise<{ name: string; points: PublishedSnapshot[] } | null> {
  const [inputs, chains, received] = await Promise.all([localTeamInputs(db, weeks), localChains(db), receivedSnapshots(db, weeks, MIN_RESPONDENTS)]);
  const points: PublishedSnapshot[] = [];
  for (const week of weeks) {
    const published = publishPeriod(week, inputs.get(week) ?? [], chains);
    const all = [...published.teams, ...published.sites, ...published.organisations, ...published.chains, ...received.filter((r) => r.period === week)];
    const point = all.find((s) => s.scope === scope && s.id === id);
    if (point) points.push(point);
  }
  const name = points[points.length - 1]?.name;
  return name === undefined ? null : { name, points };
}

/** Snapshots chain members sent, their well-being figures checked again against this server's threshold. */
async function receivedSnapshots(db: SqlClient, periods: readonly string[], threshold: number): Promise<PublishedSnapshot[]> {
  const rows = await db.query<{ snapshot: PublishedSnapshot }>('SELECT snapshot FROM chain_snapshots WHERE period = ANY($1::text[]) ORDER BY scope, snapshot->>\'organisationName\', snapshot->>\'name\'', [periods]);
  return rows.map((r) => regate(r.snapshot, threshold));
}

/** A received snapshot whose respondents fall under the threshold loses its well-being figures. */
export function regate(snapshot: PublishedSnapshot, threshold: number): PublishedSnapshot {
  const respondents = snapshot.fields.respondents.value;
  if (respondents !== null && respondents >= threshold) return snapshot;
  const fields = { ...snapshot.fields };
  for (const key of Object.keys(fields) as (keyof typeof fields)[]) {
    if (WELLBEING_KEYS.has(key)) fields[key] = { value: null, reason: respondents === null && snapshot.fields.respondents.reason === 'no-data' ? 'no-data' : 'too-few-respondents' };
  }
  return { ...snapshot, fields };
}

const WELLBEING_KEYS = new Set<string>(WELLBEING_FIELDS);

/** Weeks that have a snapshot, newest first, up to and including `upTo`. */
export async function weeksWithSnapshots(db: SqlClient, upTo: string): Promise<string[]> {
  const rows = await db.query<{ period: string }>(
    "SELECT DISTINCT period FROM (SELECT period FROM snapshots UNION SELECT period FROM chain_snapshots) p WHERE period LIKE '%-W%' AND period <= $1 ORDER BY period DESC",
    [upTo],
  );
  return rows.map((r) => r.period);
}

export async function organisationTree(db: SqlClient): Promise<{ id: string; name: string; origin: 'local' | 'chain'; sites: { id: string; name: string; teams: { id: string; name: string }[] }[] }[]> {
  const teams = await db.query<TeamRow>(`${HIERARCHY} ORDER BY o.name, o.id, s.name, s.id, t.name, t.id`);
  const received = await db.query<{ organisation_id: string; organisation_name: string; site_id: string | null; site_name: string | null; team_id: string; team_name: string }>(
    `SELECT DISTINCT ON (subject_id) organisation_id, snapshot->>'organisationName' AS organisation_name, snapshot->>'siteId' AS site_id, snapshot->>'siteName' AS site_name, subject_id AS team_id, snapshot->>'name' AS team_name
       FROM chain_snapshots WHERE scope = 'team' ORDER BY subject_id, period DESC`,
  );
  type SiteNode = { id: string; name: string; teams: { id: string; name: string }[] };
  const orgs = new Map<string, { id: string; name: string; origin: 'local' | 'chain'; sites: Map<string, SiteNode> }>();
  const add = (origin: 'local' | 'chain', r: { organisation_id: string; organisation_name: string; site_id: string | null; site_name: string | null; team_id: string; team_name: string }) => {
    const org = orgs.get(r.organisation_id) ?? { id: r.organisation_id, name: r.organisation_name, origin, sites: new Map<string, SiteNode>() };
    const siteId = r.site_id ?? r.organisation_id;
    const site: SiteNode = org.sites.get(siteId) ?? { id: siteId, name: r.site_name ?? r.organisation_name, teams: [] };
    site.teams.push({ id: r.team_id, name: r.team_name });
    org.sites.set(siteId, site);
    orgs.set(r.organisation_id, org);
  };
  for (const t of teams) add('local', t);
  for (const r of received) if (!orgs.has(r.organisation_id) || orgs.get(r.organisation_id)?.origin === 'chain') add('chain', r);
  return [...orgs.values()].map((o) => ({ id: o.id, name: o.name, origin: o.origin, sites: [...o.sites.values()] }));
}
