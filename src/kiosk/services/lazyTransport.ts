import type { Transport } from '#sync/Transport.ts';

/**
 * A Transport that loads the real one on its first call. Every method is
 * already asynchronous, so callers cannot tell the difference; a failed load
 * rejects that call only, and the next call tries again.
 */
export function lazyTransport(load: () => Promise<Transport>): Transport {
  return {
    enrol: async (request) => (await load()).enrol(request),
    push: async (token, request) => (await load()).push(token, request),
    pull: async (token, request) => (await load()).pull(token, request),
    wait: async (token, request, signal) => (await load()).wait(token, request, signal),
    blobStatus: async (token, sha256) => (await load()).blobStatus(token, sha256),
    uploadBlobChunk: async (token, sha256, chunk) => (await load()).uploadBlobChunk(token, sha256, chunk),
    fetchBlob: async (token, sha256) => (await load()).fetchBlob(token, sha256),
  };
}
