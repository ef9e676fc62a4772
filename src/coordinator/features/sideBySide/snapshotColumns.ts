/**
 * The side-by-side table's columns from one period's snapshots: the teams
 * grouped by organisation and then site (each group in name order), each
 * organisation's total after its teams, and the chains' totals last.
 */
import type { PublishedSnapshot, SnapshotsResponse } from '#shared/snapshots/api.ts';

export interface SiteGroup {
  readonly id: string;
  readonly name: string;
  readonly teams: readonly PublishedSnapshot[];
}

export interface OrganisationGroup {
  readonly id: string;
  readonly name: string;
  readonly sites: readonly SiteGroup[];
  /** The organisation's own snapshot, when the server published one. */
  readonly total: PublishedSnapshot | null;
}

export interface SnapshotColumns {
  readonly organisations: readonly OrganisationGroup[];
  readonly chains: readonly PublishedSnapshot[];
  /** Every column in order, for the body rows. */
  readonly all: readonly PublishedSnapshot[];
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

export function snapshotColumns(response: SnapshotsResponse): SnapshotColumns {
  const organisationIds = new Set([...response.teams.map((t) => t.organisationId ?? ''), ...response.organisations.map((o) => o.id)]);
  const organisations = [...organisationIds]
    .map((id): OrganisationGroup => {
      const teams = response.teams.filter((t) => (t.organisationId ?? '') === id);
      const total = response.organisations.find((o) => o.id === id) ?? null;
      const siteIds = [...new Set(teams.map((t) => t.siteId ?? ''))];
      const sites = siteIds
        .map((siteId) => {
          const siteTeams = teams.filter((t) => (t.siteId ?? '') === siteId).sort(byName);
          return { id: siteId, name: siteTeams[0]?.siteName ?? '', teams: siteTeams };
        })
        .sort(byName);
      return { id, name: total?.name ?? teams[0]?.organisationName ?? '', sites, total };
    })
    .sort(byName);
  const chains = [...response.chains].sort(byName);
  const all = [...organisations.flatMap((o) => [...o.sites.flatMap((s) => s.teams), ...(o.total ? [o.total] : [])]), ...chains];
  return { organisations, chains, all };
}
