/**
 * What the sync client needs from the network, and nothing more. The browser
 * uses HTTP (httpTransport.ts); tests plug in the real server in-process and
 * inject faults between the two.
 */
import type { BlobStatus } from '#shared/blobs.ts';
import type { EnrolRequest, EnrolResponse, PullRequest, PullResponse, PushRequest, PushResponse, WaitRequest, WaitResponse } from '#shared/protocol.ts';

export interface Transport {
  enrol(request: EnrolRequest): Promise<EnrolResponse>;
  push(token: string, request: PushRequest): Promise<PushResponse>;
  pull(token: string, request: PullRequest): Promise<PullResponse>;
  /** Long poll for "the team changed"; `signal` ends it early. */
  wait(token: string, request: WaitRequest, signal?: AbortSignal): Promise<WaitResponse>;
  /** How much of a blob the server holds. */
  blobStatus(token: string, sha256: string): Promise<BlobStatus>;
  /** Sends one chunk; a chunk at the wrong offset is answered with the server's real progress. */
  uploadBlobChunk(token: string, sha256: string, chunk: BlobChunk): Promise<BlobStatus>;
  /** The bytes of a complete blob, or null while the server does not have it. */
  fetchBlob(token: string, sha256: string): Promise<{ bytes: Uint8Array<ArrayBuffer>; mime: string } | null>;
}

export interface BlobChunk {
  readonly offset: number;
  readonly size: number;
  readonly mime: string;
  readonly bytes: Uint8Array<ArrayBuffer>;
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

/**
 * A request that did not get its answer. `message` is English, for logs;
 * a screen shows the sentence for `code`, the server's refusal code
 * (errorCodes.ts) as sent, or null when the server gave none (no answer,
 * or one this app cannot read). A code may be one this app does not know.
 */
export class TransportError extends Error {
  override readonly name = 'TransportError';
  constructor(
    readonly failure: TransportFailure,
    message: string,
    readonly status?: number,
    readonly code: string | null = null,
  ) {
    super(message);
  }

  /** Whether trying the same request again later can succeed. */
  get transient(): boolean {
    return this.failure === 'offline' || this.failure === 'server';
  }
}
