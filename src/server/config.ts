/** Server settings from the environment, checked once at start. */
import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_ENROLMENT_CODE_DAYS } from './storage/deviceStore.ts';
import { DEFAULT_CONNECTION_LIMITS, type ConnectionLimits } from './http/connectionLimits.ts';

const env = z.object({
  PORT: z.coerce.number().int().min(1).max(65_535).default(8080),
  HOST: z.string().default('0.0.0.0'),
  SCHAKEL_DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().startsWith('postgres', 'DATABASE_URL must be a postgres:// or postgresql:// URL').optional(),
  // Several coordinators (or a test run) can share one Postgres database, each in a schema of its own.
  SCHAKEL_DATABASE_SCHEMA: z.preprocess((v) => (v === '' ? undefined : v), z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/, 'must be a lower-case SQL name like schakel_oostende').optional()),
  SCHAKEL_STATIC_DIR: z.string().default('./dist'),
  SCHAKEL_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  // How long an unused enrolment code works; a code lying in an old log or e-mail stops working.
  SCHAKEL_CODE_DAYS: z.coerce.number().int().min(1).max(365).default(DEFAULT_ENROLMENT_CODE_DAYS),
  // Empty counts as unset, so `SCHAKEL_COORDINATOR_KEY=` in a file means "generate one".
  SCHAKEL_COORDINATOR_KEY: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z.string().trim().min(24, 'must be at least 24 characters; leave it unset to have one generated').optional(),
  ),
  // Sending snapshots to a chain analysis server: both or neither.
  SCHAKEL_CHAIN_URL: z.preprocess((v) => (v === '' ? undefined : v), z.url({ protocol: /^https?$/, error: 'must be an http(s) URL like https://analysis.example/api/chains/<chain id>' }).optional()),
  SCHAKEL_CHAIN_KEY: z.preprocess((v) => (v === '' ? undefined : v), z.string().min(24, 'must be the chain key the chain analysis server gave').optional()),
  // The dashboard's demo history (a second organisation with eight weeks), on a first start; 0 leaves it out.
  SCHAKEL_DEMO_HISTORY: z.enum(['0', '1']).default('1'),
  // The room on the server for one team's photos and clips, complete or being uploaded.
  SCHAKEL_BLOB_QUOTA_MB: z.coerce.number().int().min(1).max(1_048_576).default(2048),
  SCHAKEL_CHAIN_SYNC_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(15),
  // Worker processes sharing the port (node:cluster); more than one needs Postgres.
  SCHAKEL_PROCESSES: z.coerce.number().int().min(1, 'must be 1 or more').max(64, 'must be at most 64').default(1),
  SCHAKEL_TRUST_PROXY: z.string().trim().default('false'),
  // A client must send its whole request (headers and body) within this; a long poll's wait does not count.
  SCHAKEL_REQUEST_TIMEOUT_SECONDS: z.coerce.number().int('must be a whole number of seconds').min(5, 'must be at least 5 seconds: a blob chunk on a slow network takes that long').max(3600, 'must be at most 3600 seconds (an hour)').default(DEFAULT_CONNECTION_LIMITS.requestTimeoutMs / 1000),
  SCHAKEL_KEEP_ALIVE_SECONDS: z.coerce.number().int('must be a whole number of seconds').min(1, 'must be at least 1 second').max(600, 'must be at most 600 seconds').default(DEFAULT_CONNECTION_LIMITS.keepAliveTimeoutMs / 1000),
  SCHAKEL_MAX_CONNECTIONS: z.coerce.number().int('must be a whole number').min(10, 'must be at least 10: every tablet holds one or two connections').max(1_000_000, 'must be at most 1000000').default(DEFAULT_CONNECTION_LIMITS.maxConnections),
});

/**
 * Which proxies' X-Forwarded-For to believe (Fastify's trustProxy): false (none, the default),
 * true (any: only when the server is reachable through the proxy alone), a hop count, or addresses
 * and subnets of the proxies.
 */
export type TrustProxy = boolean | number | readonly string[];

function parseTrustProxy(text: string): TrustProxy {
  if (text === '' || text === 'false') return false;
  if (text === 'true') return true;
  if (/^\d+$/.test(text)) return Number(text);
  const addresses = text.split(',').map((a) => a.trim()).filter((a) => a.length > 0);
  const bad = addresses.find((a) => !/^[0-9a-f.:]+(\/\d{1,3})?$/i.test(a) && !['loopback', 'linklocal', 'uniquelocal'].includes(a));
  if (bad !== undefined) {
    throw new Error(`Configuration problem in SCHAKEL_TRUST_PROXY: "${bad}" is not an address; use true, false, a hop count, or proxy addresses like 10.0.0.1,10.0.1.0/24`);
  }
  return addresses;
}

export interface ServerConfig {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly databaseUrl: string | undefined;
  /** The Postgres schema to keep the tables in; undefined: the connection's default (public). */
  readonly databaseSchema: string | undefined;
  readonly staticDir: string;
  /** How long tombstones are kept before compaction; tablets offline longer get a fresh snapshot. */
  readonly retentionDays: number;
  /** How many days an enrolment code works after it was made. */
  readonly codeDays: number;
  /** The coordinator's key from the environment; undefined means one is generated on first start. */
  readonly coordinatorKey: string | undefined;
  /** The most one team's photos and clips may take on the server, in bytes. */
  readonly blobQuotaBytes: number;
  /** Where and with which key to send snapshots for the chain analysis; null when this server sends nowhere. */
  readonly demoHistory: boolean;
  readonly chain: { readonly url: string; readonly key: string; readonly everyMinutes: number } | null;
  /** How many server processes share the port; above 1 only on Postgres. */
  readonly processes: number;
  readonly trustProxy: TrustProxy;
  /** Request and idle time-outs and the connection cap, per process. */
  readonly connections: ConnectionLimits;
}

export function readConfig(source: NodeJS.ProcessEnv): ServerConfig {
  const parsed = env.safeParse(source);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Configuration problem in ${issue?.path.join('.') ?? 'environment'}: ${issue?.message ?? 'invalid'}`);
  }
  const e = parsed.data;
  if ((e.SCHAKEL_CHAIN_URL === undefined) !== (e.SCHAKEL_CHAIN_KEY === undefined)) {
    throw new Error('Configuration problem in SCHAKEL_CHAIN_URL: set it together with SCHAKEL_CHAIN_KEY, or neither');
  }
  const databaseUrl = e.DATABASE_URL === '' ? undefined : e.DATABASE_URL;
  if (e.SCHAKEL_PROCESSES > 1 && databaseUrl === undefined) {
    // PGlite is one process's embedded database: a second process cannot open its folder.
    throw new Error(`Configuration problem in SCHAKEL_PROCESSES: ${String(e.SCHAKEL_PROCESSES)} processes need PostgreSQL (set DATABASE_URL); the embedded PGlite database serves one process, so leave SCHAKEL_PROCESSES at 1`);
  }
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.SCHAKEL_DATA_DIR),
    databaseUrl,
    databaseSchema: e.SCHAKEL_DATABASE_SCHEMA,
    staticDir: path.resolve(e.SCHAKEL_STATIC_DIR),
    retentionDays: e.SCHAKEL_RETENTION_DAYS,
    codeDays: e.SCHAKEL_CODE_DAYS,
    coordinatorKey: e.SCHAKEL_COORDINATOR_KEY,
    demoHistory: e.SCHAKEL_DEMO_HISTORY === '1',
    blobQuotaBytes: e.SCHAKEL_BLOB_QUOTA_MB * 1024 * 1024,
    processes: e.SCHAKEL_PROCESSES,
    trustProxy: parseTrustProxy(e.SCHAKEL_TRUST_PROXY),
    connections: { requestTimeoutMs: e.SCHAKEL_REQUEST_TIMEOUT_SECONDS * 1000, keepAliveTimeoutMs: e.SCHAKEL_KEEP_ALIVE_SECONDS * 1000, maxConnections: e.SCHAKEL_MAX_CONNECTIONS },
    chain: e.SCHAKEL_CHAIN_URL !== undefined && e.SCHAKEL_CHAIN_KEY !== undefined ? { url: e.SCHAKEL_CHAIN_URL, key: e.SCHAKEL_CHAIN_KEY, everyMinutes: e.SCHAKEL_CHAIN_SYNC_MINUTES } : null,
  };
}
