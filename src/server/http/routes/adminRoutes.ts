/**
 * Coordinator administration: the device fleet, switching a device off, and
 * fresh enrolment codes. Every route needs the coordinator key, checked
 * before anything else is read.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  adminDeviceParams,
  adminDeviceResponse,
  adminDevicesResponse,
  createEnrolmentCodeRequest,
  enrolmentCodeResponse,
  type AdminDeviceResponse,
  type AdminDevicesResponse,
  type EnrolmentCodeResponse,
} from '#shared/protocol.ts';
import { createEnrolmentCode, teamInfo } from '#server/storage/deviceStore.ts';
import { listDevices, revokeDevice } from '#server/storage/fleetStore.ts';
import type { SqlDatabase } from '#server/storage/SqlDatabase.ts';
import { hashToken, newDeviceToken, newEnrolmentCode } from '#server/tokens.ts';
import { coordinatorOnly } from '#server/http/authenticateCoordinator.ts';
import type { DeviceAuthenticator } from '#server/http/authenticate.ts';
import { HttpError } from '#server/http/HttpError.ts';
import { protocolVersionCheck } from '#server/http/validation.ts';
import { z } from 'zod';
import { shortText } from '#shared/records/schemas.ts';
import { addChainKey, chainExists, createChain } from '#server/storage/chainStore.ts';


const createChainRequest = z.strictObject({
  name: shortText(80),
  links: z.array(z.strictObject({ organisationId: z.uuid(), role: z.enum(['supplier', 'workshop', 'customer']) })).max(50).default([]),
});

const ADMIN_BODY_LIMIT = 4 * 1024;

export interface AdminRouteOptions {
  readonly db: SqlDatabase;
  readonly auth: DeviceAuthenticator;
  readonly newId: () => string;
  /** How many days a fresh enrolment code works. */
  readonly codeDays: number;
}

export function adminRoutes(app: FastifyInstance, { db, auth, newId, codeDays }: AdminRouteOptions): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const keyFirst = coordinatorOnly(db);

  api.get('/api/admin/devices', { preValidation: keyFirst, schema: { response: { 200: adminDevicesResponse } } }, async (): Promise<AdminDevicesResponse> => {
    return { type: 'devices', devices: await listDevices(db) };
  });

  api.post(
    '/api/admin/devices/:id/revoke',
    {
      bodyLimit: ADMIN_BODY_LIMIT,
      preValidation: keyFirst,
      schema: { params: adminDeviceParams, response: { 200: adminDeviceResponse } },
      config: { invalidParams: { code: 'invalid_device_id', message: 'This is not a device id. Copy the id from the device list.' } },
    },
    async (request): Promise<AdminDeviceResponse> => {
      const device = await revokeDevice(db, request.params.id);
      if (!device) {
        throw new HttpError(404, 'device_not_found', `There is no device ${request.params.id}. It may have been removed; reload the device list.`);
      }
      auth.forget(device.id);
      return { type: 'device', device };
    },
  );

  api.post(
    '/api/admin/enrolment-codes',
    {
      bodyLimit: ADMIN_BODY_LIMIT,
      // Every body the server reads is judged the same way, protocol version first.
      preValidation: [keyFirst, protocolVersionCheck()],
      schema: { body: createEnrolmentCodeRequest, response: { 200: enrolmentCodeResponse } },
    },
    async (request): Promise<EnrolmentCodeResponse> => {
      const body = request.body;
      const team = await teamInfo(db, body.teamId);
      if (!team) {
        throw new HttpError(404, 'team_not_found', `There is no team ${body.teamId}. Pick a team from the list and try again.`);
      }
      const code = newEnrolmentCode();
      const expiresAt = await createEnrolmentCode(db, team.id, body.role, code, codeDays);
      return { type: 'enrolmentCode', code, role: body.role, team, expiresAt: expiresAt.toISOString() };
    },
  );

  // A chain (on the chain analysis server, or to group this server's organisations) and a key for a member to send with.
  api.post('/api/admin/chains', { bodyLimit: ADMIN_BODY_LIMIT, preValidation: keyFirst, schema: { body: createChainRequest } }, async (request) => {
    const id = newId();
    await createChain(db, { id, name: request.body.name, links: request.body.links });
    return { type: 'chain', id, name: request.body.name };
  });

  api.post('/api/admin/chains/:chainId/keys', { bodyLimit: ADMIN_BODY_LIMIT, preValidation: keyFirst, schema: { params: z.object({ chainId: z.uuid() }) } }, async (request) => {
    if (!(await chainExists(db, request.params.chainId))) throw new HttpError(404, 'snapshot_not_found', `There is no chain ${request.params.chainId} here.`);
    const key = newDeviceToken();
    await addChainKey(db, request.params.chainId, hashToken(key));
    // Shown once: only its hash is kept.
    return { type: 'chainKey', chainId: request.params.chainId, key };
  });
}
