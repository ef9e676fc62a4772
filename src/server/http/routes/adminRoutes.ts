/**
 * Coordinator administration: the device fleet, switching a device off, and
 * fresh enrolment codes. Every route needs the coordinator key, checked
 * before anything else is read.
 */
import type { FastifyInstance } from 'fastify';
import {
  ERROR_CODES,
  adminDeviceParams,
  createEnrolmentCodeRequest,
  type AdminDeviceResponse,
  type AdminDevicesResponse,
  type EnrolmentCodeResponse,
} from '#shared/protocol.ts';
import { createEnrolmentCode, teamInfo } from '#server/storage/deviceStore.ts';
import { listDevices, revokeDevice } from '#server/storage/fleetStore.ts';
import type { SqlDatabase } from '#server/storage/SqlDatabase.ts';
import { newEnrolmentCode } from '#server/tokens.ts';
import { authenticateCoordinator } from '#server/http/authenticateCoordinator.ts';
import type { DeviceAuthenticator } from '#server/http/authenticate.ts';
import { HttpError } from '#server/http/HttpError.ts';
import { parseBody } from '#server/http/parseBody.ts';

const ADMIN_BODY_LIMIT = 4 * 1024;

export function adminRoutes(app: FastifyInstance, db: SqlDatabase, auth: DeviceAuthenticator): void {
  app.get('/api/admin/devices', async (request): Promise<AdminDevicesResponse> => {
    await authenticateCoordinator(db, request);
    return { type: 'devices', devices: await listDevices(db) };
  });

  app.post('/api/admin/devices/:id/revoke', { bodyLimit: ADMIN_BODY_LIMIT }, async (request): Promise<AdminDeviceResponse> => {
    await authenticateCoordinator(db, request);
    const params = adminDeviceParams.safeParse(request.params);
    if (!params.success) {
      throw new HttpError(400, ERROR_CODES.badRequest, 'This is not a device id. Copy the id from the device list.');
    }
    const device = await revokeDevice(db, params.data.id);
    if (!device) {
      throw new HttpError(404, ERROR_CODES.notFound, `There is no device ${params.data.id}. It may have been removed; reload the device list.`);
    }
    auth.forget(device.id);
    return { type: 'device', device };
  });

  app.post('/api/admin/enrolment-codes', { bodyLimit: ADMIN_BODY_LIMIT }, async (request): Promise<EnrolmentCodeResponse> => {
    await authenticateCoordinator(db, request);
    const body = parseBody(createEnrolmentCodeRequest, request.body);
    const team = await teamInfo(db, body.teamId);
    if (!team) {
      throw new HttpError(404, ERROR_CODES.notFound, `There is no team ${body.teamId}. Pick a team from the list and try again.`);
    }
    const code = newEnrolmentCode();
    await createEnrolmentCode(db, team.id, body.role, code);
    return { type: 'enrolmentCode', code, role: body.role, team };
  });
}
