/**
 * The signed-in member's screens, a chunk apart from the photo grid's. One
 * import for both who need it — KioskShell to show it, main.tsx to start
 * loading it once the first screen is drawn — so both get the same promise.
 */
export const loadMemberDay = () => import('./MemberDay.tsx');
