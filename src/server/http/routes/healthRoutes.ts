import type { FastifyInstance } from 'fastify';
import { PROTOCOL_VERSION } from '#shared/protocol.ts';
import type { SqlDatabase } from '#server/storage/SqlDatabase.ts';

export function healthRoutes(app: FastifyInstance, db: SqlDatabase): void {
  app.get('/api/health', async () => {
    await db.query('SELECT 1');
    return { status: 'ok', protocolVersion: PROTOCOL_VERSION, database: db.engine };
  });
}
