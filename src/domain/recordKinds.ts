/**
 * How each kind of record behaves under sync, as the registry declares it:
 * events are facts that happened (insert-only, never edited); mutable
 * records are edited by coaches and merge per field. Kiosks record what
 * members do; only coach devices edit the team's set-up or answer help
 * calls. Well-being answers are private to the member and the team's
 * coaches: a kiosk never receives them from the server.
 */
export { isEventKind, kindsHiddenFrom, roleMayRead, roleMayWrite } from '#shared/records/registry.ts';
