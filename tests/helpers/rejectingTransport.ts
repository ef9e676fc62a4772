import type { Transport } from '#sync/Transport.ts';

/** A transport whose every call fails, except the ones a test overrides. */
export function rejectingTransport(overrides: Partial<Transport> = {}): Transport {
  const fail = () => Promise.reject(new Error('no transport in this test'));
  return { enrol: fail, push: fail, pull: fail, wait: fail, blobStatus: fail, uploadBlobChunk: fail, fetchBlob: fail, ...overrides };
}
