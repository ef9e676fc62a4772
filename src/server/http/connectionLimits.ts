/**
 * How long a client may take and how many connections it may hold, so slow
 * or idle sockets cannot pile up until the process runs out of file handles.
 *
 * The long poll (`/api/sync/wait`) holds a request open for up to its wait
 * time with no bytes moving, so nothing here may cut a request the server is
 * still answering: the request time-out counts only until the client has sent
 * the whole request (Node stops watching a request once its body is in), and
 * the idle time-out on a socket is set well beyond the wait.
 */
import type { ServerOptions as HttpServerOptions } from 'node:http';
import type { FastifyInstance } from 'fastify';

export interface ConnectionLimits {
  /** The client must send the whole request, headers and body, within this. */
  readonly requestTimeoutMs: number;
  /** An idle kept-alive connection between requests is closed after this. */
  readonly keepAliveTimeoutMs: number;
  /** More open connections than this are closed as they arrive. */
  readonly maxConnections: number;
}

export const DEFAULT_CONNECTION_LIMITS: ConnectionLimits = {
  // A 256 KB blob chunk on a poor workshop Wi-Fi (64 kbit/s) takes half a minute; twice that is
  // generous, and a slow-body client is let go after a minute instead of never.
  requestTimeoutMs: 60_000,
  // Short: a tablet syncs every few seconds while busy and opens a new connection cheaply when idle.
  // Behind a load balancer, keep its idle time-out below this one (or raise this).
  keepAliveTimeoutMs: 10_000,
  // A workshop of 400 tablets holds about 800 (a long poll and a push each); a chain on one process
  // a few thousand. Keep the process's file limit (`ulimit -n`) above this, with room for the database.
  maxConnections: 4_000,
};

/** Headers come first and are small: a client that has not sent them in this long is not going to. */
const HEADERS_TIMEOUT_MS = 15_000;

/** Fastify's options for the time-outs; `waitTimeoutMs` is the long poll's longest wait. */
export function connectionOptions(
  limits: ConnectionLimits,
  waitTimeoutMs: number,
): { requestTimeout: number; keepAliveTimeout: number; connectionTimeout: number; http: HttpServerOptions } {
  const headersTimeout = Math.min(HEADERS_TIMEOUT_MS, limits.requestTimeoutMs);
  return {
    requestTimeout: limits.requestTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    // A socket with no bytes either way: beyond a long poll's silence and a slow body's pauses.
    connectionTimeout: Math.max(limits.requestTimeoutMs, waitTimeoutMs) + 10_000,
    http: {
      headersTimeout,
      // Node looks for requests past their time-outs at this interval (30 s by default, which
      // would let a client keep a socket half a minute past its time-out).
      connectionsCheckingInterval: Math.min(5_000, Math.max(100, Math.floor(headersTimeout / 4))),
    },
  };
}

/** The connection cap; Node closes every connection beyond it as it arrives. */
export function capConnections(app: FastifyInstance, limits: ConnectionLimits): void {
  app.server.maxConnections = limits.maxConnections;
}
