/**
 * The chain analysis server's side: members of a chain send their
 * export-grade snapshots to /api/chains/<chain>/snapshots with the chain key
 * this server gave them. The thresholds are checked again here, whatever
 * the sender did; a wrong key and an unknown chain get the same answer, so
 * nobody learns which chains exist.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { chainPushRequest, chainPushResponse } from '#shared/snapshots/exportFormat.ts';
import { MIN_EXPORT_RESPONDENTS } from '#shared/snapshots/fields.ts';
import { isChainKey, storeChainSnapshots } from '#server/storage/chainStore.ts';
import type { SqlDatabase } from '#server/storage/SqlDatabase.ts';
import { regate } from '#server/snapshots/snapshotReads.ts';
import { hashToken } from '#server/tokens.ts';
import { bearerToken } from '#server/http/bearerToken.ts';
import { HttpError } from '#server/http/HttpError.ts';

const CHAIN_BODY_LIMIT = 4 * 1024 * 1024;
const WRONG_KEY = 'This chain key is not valid here. Ask the chain analysis server for the key of your chain.';

export function chainRoutes(app: FastifyInstance, db: SqlDatabase): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.post(
    '/api/chains/:chainId/snapshots',
    {
      bodyLimit: CHAIN_BODY_LIMIT,
      // Before the body is read: a stranger's 4 MB is never parsed.
      onRequest: async (request) => {
        const { chainId } = request.params as { chainId?: string };
        const key = bearerToken(request);
        const valid = z.uuid().safeParse(chainId).success && key.length > 0 && (await isChainKey(db, chainId ?? '', hashToken(key)));
        if (!valid) throw new HttpError(401, 'chain_key_wrong', WRONG_KEY);
      },
      schema: { params: z.object({ chainId: z.uuid() }), body: chainPushRequest, response: { 200: chainPushResponse } },
    },
    async (request) => {
      const snapshots = request.body.snapshots.map((s) => regate(s, MIN_EXPORT_RESPONDENTS));
      const outcome = await storeChainSnapshots(db, request.params.chainId, hashToken(bearerToken(request)), snapshots);
      if (outcome.type === 'organisationTaken') throw new HttpError(409, 'chain_organisation_taken', 'This key sends for another organisation, or that organisation is sent by another key. Ask the chain analysis server for a key of your own.');
      if (outcome.type === 'subjectTaken') throw new HttpError(409, 'chain_organisation_taken', 'A team or site in this request was sent before by another organisation. Nothing was stored.');
      return { type: 'chainReceived' as const, stored: outcome.stored, unchanged: outcome.unchanged };
    },
  );
}
