/**
 * The headers every answer carries (pages, files, API, refusals): a
 * Content-Security-Policy the two web apps run under, and helmet's other
 * hardening headers. A script that gets into a page can then load nothing
 * from elsewhere and send nothing elsewhere, and no other site can frame the
 * app or read its files.
 */
import fastifyHelmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/**
 * What the kiosk and the coordinator's page need, and nothing more. Both are
 * built files only (no inline script or style: vite writes none, React sets
 * styles through the DOM, which CSP allows), so 'self' is enough, with:
 * - 'wasm-unsafe-eval': the rota solver (HiGHS) compiles WebAssembly in its
 *   worker; it allows no string eval. (The offline voice's eSpeak NG is a
 *   wasm2js build, plain JavaScript, and needs nothing more than 'self'.)
 * - blob: and data: images: photos and voice notes are shown from object URLs.
 * - blob: media: a recorded voice note or clip plays from an object URL.
 * Workers and the service worker are files of the app ('self'). No other
 * server is ever called from the browser: tablets sync with the origin that
 * served them.
 */
export const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'", "'wasm-unsafe-eval'"],
  scriptSrcAttr: ["'none'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'blob:', 'data:'],
  mediaSrc: ["'self'", 'blob:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  workerSrc: ["'self'"],
  manifestSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
} as const;

export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      // Only the directives above: helmet's defaults add upgrade-insecure-requests, which
      // would send a tablet on a plain-HTTP workshop network to an https:// that is not there.
      useDefaults: false,
      directives: CSP_DIRECTIVES,
    },
    // The server speaks plain HTTP; whoever puts TLS in front of it decides about HSTS.
    strictTransportSecurity: false,
    // The same as frame-ancestors 'none', for browsers that predate it.
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  });
}
