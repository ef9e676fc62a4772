import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { PROTOCOL_VERSION, enrolRequest, enrolResponse, type EnrolResponse } from '#shared/protocol.ts';
import { enrolDevice } from '#server/storage/deviceStore.ts';
import type { SqlDatabase } from '#server/storage/SqlDatabase.ts';
import { hashToken, newDeviceToken, normaliseEnrolmentCode } from '#server/tokens.ts';
import { HttpError } from '#server/http/HttpError.ts';
import { protocolVersionCheck } from '#server/http/validation.ts';

const ENROL_BODY_LIMIT = 4 * 1024;

export interface EnrolRouteOptions {
  readonly db: SqlDatabase;
  readonly newId: () => string;
  /** How many days a code works after it was made. */
  readonly codeDays: number;
}

export function enrolRoutes(app: FastifyInstance, { db, newId, codeDays }: EnrolRouteOptions): void {
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
        codeDays,
      });
      // Unknown, used and expired get one answer, so trying codes tells nobody which ones existed.
      if (!enrolled) {
        throw new HttpError(404, 'enrolment_code_unknown', 'This code is unknown or already used. Check the code, or ask the coordinator for a new one.');
      }
      return { type: 'enrolled', protocolVersion: PROTOCOL_VERSION, deviceId, token, role: enrolled.role, team: enrolled.team };
    },
  );
}
