import type { z } from 'zod';
import { ERROR_CODES, PROTOCOL_VERSION } from '#shared/protocol.ts';
import { HttpError } from './HttpError.ts';

/**
 * Checks the protocol version first (an old app must hear "update", not
 * "bad request"), then validates the body against its schema. A route may
 * take bodies from apps back to `oldestVersion`.
 */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown, oldestVersion: number = PROTOCOL_VERSION): z.infer<S> {
  const version = typeof body === 'object' && body !== null ? (body as { protocolVersion?: unknown }).protocolVersion : undefined;
  if (typeof version === 'number' && (version < oldestVersion || version > PROTOCOL_VERSION)) {
    throw new HttpError(426, ERROR_CODES.upgradeRequired, `This app speaks protocol ${String(version)}; the server needs ${String(PROTOCOL_VERSION)}. Reload the app to update it.`);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    throw new HttpError(400, ERROR_CODES.badRequest, `The request is not valid${where}: ${issue?.message ?? 'unknown problem'}.`);
  }
  return parsed.data;
}
