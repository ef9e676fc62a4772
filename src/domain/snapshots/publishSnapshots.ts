/**
 * Publishing a period's snapshots: the privacy rules of SNAPSHOTS.md applied
 * to every level at once, so no combination of what is shown reveals a
 * small group.
 *
 * - Rule 1: a well-being figure rests on at least `threshold` respondents.
 * - Rule 4: a total that holds hidden groups is shown only when the part it
 *   would reveal (the total minus every shown part inside it) is itself at
 *   least `threshold` respondents.
 * - Rule 5: no two published aggregates of the period have respondent sets
 *   that differ by 1 to 4 people. A member belongs to one team, so every
 *   aggregate's set is a union of whole teams and the difference of two sets
 *   is the respondents of the teams in exactly one of them.
 *
 * Aggregates are judged smallest first (teams, sites, organisations, chains),
 * so the finest figure a rule allows is the one kept. Production and rota
 * figures have no threshold (rule 7); nothing here carries a person.
 */
import type { Figure, PublishedSnapshot, Scope } from '#shared/snapshots/api.ts';
import { FIELD_META, MIN_RESPONDENTS, SNAPSHOT_FIELDS } from '#shared/snapshots/fields.ts';
import { finishFigures, noData, type Figures } from './finishFigures.ts';
import { mergeStats, respondentsOf, type SnapshotStats } from './snapshotStats.ts';

export interface TeamSnapshotInput {
  readonly teamId: string;
  readonly teamName: string;
  readonly siteId: string;
  readonly siteName: string;
  readonly organisationId: string;
  readonly organisationName: string;
  readonly version: number;
  readonly stats: SnapshotStats;
}

export interface ChainInput {
  readonly id: string;
  readonly name: string;
  readonly organisationIds: readonly string[];
}

export interface PublishedPeriod {
  readonly teams: PublishedSnapshot[];
  readonly sites: PublishedSnapshot[];
  readonly organisations: PublishedSnapshot[];
  readonly chains: PublishedSnapshot[];
}

/** The smallest difference between two published respondent sets that reveals nobody. */
const SAFE_DIFFERENCE = MIN_RESPONDENTS;

interface Group {
  readonly scope: Scope;
  readonly id: string;
  readonly name: string;
  readonly organisationId: string | null;
  readonly organisationName: string | null;
  readonly siteId: string | null;
  readonly siteName: string | null;
  readonly teams: readonly TeamSnapshotInput[];
  /** The groups one level down, for rule 4. */
  readonly parts: readonly Group[];
}

export function publishPeriod(period: string, teams: readonly TeamSnapshotInput[], chains: readonly ChainInput[], threshold = MIN_RESPONDENTS): PublishedPeriod {
  const teamGroups = teams.map(
    (t): Group => ({ scope: 'team', id: t.teamId, name: t.teamName, organisationId: t.organisationId, organisationName: t.organisationName, siteId: t.siteId, siteName: t.siteName, teams: [t], parts: [] }),
  );
  const siteGroups = groupsOf(teamGroups, (g) => g.siteId ?? '', (parts) => {
    const t = parts[0]?.teams[0];
    return { scope: 'site', id: t?.siteId ?? '', name: t?.siteName ?? '', organisationId: t?.organisationId ?? null, organisationName: t?.organisationName ?? null, siteId: null, siteName: null };
  });
  const organisationGroups = groupsOf(siteGroups, (g) => g.organisationId ?? '', (parts) => {
    const t = parts[0]?.teams[0];
    return { scope: 'organisation', id: t?.organisationId ?? '', name: t?.organisationName ?? '', organisationId: t?.organisationId ?? null, organisationName: t?.organisationName ?? null, siteId: null, siteName: null };
  });
  const chainGroups = chains.map((c): Group => {
    const parts = organisationGroups.filter((o) => c.organisationIds.includes(o.id));
    return { scope: 'chain', id: c.id, name: c.name, organisationId: null, organisationName: null, siteId: null, siteName: null, teams: parts.flatMap((p) => p.teams), parts };
  });

  const respondents = new Map(teams.map((t) => [t.teamId, respondentsOf(t.stats)]));
  const countOf = (g: Group) => g.teams.reduce((n, t) => n + (respondents.get(t.teamId) ?? 0), 0);
  const shown = new Set<Group>();
  const published: Group[] = [];
  // Respondents of the group covered by shown groups inside it: what subtraction cannot reach.
  const coveredIn = (g: Group): number => g.parts.reduce((n, p) => n + (shown.has(p) ? countOf(p) : coveredIn(p)), 0);
  const difference = (a: Group, b: Group) => {
    const inA = new Set(a.teams.map((t) => t.teamId));
    const inB = new Set(b.teams.map((t) => t.teamId));
    let n = 0;
    for (const id of new Set([...inA, ...inB])) if (inA.has(id) !== inB.has(id)) n += respondents.get(id) ?? 0;
    return n;
  };
  const mayShow = (g: Group) => {
    const n = countOf(g);
    if (n < threshold) return false;
    const revealed = g.parts.length === 0 ? 0 : n - coveredIn(g);
    if (revealed > 0 && revealed < threshold) return false;
    return published.every((other) => {
      const d = difference(g, other);
      return d === 0 || d >= SAFE_DIFFERENCE;
    });
  };
  for (const g of [...teamGroups, ...siteGroups, ...organisationGroups, ...chainGroups]) {
    if (!mayShow(g)) continue;
    shown.add(g);
    published.push(g);
  }

  const toSnapshot = (g: Group): PublishedSnapshot => {
    const stats = g.teams.length === 1 && g.scope === 'team' ? (g.teams[0]?.stats as SnapshotStats) : mergeStats(g.teams.map((t) => t.stats));
    return {
      scope: g.scope,
      id: g.id,
      name: g.name,
      organisationId: g.organisationId,
      organisationName: g.organisationName,
      siteId: g.siteId,
      siteName: g.siteName,
      period,
      version: g.teams.reduce((v, t) => v + t.version, 0),
      fields: gated(finishFigures(stats), shown.has(g), stats.presentDays > 0 || countOf(g) > 0),
      stations:
        g.scope === 'team'
          ? stats.stations.map((s) => ({ stationId: s.stationId, name: s.name, fpy: s.good + s.rejected === 0 ? noData : { value: Math.round((s.good / (s.good + s.rejected)) * 1000) / 10, reason: null } }))
          : [],
    };
  };
  return {
    teams: teamGroups.map(toSnapshot),
    sites: siteGroups.map(toSnapshot),
    organisations: organisationGroups.map(toSnapshot),
    chains: chainGroups.map(toSnapshot),
  };
}

const tooFew: Figure = { value: null, reason: 'too-few-respondents' };

/**
 * Well-being figures of a hidden group become "too few respondents" — also
 * when nobody answered, as long as people were there, so "none" cannot be
 * told from "one to four". "No data" is for a group nobody was in.
 */
function gated(figures: Figures, visible: boolean, peopleThere: boolean): Figures {
  if (visible) return figures;
  const out = { ...figures };
  for (const field of SNAPSHOT_FIELDS) if (FIELD_META[field].wellbeing) out[field] = peopleThere ? tooFew : noData;
  return out;
}

function groupsOf(parts: readonly Group[], key: (g: Group) => string, head: (parts: readonly Group[]) => Omit<Group, 'teams' | 'parts'>): Group[] {
  const byKey = new Map<string, Group[]>();
  for (const p of parts) byKey.set(key(p), [...(byKey.get(key(p)) ?? []), p]);
  return [...byKey.values()].map((group) => ({ ...head(group), teams: group.flatMap((g) => g.teams), parts: group }));
}
