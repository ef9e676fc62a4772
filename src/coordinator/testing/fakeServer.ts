/**
 * For the coordinator's component tests only (never imported by the page):
 * a fake of the server's coordinator API behind `fetch`, answering with
 * contract-shaped data, and remembering what it was asked so a test can
 * check the resulting state of the server (a device revoked) rather than
 * the calls made on the way.
 */
import type { FetchLike } from '#coordinator/api/coordinatorApi.ts';
import type { AdminDevice } from '#shared/protocol.ts';
import type { Figure, OverviewResponse, PublishedSnapshot, SnapshotsResponse, TrendResponse } from '#shared/snapshots/api.ts';
import { SNAPSHOT_FIELDS, type SnapshotField } from '#shared/snapshots/fields.ts';

export type FigureSpec = number | 'too-few' | 'no-data';

export function figures(values: Partial<Record<SnapshotField, FigureSpec>> = {}): Record<SnapshotField, Figure> {
  return Object.fromEntries(
    SNAPSHOT_FIELDS.map((f) => {
      const v = values[f] ?? 'no-data';
      return [f, typeof v === 'number' ? { value: v, reason: null } : { value: null, reason: v === 'too-few' ? 'too-few-respondents' : 'no-data' }];
    }),
  ) as Record<SnapshotField, Figure>;
}

export const ORG = { id: '0190a000-0000-7000-8000-0000000000f1', name: 'Atelier Noord' };
export const SITE = { id: '0190a000-0000-7000-8000-0000000000e1', name: 'Gent' };
export const TEAM_A = { id: '0190a000-0000-7000-8000-00000000000a', name: 'Inpak A' };
export const TEAM_B = { id: '0190a000-0000-7000-8000-00000000000b', name: 'Montage B' };

function snapshot(scope: PublishedSnapshot['scope'], id: string, name: string, period: string, values: Partial<Record<SnapshotField, FigureSpec>>, team = false): PublishedSnapshot {
  return {
    scope,
    id,
    name,
    organisationId: scope === 'chain' ? null : ORG.id,
    organisationName: scope === 'chain' ? null : ORG.name,
    siteId: team ? SITE.id : null,
    siteName: team ? SITE.name : null,
    period,
    version: 1,
    fields: figures(values),
    stations: team ? [{ stationId: '0190a000-0000-7000-8000-0000000000c1', name: 'Plooien', fpy: { value: 97, reason: null } }] : [],
  };
}

export function overview(chainSync: OverviewResponse['chainSync'] = null): OverviewResponse {
  return {
    type: 'overview',
    weeks: ['2026-W49', '2026-W48'],
    organisations: [{ id: ORG.id, name: ORG.name, origin: 'local', sites: [{ id: SITE.id, name: SITE.name, teams: [TEAM_A, TEAM_B] }] }],
    chains: [{ id: '0190a000-0000-7000-8000-0000000000b1', name: 'Keten Textiel', links: [{ organisationId: ORG.id, role: 'workshop' }] }],
    chainSync,
  };
}

export function snapshots(period: string): SnapshotsResponse {
  return {
    type: 'snapshots',
    period,
    teams: [
      snapshot('team', TEAM_A.id, TEAM_A.name, period, { respondents: 8, wbMean: 72, wbLowShare: 30, fpy: 93, helpResponseMedianS: 150 }, true),
      snapshot('team', TEAM_B.id, TEAM_B.name, period, { respondents: 3, wbMean: 'too-few', wbLowShare: 'too-few', fpy: 98 }, true),
    ],
    sites: [],
    organisations: [snapshot('organisation', ORG.id, ORG.name, period, { respondents: 11, wbMean: 'too-few', fpy: 95 })],
    chains: [snapshot('chain', '0190a000-0000-7000-8000-0000000000b1', 'Keten Textiel', period, { respondents: 40, wbMean: 64 })],
  };
}

export function trend(weeks: number): TrendResponse {
  return {
    type: 'trend',
    scope: 'team',
    id: TEAM_A.id,
    name: TEAM_A.name,
    points: Array.from({ length: weeks }, (_, i) => {
      const week = 49 - weeks + 1 + i;
      return { period: `2026-W${String(week).padStart(2, '0')}`, fields: figures({ wbMean: i === 1 ? 'too-few' : 60 + i }) };
    }),
  };
}

export function device(overrides: Partial<AdminDevice> = {}): AdminDevice {
  return {
    id: '0190a000-0000-7000-8000-0000000000d1',
    teamId: TEAM_A.id,
    teamName: TEAM_A.name,
    role: 'kiosk',
    name: 'Tablet inpak',
    appVersion: '0.1.0',
    enrolledAt: '2026-11-01T08:00:00.000Z',
    lastSeenAt: '2026-12-04T09:55:00.000Z',
    revokedAt: null,
    highWaterMark: 12,
    changesWaiting: null,
    ...overrides,
  };
}

/** 10:00 UTC on 4 December 2026, the tests' now. */
export const NOW = Date.parse('2026-12-04T10:00:00.000Z');

interface Answer {
  readonly status?: number;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
}

type Handler = (url: URL, body: unknown) => Answer;

export interface FakeServer {
  readonly fetch: FetchLike;
  /** Every request, as `METHOD /path?query`. */
  readonly requests: string[];
  /** Replaces the answer to one route (`METHOD /path`). */
  on(route: string, handler: Handler): void;
  readonly devices: AdminDevice[];
}

/** A server with one organisation, one site, two teams and a chain; signed in unless `signedIn` is false. */
export function fakeServer({ signedIn = true, chainSync = null }: { signedIn?: boolean; chainSync?: OverviewResponse['chainSync'] } = {}): FakeServer {
  const requests: string[] = [];
  const devices = [device()];
  let session = signedIn;
  const routes = new Map<string, Handler>([
    ['GET /api/coordinator/session', () => (session ? { body: { type: 'session', expiresAt: '2026-12-04T18:00:00.000Z' } } : { status: 401, body: { error: 'unauthorised', code: 'coordinator_session_needed', message: 'sign in' } })],
    [
      'POST /api/coordinator/session',
      (_, body) => {
        if ((body as { key?: string }).key !== 'the-right-key') return { status: 401, body: { error: 'unauthorised', code: 'coordinator_key_wrong', message: 'wrong key' } };
        session = true;
        return { body: { type: 'session', expiresAt: '2026-12-04T18:00:00.000Z' } };
      },
    ],
    [
      'DELETE /api/coordinator/session',
      () => {
        session = false;
        return { status: 204 };
      },
    ],
    ['GET /api/coordinator/overview', () => ({ body: overview(chainSync) })],
    ['GET /api/coordinator/snapshots', (url) => ({ body: snapshots(url.searchParams.get('period') ?? '') })],
    ['GET /api/coordinator/trend', (url) => ({ body: trend(Number(url.searchParams.get('weeks'))) })],
    ['POST /api/coordinator/chain-sync', () => ({ body: { type: 'chainSync', sent: 3, waiting: 0 } })],
    ['GET /api/admin/devices', () => ({ body: { type: 'devices', devices } })],
    [
      'POST /api/admin/enrolment-codes',
      (_, body) => {
        const { teamId, role } = body as { teamId: string; role: 'kiosk' | 'coach' };
        const team = [TEAM_A, TEAM_B].find((t) => t.id === teamId) ?? TEAM_A;
        return { body: { type: 'enrolmentCode', code: 'K7P-4QX-9ZM', role, expiresAt: '2026-12-02T09:30:00.000Z', team: { id: team.id, name: team.name, siteName: SITE.name, organisationName: ORG.name } } };
      },
    ],
  ]);

  const fetch: FetchLike = (input, init) => {
    const url = new URL(input, 'http://schakel.test');
    const method = init?.method ?? 'GET';
    requests.push(`${method} ${url.pathname}${url.search}`);
    const body: unknown = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
    const revoke = /^\/api\/admin\/devices\/([^/]+)\/revoke$/.exec(url.pathname);
    let answer: Answer;
    if (method === 'POST' && revoke) {
      const index = devices.findIndex((d) => d.id === revoke[1]);
      const current = devices[index];
      if (!current) answer = { status: 404, body: { error: 'not_found', message: 'no such device' } };
      else {
        devices[index] = { ...current, revokedAt: '2026-12-04T10:00:00.000Z' };
        answer = { body: { type: 'device', device: devices[index] } };
      }
    } else {
      const handler = routes.get(`${method} ${url.pathname}`);
      answer = handler ? handler(url, body) : { status: 404, body: { error: 'not_found', message: 'no route' } };
    }
    const status = answer.status ?? 200;
    return Promise.resolve(new Response(status === 204 ? null : JSON.stringify(answer.body), { status, headers: { 'content-type': 'application/json', ...answer.headers } }));
  };

  return {
    fetch,
    requests,
    devices,
    on(route, handler) {
      routes.set(route, handler);
    },
  };
}
