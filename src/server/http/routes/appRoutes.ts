/**
 * Which web app answers which page. /coordinator and every page under it get
 * the coordinator's app (it routes in the browser); every other page is the
 * kiosk's shell, from buildServer's not-found handler. Needs @fastify/static
 * registered on the built app (vite's dist/), for `reply.sendFile`.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** Where `vite build` puts the coordinator's page inside dist/. */
export const COORDINATOR_PAGE = 'src/coordinator/index.html';

export function appRoutes(app: FastifyInstance): void {
  const coordinatorPage = (request: FastifyRequest, reply: FastifyReply) => {
    // A missing file is a 404, never HTML, so a stale script request fails loudly instead of parsing a page.
    if (/\.[a-z0-9]+$/i.test(request.url.split('?')[0] ?? '')) {
      reply.callNotFound();
      return reply;
    }
    return reply.type('text/html').sendFile(COORDINATOR_PAGE);
  };
  app.get('/coordinator', coordinatorPage);
  app.get('/coordinator/*', coordinatorPage);
}
