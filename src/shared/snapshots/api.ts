/**
 * What the coordinator's dashboard, its exports and the chain receiver get
 * from the server: published figures only. A figure is a number or null
 * with the reason it is missing; nothing here can name a person.
 */
import { z } from 'zod';
import { SNAPSHOT_FIELDS, type SnapshotField } from './fields.ts';
import { BLOCK_PATTERN, isIsoWeek } from './periods.ts';

export const MISSING_REASONS = ['no-data', 'too-few-respondents'] as const;
export type MissingReason = (typeof MISSING_REASONS)[number];

export const figure = z.object({
  value: z.number().min(-1e9).max(1e9).nullable(),
  /** Why `value` is null; null when there is a value. */
  reason: z.enum(MISSING_REASONS).nullable(),
});
export type Figure = z.infer<typeof figure>;

export const SCOPES = ['team', 'site', 'organisation', 'chain'] as const;
export type Scope = (typeof SCOPES)[number];

const figures = z.object(Object.fromEntries(SNAPSHOT_FIELDS.map((f) => [f, figure])) as Record<SnapshotField, typeof figure>);

export const weekParam = z.string().refine(isIsoWeek, { error: 'a week is written like 2026-W49' });
export const periodParam = z.string().refine((p) => isIsoWeek(p) || BLOCK_PATTERN.test(p), { error: 'a period is a week like 2026-W49 or a 4-week block like 2026-B13' });

const displayName = z.string().max(200);

export const publishedSnapshot = z.object({
  scope: z.enum(SCOPES),
  id: z.uuid(),
  name: displayName,
  /** The organisation the team, site or organisation belongs to; null for a chain. */
  organisationId: z.uuid().nullable(),
  organisationName: displayName.nullable(),
  /** The site of a team; null otherwise. */
  siteId: z.uuid().nullable(),
  siteName: displayName.nullable(),
  period: periodParam,
  /** Changes whenever any figure of this snapshot does. */
  version: z.number().int().nonnegative().max(2_147_483_647),
  fields: figures,
  /** First-pass yield per station: production only, never well-being (privacy rule 2). Teams only. */
  stations: z.array(z.object({ stationId: z.uuid(), name: displayName, fpy: figure })).max(100),
});
export type PublishedSnapshot = z.infer<typeof publishedSnapshot>;

export const snapshotsResponse = z.object({
  type: z.literal('snapshots'),
  period: z.string(),
  teams: z.array(publishedSnapshot),
  sites: z.array(publishedSnapshot),
  organisations: z.array(publishedSnapshot),
  chains: z.array(publishedSnapshot),
});
export type SnapshotsResponse = z.infer<typeof snapshotsResponse>;

export const TREND_LENGTHS = [8, 13, 26, 52] as const;

export const trendResponse = z.object({
  type: z.literal('trend'),
  scope: z.enum(SCOPES),
  id: z.string(),
  name: z.string(),
  points: z.array(z.object({ period: z.string(), fields: figures })),
});
export type TrendResponse = z.infer<typeof trendResponse>;

export const overviewResponse = z.object({
  type: z.literal('overview'),
  /** Weeks that have snapshots, newest first. */
  weeks: z.array(z.string()),
  organisations: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      /** Held here, or received from a member of the chain. */
      origin: z.enum(['local', 'chain']),
      sites: z.array(z.object({ id: z.string(), name: z.string(), teams: z.array(z.object({ id: z.string(), name: z.string() })) })),
    }),
  ),
  chains: z.array(z.object({ id: z.string(), name: z.string(), links: z.array(z.object({ organisationId: z.string(), role: z.enum(['supplier', 'workshop', 'customer']) })) })),
  /** Sending to the chain analysis: null when this server sends nowhere. */
  chainSync: z
    .object({
      url: z.string(),
      lastSentAt: z.string().nullable(),
      lastError: z.string().nullable(),
      waiting: z.number().int().nonnegative(),
      nextTryAt: z.string().nullable(),
    })
    .nullable(),
});
export type OverviewResponse = z.infer<typeof overviewResponse>;

/** The answer to POST /api/coordinator/chain-sync: what went, and what still waits. */
export const chainSyncResponse = z.object({
  type: z.literal('chainSync'),
  sent: z.number().int().nonnegative(),
  waiting: z.number().int().nonnegative(),
});
export type ChainSyncResponse = z.infer<typeof chainSyncResponse>;

export const signInRequest = z.object({ key: z.string().min(1).max(200) });
export const sessionResponse = z.object({ type: z.literal('session'), expiresAt: z.string() });
export type SessionResponse = z.infer<typeof sessionResponse>;
