/**
 * Who is asking: the device behind a bearer token, or a 401 that tells the
 * person what to do. Known tokens are remembered for a few seconds so that
 * a hall of tablets pushing at once does not queue one database read per
 * request in front of the push transaction (PGlite has one connection). A
 * revoke through this server forgets the device at once, and every push
 * re-checks revocation inside its own transaction anyway.
 *
 * With several processes on Postgres a revoke in one cannot reach another's
 * memory in time, so there nothing is remembered (`rememberMs: 0`): every
 * request reads the device by its unique token hash, one indexed look-up on
 * a pool of connections, and a revoked tablet is refused by every process at
 * once.
 *
 * A token the database did not know is remembered as unknown for a while
 * (TokenVerdicts), so a stream of the same made-up token costs one read;
 * tokens found live are noted there for the rate limits, never trusted here.
 */
import type { FastifyRequest } from 'fastify';
import { deviceByTokenHash, type Device } from '#server/storage/deviceStore.ts';
import type { SqlDatabase } from '#server/storage/SqlDatabase.ts';
import { hashToken } from '#server/tokens.ts';
import { HttpError } from './HttpError.ts';
import { TokenVerdicts } from './TokenVerdicts.ts';

const REMEMBER_MS = 10_000;
const MAX_REMEMBERED = 10_000;

export class DeviceAuthenticator {
  private readonly known = new Map<string, { device: Device; until: number }>();
  private readonly checked = new WeakMap<FastifyRequest, Device>();
  private readonly rememberMs: number;
  private readonly now: () => number;
  /** What look-ups found, shared with the rate limits. */
  readonly verdicts: TokenVerdicts;

  constructor(
    private readonly db: SqlDatabase,
    options: { readonly rememberMs?: number; readonly now?: () => number; readonly verdicts?: TokenVerdicts } = {},
  ) {
    this.rememberMs = options.rememberMs ?? REMEMBER_MS;
    this.now = options.now ?? (() => Date.now());
    this.verdicts = options.verdicts ?? new TokenVerdicts(this.now);
  }

  /** Postgres may have other server processes revoking devices; PGlite has only this one. */
  static for(db: SqlDatabase, verdicts?: TokenVerdicts): DeviceAuthenticator {
    return new DeviceAuthenticator(db, { rememberMs: db.engine === 'postgres' ? 0 : REMEMBER_MS, ...(verdicts ? { verdicts } : {}) });
  }

  async device(request: FastifyRequest): Promise<Device> {
    const header = request.headers.authorization;
    const token = header?.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : '';
    if (token.length === 0) {
      throw new HttpError(401, 'device_not_enrolled', 'This tablet is not enrolled. Enrol it with a code from the coordinator.');
    }
    const hash = hashToken(token);
    const remembered = this.known.get(hash);
    if (remembered && remembered.until > this.now()) return remembered.device;
    if (this.verdicts.isUnknown(hash)) throw unknownError();
    const device = await deviceByTokenHash(this.db, hash);
    if (!device) {
      this.verdicts.markUnknown(hash);
      throw unknownError();
    }
    if (device.revoked) {
      this.verdicts.markRevoked(hash);
      throw revokedError();
    }
    this.verdicts.markLive(hash);
    if (this.rememberMs <= 0) return device;
    if (this.known.size >= MAX_REMEMBERED) this.known.clear();
    this.known.set(hash, { device, until: this.now() + this.rememberMs });
    return device;
  }

  /**
   * A preValidation hook: the device is known before the request is judged,
   * so a tablet that is not enrolled hears 401 whatever it sent.
   */
  readonly check = async (request: FastifyRequest): Promise<void> => {
    this.checked.set(request, await this.device(request));
  };

  /** The device `check` let through for this request. */
  of(request: FastifyRequest): Device {
    const device = this.checked.get(request);
    if (!device) throw new Error(`${request.url} has no device check`);
    return device;
  }

  /** Called when a device is revoked, so its next request is refused at once. */
  forget(deviceId: string): void {
    for (const [hash, entry] of this.known) if (entry.device.id === deviceId) this.known.delete(hash);
  }
}

function unknownError(): HttpError {
  return new HttpError(401, 'device_unknown', 'The server does not know this tablet. Enrol it again with a new code.');
}

export function revokedError(): HttpError {
  return new HttpError(401, 'device_revoked', 'This tablet was switched off by the coordinator. Ask for a new code to enrol it again.');
}
