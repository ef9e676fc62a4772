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
import { newEnrolmentCode } from '#server/tokens.ts';
import { coordinatorOnly } from '#server/http/authenticateCoordinator.ts';
import type { DeviceAuthenticator } from '#server/http/authenticate.ts';
import { HttpError } from '#server/http/HttpError.ts';
import { protocolVersionCheck } from '#server/http/validation.ts';

const ADMIN_BODY_LIMIT = 4 * 1024;

export function adminRoutes(app: FastifyInstance, db: SqlDatabase, auth: DeviceAuthenticator): void {
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
      await createEnrolmentCode(db, team.id, body.role, code);
      return { type: 'enrolmentCode', code, role: body.role, team };
    },
  );
}
