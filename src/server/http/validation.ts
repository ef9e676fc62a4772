/**
 * How requests are judged: routes declare zod schemas from #shared/protocol
 * (fastify-type-provider-zod validates them and types the handlers), and a
 * refusal reads as a person can act on it — "The request is not valid at
 * <field>: <what is wrong>." Two rules come before the shape of a body: who
 * is asking (the routes' preValidation auth hooks: a stranger hears 401, not
 * 400), then the protocol version (an old app must hear "update", not "bad
 * request"), which is why that check is a hook of its own rather than part
 * of the schema.
 *
 * Answers are serialized with plain JSON.stringify: the provider's
 * serializer re-validates every field of every answer, which made a
 * 2000-row pull page about four times slower to write. The response
 * schemas still type each handler's answer.
 */
import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, validatorCompiler, type ZodFastifySchemaValidationError } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PROTOCOL_VERSION, refusalBody, type RefusalBody, type RefusalCode } from '#shared/protocol.ts';
import { HttpError } from './HttpError.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The refusal of a malformed path parameter, when the route has one of its own. */
    readonly invalidParams?: { readonly code: RefusalCode; readonly message: string };
  }
}

export function judgeWithZod(app: FastifyInstance): void {
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
}

/**
 * A preValidation hook refusing bodies from an app whose protocol version
 * this route cannot take: older than `oldestVersion` (an app one version
 * behind may still push what it has waiting) or newer than the server's.
 */
export function protocolVersionCheck(oldestVersion: number = PROTOCOL_VERSION) {
  // A promise either way: Fastify waits for a hook that returns none to call `done`.
  return (request: FastifyRequest): Promise<void> => {
    const { body } = request;
    const version = typeof body === 'object' && body !== null ? (body as { protocolVersion?: unknown }).protocolVersion : undefined;
    if (typeof version === 'number' && (version < oldestVersion || version > PROTOCOL_VERSION)) {
      return Promise.reject(
        new HttpError(426, 'protocol_unsupported', `This app speaks protocol ${String(version)}; the server needs ${String(PROTOCOL_VERSION)}. Reload the app to update it.`),
      );
    }
    return Promise.resolve();
  };
}

/** The answer to a request its route's schemas refused; null for any other error. */
export function refusedRequest(error: FastifyError, request: FastifyRequest): { status: number; body: RefusalBody } | null {
  if (!hasZodFastifySchemaValidationErrors(error)) return null;
  const own = error.validationContext === 'params' ? request.routeOptions.config.invalidParams : undefined;
  if (own !== undefined) return { status: 400, body: refusalBody(own.code, own.message) };
  const issue = firstIssue(error.validationContext, error.validation, request);
  const where = issue.path.length > 0 ? ` at ${issue.path}` : '';
  return { status: 400, body: refusalBody('invalid_request', `The request is not valid${where}: ${issue.message}.`) };
}

function firstIssue(context: string | undefined, issues: readonly ZodFastifySchemaValidationError[], request: FastifyRequest): { path: string; message: string } {
  const schema = request.routeOptions.schema?.body;
  if (context === 'body' && request.body === undefined && schema instanceof z.ZodType) {
    // Fastify hands a validator null for a request without a body; say what was really sent.
    const issue = schema.safeParse(undefined).error?.issues[0];
    if (issue) return { path: issue.path.join('.'), message: issue.message };
  }
  const issue = issues[0];
  // The provider writes a zod path as /a/0/b.
  const path = issue?.instancePath.slice(1).replaceAll('/', '.') ?? '';
  const inner = issue?.keyword === 'invalid_union' ? unionBranchIssue(issue.params['errors']) : undefined;
  if (inner) return { path: [path, ...inner.path].filter((p) => p !== '').join('.'), message: inner.message };
  return { path, message: issue?.message ?? 'unknown problem' };
}

interface ZodIssueLike {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

/**
 * "Invalid input" says nothing: for a value one of a union's shapes takes
 * (an object where an object or a list is taken), the first problem of that
 * shape. None when every shape refused the value's type itself.
 */
function unionBranchIssue(errors: unknown): { path: string[]; message: string } | undefined {
  if (!Array.isArray(errors)) return undefined;
  const branches = errors as ZodIssueLike[][];
  const wrongType = (b: ZodIssueLike[]) => b.length === 1 && b[0]?.code === 'invalid_type' && b[0].path.length === 0;
  const fitting = branches.filter((b) => !wrongType(b));
  const first = fitting.length === 1 ? fitting[0]?.[0] : undefined;
  return first ? { path: first.path.map(String), message: first.message } : undefined;
}
