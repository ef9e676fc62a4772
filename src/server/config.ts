/** Server settings from the environment, checked once at start. */
import path from 'node:path';
import { z } from 'zod';

const env = z.object({
  PORT: z.coerce.number().int().min(1).max(65_535).default(8080),
  HOST: z.string().default('0.0.0.0'),
  SCHAKEL_DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().startsWith('postgres', 'DATABASE_URL must be a postgres:// or postgresql:// URL').optional(),
  SCHAKEL_STATIC_DIR: z.string().default('./dist'),
  SCHAKEL_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  // Empty counts as unset, so `SCHAKEL_COORDINATOR_KEY=` in a file means "generate one".
  SCHAKEL_COORDINATOR_KEY: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z.string().trim().min(24, 'must be at least 24 characters; leave it unset to have one generated').optional(),
  ),
});

export interface ServerConfig {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly databaseUrl: string | undefined;
  readonly staticDir: string;
  /** How long tombstones are kept before compaction; tablets offline longer get a fresh snapshot. */
  readonly retentionDays: number;
  /** The coordinator's key from the environment; undefined means one is generated on first start. */
  readonly coordinatorKey: string | undefined;
}

export function readConfig(source: NodeJS.ProcessEnv): ServerConfig {
  const parsed = env.safeParse(source);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Configuration problem in ${issue?.path.join('.') ?? 'environment'}: ${issue?.message ?? 'invalid'}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.SCHAKEL_DATA_DIR),
    databaseUrl: e.DATABASE_URL === '' ? undefined : e.DATABASE_URL,
    staticDir: path.resolve(e.SCHAKEL_STATIC_DIR),
    retentionDays: e.SCHAKEL_RETENTION_DAYS,
    coordinatorKey: e.SCHAKEL_COORDINATOR_KEY,
  };
}
