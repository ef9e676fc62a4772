/**
 * Keys are checked at compile time: i18next reads each namespace's shape
 * from its Dutch file (Dutch is the default language and the fallback;
 * `npm run lint:i18n` checks the other languages have the same keys), so
 * a key that no Dutch file has does not compile.
 *
 * Both web apps compile in one TypeScript program, and i18next's options
 * type is one per program, so this one declaration lists every namespace of
 * both: the kiosk's here, the coordinator's from its own folder. The default
 * namespace is the kiosk's; the coordinator names its own namespace.
 */
import type coach from './locales/nl-BE/coach.json';
import type coachShell from './locales/nl-BE/coachShell.json';
import type board from './locales/nl-BE/board.json';
import type orderImport from './locales/nl-BE/orderImport.json';
import type orders from './locales/nl-BE/orders.json';
import type rota from './locales/nl-BE/rota.json';
import type team from './locales/nl-BE/team.json';
import type translation from './locales/nl-BE/translation.json';
// eslint-disable-next-line boundaries/dependencies -- types only, no code: the one program-wide declaration must know the coordinator's keys too.
import type coordinator from '#coordinator/i18n/locales/nl-BE/coordinator.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: {
      translation: typeof translation;
      coachShell: typeof coachShell;
      coach: typeof coach;
      rota: typeof rota;
      orders: typeof orders;
      orderImport: typeof orderImport;
      team: typeof team;
      board: typeof board;
      coordinator: typeof coordinator;
    };
  }
}
