/**
 * How enrolment codes read in the start-up log and in `npm run codes`: one
 * line a code, team, role, code and expiry in columns a coach can copy from.
 */
import type { OpenCode } from './storage/deviceStore.ts';

/** UTC, to the minute: the server's log has no idea of the reader's time zone. */
export function expiryText(expiresAt: Date): string {
  return `${expiresAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

export function codeLine(c: OpenCode): string {
  return `  ${c.teamName.padEnd(18)} ${c.role.padEnd(6)} ${c.code}  until ${expiryText(c.expiresAt)}`;
}

/**
 * The start-up log's part on enrolment: the codes made at this start and
 * none older, since start-up output ends up in logs that are kept. The last
 * line is always the same kind of hint, so a reader (or a test) knows the
 * list is complete.
 */
export function startupCodeLines(made: readonly OpenCode[], engine: 'pglite' | 'postgres'): string[] {
  const howToList = engine === 'pglite'
    ? 'Open codes: stop the server, then `npm run codes` lists them (PGlite lets one program at a time use the data folder); the dashboard makes new ones while it runs.'
    : 'Open codes: `npm run codes` lists them and `npm run codes -- --new "<team>" kiosk|coach` makes one; so does the dashboard.';
  if (made.length === 0) return ['No new enrolment codes (a code is printed once, when it is made).', howToList];
  return ['New enrolment codes (each works once, until it expires):', ...made.map(codeLine), howToList];
}
