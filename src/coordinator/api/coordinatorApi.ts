/**
 * The coordinator page's one door to the server. Every answer is parsed
 * with the contract's zod schemas (src/shared/snapshots/api.ts,
 * src/shared/protocol.ts) before a component sees it, and every refusal
 * becomes an ApiError carrying the server's stable `code`. A 401 that says
 * the session is gone (`coordinator_session_needed`) is also reported to
 * `onSessionEnded`, so whichever screen asked, the page goes back to sign-in.
 */
import type { z } from 'zod';
import { adminDeviceResponse, adminDevicesResponse, enrolmentCodeResponse, errorBody, PROTOCOL_VERSION, type AdminDevice, type DeviceRole, type EnrolmentCodeResponse } from '#shared/protocol.ts';
import { chainSyncResponse, overviewResponse, sessionResponse, snapshotsResponse, trendResponse, type ChainSyncResponse, type OverviewResponse, type Scope, type SessionResponse, type SnapshotsResponse, type TrendResponse } from '#shared/snapshots/api.ts';


export const SESSION_NEEDED = 'coordinator_session_needed';
export const KEY_WRONG = 'coordinator_key_wrong';
export const RATE_LIMITED = 'sign_in_rate_limited';

/** A call that did not give what was asked: `status` 0 when the server could not be reached. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string | null;
  /** Seconds to wait, from a 429's `retry-after` header. */
  readonly retryAfterS: number | null;

  constructor(status: number, code: string | null, message: string, retryAfterS: number | null = null) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.retryAfterS = retryAfterS;
  }
}

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export interface CoordinatorApi {
  /** The current session, or null when not signed in. */
  session(): Promise<SessionResponse | null>;
  signIn(key: string): Promise<SessionResponse>;
  signOut(): Promise<void>;
  overview(): Promise<OverviewResponse>;
  snapshots(period: string): Promise<SnapshotsResponse>;
  trend(scope: Scope, id: string, weeks: number): Promise<TrendResponse>;
  chainSync(): Promise<ChainSyncResponse>;
  devices(): Promise<AdminDevice[]>;
  revokeDevice(id: string): Promise<AdminDevice>;
  createEnrolmentCode(teamId: string, role: DeviceRole): Promise<EnrolmentCodeResponse>;
}

export type ExportFormat = 'csv' | 'json';

/** Where the export of a period downloads from (the server answers with an attachment). */
export function exportUrl(period: string, format: ExportFormat): string {
  return `/api/coordinator/export?${new URLSearchParams({ period, format }).toString()}`;
}

export const EXPORT_SCHEMA_URL = '/api/coordinator/export/schema.json';

interface Options {
  readonly fetch?: FetchLike;
  readonly onSessionEnded?: () => void;
}

export function createCoordinatorApi({ fetch: fetchFn = (input, init) => fetch(input, init), onSessionEnded = () => undefined }: Options = {}): CoordinatorApi {
  async function send(method: string, url: string, body?: unknown): Promise<Response> {
    let response: Response;
    try {
      response = await fetchFn(url, {
        method,
        credentials: 'same-origin',
        headers: body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch (error) {
      throw new ApiError(0, null, error instanceof Error ? error.message : 'network error');
    }
    if (response.ok) return response;
    const parsed = errorBody.safeParse(await response.json().catch(() => null));
    const code = parsed.success ? (parsed.data.code ?? null) : null;
    const retryAfter = Number(response.headers.get('retry-after'));
    const error = new ApiError(response.status, code, parsed.success ? parsed.data.message : response.statusText, Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null);
    if (response.status === 401 && code === SESSION_NEEDED) onSessionEnded();
    throw error;
  }

  async function json<T>(schema: z.ZodType<T>, method: string, url: string, body?: unknown): Promise<T> {
    const response = await send(method, url, body);
    const result = schema.safeParse(await response.json().catch(() => null));
    if (!result.success) throw new ApiError(response.status, 'unexpected_answer', result.error.message);
    return result.data;
  }

  return {
    async session() {
      try {
        return await json(sessionResponse, 'GET', '/api/coordinator/session');
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    signIn: (key) => json(sessionResponse, 'POST', '/api/coordinator/session', { key }),
    async signOut() {
      await send('DELETE', '/api/coordinator/session');
    },
    overview: () => json(overviewResponse, 'GET', '/api/coordinator/overview'),
    snapshots: (period) => json(snapshotsResponse, 'GET', `/api/coordinator/snapshots?${new URLSearchParams({ period }).toString()}`),
    trend: (scope, id, weeks) => json(trendResponse, 'GET', `/api/coordinator/trend?${new URLSearchParams({ scope, id, weeks: String(weeks) }).toString()}`),
    chainSync: () => json(chainSyncResponse, 'POST', '/api/coordinator/chain-sync', {}),
    devices: async () => (await json(adminDevicesResponse, 'GET', '/api/admin/devices')).devices,
    revokeDevice: async (id) => (await json(adminDeviceResponse, 'POST', `/api/admin/devices/${encodeURIComponent(id)}/revoke`, {})).device,
    createEnrolmentCode: (teamId, role) => json(enrolmentCodeResponse, 'POST', '/api/admin/enrolment-codes', { protocolVersion: PROTOCOL_VERSION, teamId, role }),
  };
}
