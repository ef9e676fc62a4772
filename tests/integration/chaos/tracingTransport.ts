/**
 * A transport that writes down each exchange a tablet has with the server
 * (what it asked, and the answer or how it failed), so two runs of one
 * chaos schedule can be compared line by line. Tokens and enrolment codes
 * are random by design and left out; bytes are written as their length.
 */
import { TransportError, type Transport } from '#sync/Transport.ts';

function line(op: string, request: unknown, outcome: unknown): string {
  return JSON.stringify({ op, request, outcome }, (_key, value: unknown) => (value instanceof Uint8Array ? { bytes: value.length } : value));
}

function failure(error: unknown): { failed: string } {
  return { failed: error instanceof TransportError ? `${error.failure} ${String(error.status ?? '')}` : error instanceof Error ? error.name : 'unknown' };
}

export function tracingTransport(inner: Transport, trace: string[]): Transport {
  const traced = async <T>(op: string, request: unknown, call: () => Promise<T>, shown: (answer: T) => unknown = (answer) => answer): Promise<T> => {
    try {
      const answer = await call();
      trace.push(line(op, request, shown(answer)));
      return answer;
    } catch (error) {
      trace.push(line(op, request, failure(error)));
      throw error;
    }
  };
  return {
    enrol: (request) =>
      traced('enrol', null, () => inner.enrol(request), ({ deviceId, role, team }) => ({ deviceId, role, team })),
    push: (token, request) => traced('push', request, () => inner.push(token, request)),
    pull: (token, request) => traced('pull', request, () => inner.pull(token, request)),
    wait: (token, request, signal) => traced('wait', request, () => inner.wait(token, request, signal)),
    blobStatus: (token, sha256) => traced('blobStatus', sha256, () => inner.blobStatus(token, sha256)),
    uploadBlobChunk: (token, sha256, chunk) => traced('uploadBlobChunk', { sha256, ...chunk }, () => inner.uploadBlobChunk(token, sha256, chunk)),
    fetchBlob: (token, sha256) => traced('fetchBlob', sha256, () => inner.fetchBlob(token, sha256)),
  };
}
