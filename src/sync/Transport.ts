/**
 * What the sync client needs from the network, and nothing more. The browser
 * uses HTTP (httpTransport.ts); tests plug in the real server in-process and
 * inject faults between the two.
 */
import type { EnrolRequest, EnrolResponse, PullRequest, PullResponse, PushRequest, PushResponse } from '../shared/protocol.ts';

export interface Transport {
  enrol(request: EnrolRequest): Promise<EnrolResponse>;
  push(token: string, request: PushRequest): Promise<PushResponse>;
  pull(token: string, request: PullRequest): Promise<PullResponse>;
}

export const TRANSPORT_FAILURES = {
  /** No answer at all: offline, DNS, connection refused. Retry later. */
  offline: 'offline',
  /** The server failed (5xx) or answered nonsense. Retry later. */
  server: 'server',
  /** The token is unknown or revoked: enrol again. */
  unauthorised: 'unauthorised',
  /** The server speaks another protocol version: update the app. */
  upgradeRequired: 'upgradeRequired',
  /** The server refused this request for good (4xx). */
  refused: 'refused',
} as const;

export type TransportFailure = (typeof TRANSPORT_FAILURES)[keyof typeof TRANSPORT_FAILURES];

export class TransportError extends Error {
  override readonly name = 'TransportError';
  constructor(
    readonly failure: TransportFailure,
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }

  /** Whether trying the same request again later can succeed. */
  get transient(): boolean {
    return this.failure === 'offline' || this.failure === 'server';
  }
}
