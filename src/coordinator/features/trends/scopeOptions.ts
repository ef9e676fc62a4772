import type { OverviewResponse, Scope } from '#shared/snapshots/api.ts';

export interface ScopeOptionGroup {
  /** The organisation the options belong to; null for organisations and chains themselves. */
  readonly label: string | null;
  readonly options: readonly { readonly id: string; readonly name: string }[];
}

/** What can be picked for a scope, grouped under its organisation where it has one. */
export function scopeOptions(overview: OverviewResponse, scope: Scope): ScopeOptionGroup[] {
  switch (scope) {
    case 'team':
      return overview.organisations.map((o) => ({ label: o.name, options: o.sites.flatMap((s) => s.teams.map((team) => ({ id: team.id, name: `${team.name} (${s.name})` }))) }));
    case 'site':
      return overview.organisations.map((o) => ({ label: o.name, options: o.sites.map((s) => ({ id: s.id, name: s.name })) }));
    case 'organisation':
      return [{ label: null, options: overview.organisations.map((o) => ({ id: o.id, name: o.name })) }];
    case 'chain':
      return [{ label: null, options: overview.chains.map((c) => ({ id: c.id, name: c.name })) }];
  }
}

export function firstOption(overview: OverviewResponse, scope: Scope): string | null {
  return scopeOptions(overview, scope).flatMap((g) => g.options)[0]?.id ?? null;
}
