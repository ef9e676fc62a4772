/**
 * Every Content-Security-Policy violation in a browser context, so a test can
 * show that the server's policy (src/server/http/securityHeaders.ts) lets the
 * app run: Chromium's console line for what it blocked, in a page or one of
 * its workers, and each page's `securitypolicyviolation` events (a blocked
 * eval that the script catches is reported only there). A worker's caught
 * refusal (WebAssembly it may not compile) logs nothing: a test shows that one
 * by the worker's work getting done.
 */
import type { BrowserContext } from 'playwright-core';

const MARK = 'CSP violation:';

export interface CspWatch {
  /** One line per violation, in the order they happened. */
  readonly violations: readonly string[];
}

/** Call before the context opens its first page. */
export async function watchCsp(context: BrowserContext): Promise<CspWatch> {
  const violations: string[] = [];
  context.on('console', (message) => {
    const text = message.text();
    if (text.startsWith(MARK) || /Content Security Policy/i.test(text)) violations.push(text);
  });
  await context.addInitScript((mark) => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`${mark} ${event.effectiveDirective} refused ${event.blockedURI} at ${event.sourceFile}:${String(event.lineNumber)}`);
    });
  }, MARK);
  return { violations };
}
