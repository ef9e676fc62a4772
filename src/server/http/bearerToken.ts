import type { FastifyRequest } from 'fastify';

/** The token in `Authorization: Bearer <token>`, or '' when there is none. */
export function bearerToken(request: FastifyRequest): string {
  const header = request.headers.authorization;
  return header?.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : '';
}
