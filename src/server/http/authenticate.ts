import type { FastifyRequest } from 'fastify';
import { ERROR_CODES } from '../../shared/protocol.ts';
import { deviceByTokenHash, type Device } from '../storage/deviceStore.ts';
import type { SqlDatabase } from '../storage/SqlDatabase.ts';
import { hashToken } from '../tokens.ts';
import { HttpError } from './HttpError.ts';

/** The device behind a bearer token, or a 401 that tells the person what to do. */
export async function authenticate(db: SqlDatabase, request: FastifyRequest): Promise<Device> {
  const header = request.headers.authorization;
  const token = header?.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : '';
  if (token.length === 0) {
    throw new HttpError(401, ERROR_CODES.unauthorised, 'This tablet is not enrolled. Enrol it with a code from the coordinator.');
  }
  const device = await deviceByTokenHash(db, hashToken(token));
  if (!device) {
    throw new HttpError(401, ERROR_CODES.unauthorised, 'The server does not know this tablet. Enrol it again with a new code.');
  }
  if (device.revoked) {
    throw new HttpError(401, ERROR_CODES.revoked, 'This tablet was switched off by the coordinator. Ask for a new code to enrol it again.');
  }
  return device;
}
