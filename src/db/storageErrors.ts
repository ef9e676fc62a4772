/**
 * A full disk arrives as QuotaExceededError, or wrapped in an AbortError
 * whose `inner` holds it (Dexie.js#776). Either way the transaction rolled
 * back, nothing half-written remains, and the person needs to be told.
 */
export class StorageFullError extends Error {
  override readonly name = 'StorageFullError';
  constructor(readonly original: unknown) {
    super('The tablet is full. This change was not saved. Ask your coach to make space.');
  }
}

export function isQuotaError(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 4; depth++) {
    const candidate = e as { name?: unknown; inner?: unknown; cause?: unknown };
    if (candidate.name === 'QuotaExceededError') return true;
    e = candidate.inner ?? candidate.cause;
  }
  return false;
}
