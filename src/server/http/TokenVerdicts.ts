/**
 * What this process last learned about device token hashes, for two uses
 * that never decide who a request is:
 *
 * - `unknown`: a negative cache. A token the database did not know is
 *   refused again without reading it, for a short while. This is safe on
 *   every engine, with any number of processes: a token that is unknown now
 *   becomes known only by an enrolment, and an enrolment makes a new random
 *   token, never one someone already sent.
 * - `live`: hashes that belonged to a live device, so the rate limits can
 *   budget a real tablet by itself and a stranger's made-up tokens by address.
 *   It is not an authentication cache: on Postgres every request still reads
 *   its device (authenticate.ts), so a revocation is seen at once by every
 *   process. At worst a revoked tablet keeps its own budget until it expires.
 *
 * Both are bounded and kept apart, so a flood of made-up tokens can never
 * push a real tablet out of `live`.
 */
const UNKNOWN_FOR_MS = 30_000;
const MAX_UNKNOWN = 10_000;
// Long: a tablet's first request after it drops out pays from its address's budget (then gets it back).
const LIVE_FOR_MS = 30 * 60_000;
const MAX_LIVE = 50_000;

export class TokenVerdicts {
  private readonly unknownHashes = new ExpiringSet(MAX_UNKNOWN, UNKNOWN_FOR_MS);
  private readonly liveHashes = new ExpiringSet(MAX_LIVE, LIVE_FOR_MS);

  constructor(private readonly now: () => number = () => Date.now()) {}

  isUnknown(hash: string): boolean {
    return this.unknownHashes.has(hash, this.now());
  }

  isLive(hash: string): boolean {
    return this.liveHashes.has(hash, this.now());
  }

  markUnknown(hash: string): void {
    this.unknownHashes.add(hash, this.now());
  }

  markLive(hash: string): void {
    this.liveHashes.add(hash, this.now());
  }

  /** A revoked device's token: it pays by address again from now on. */
  markRevoked(hash: string): void {
    this.liveHashes.delete(hash);
  }
}

/** A set whose members expire, least recently added first out when full. */
class ExpiringSet {
  private readonly until = new Map<string, number>();

  constructor(
    private readonly max: number,
    private readonly forMs: number,
  ) {}

  has(key: string, now: number): boolean {
    const until = this.until.get(key);
    if (until === undefined) return false;
    if (until > now) return true;
    this.until.delete(key);
    return false;
  }

  add(key: string, now: number): void {
    // Delete first, so a renewed key moves to the end of the Map's order.
    this.until.delete(key);
    this.until.set(key, now + this.forMs);
    if (this.until.size > this.max) {
      const oldest = this.until.keys().next();
      if (oldest.done !== true) this.until.delete(oldest.value);
    }
  }

  delete(key: string): void {
    this.until.delete(key);
  }
}
