import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { PROTOCOL_VERSION, enrolRequest, enrolResponse, type EnrolResponse } from '#shared/protocol.ts';
import { enrolDevice } from '#server/storage/deviceStore.ts';
import type { SqlDatabase } from '#server/storage/SqlDatabase.ts';
import { hashToken, newDeviceToken, normaliseEnrolmentCode } from '#server/tokens.ts';
import { HttpError } from '#server/http/HttpError.ts';
import { protocolVersionCheck } from '#server/http/validation.ts';

const ENROL_BODY_LIMIT = 4 * 1024;

export function enrolRoutes(app: FastifyInstance, db: SqlDatabase, newId: () => string): void {
  app.withTypeProvider<ZodTypeProvider>().post(
    '/api/enrol',
    { bodyLimit: ENROL_BODY_LIMIT, preValidation: protocolVersionCheck(), schema: { body: enrolRequest, response: { 200: enrolResponse } } },
    async (request): Promise<EnrolResponse> => {
      const body = request.body;
      const token = newDeviceToken();
      const deviceId = newId();
      const enrolled = await enrolDevice(db, {
        code: normaliseEnrolmentCode(body.code),
        deviceId,
        tokenHash: hashToken(token),
        deviceName: body.deviceName ?? null,
        appVersion: body.appVersion ?? null,
      });
      if (!enrolled) {
        throw new HttpError(404, 'enrolment_code_unknown', 'This code is unknown or already used. Check the code, or ask the coordinator for a new one.');
      }
      return { type: 'enrolled', protocolVersion: PROTOCOL_VERSION, deviceId, token, role: enrolled.role, team: enrolled.team };
    },
  );
}
