/** Dutch (Flemish), the default. Easy-read: one idea per sentence, at most ten words. */
export const nlBE = {
  common: {
    speak: 'Lees voor',
    noVoice: 'Geen stem op deze tablet',
    next: 'Volgende',
    back: 'Terug',
    signOut: 'Afmelden',
    home: 'Naar mijn taken',
  },
  enrol: {
    title: 'Tablet koppelen',
    explain: 'Typ de code van de coördinator.',
    codeLabel: 'Koppelcode',
    submit: 'Koppelen',
    busy: 'Even geduld…',
    offline: 'Geen verbinding met de server. Probeer opnieuw.',
  },
  signin: {
    title: 'Wie ben jij?',
    hint: 'Tik op je foto.',
    empty: 'Er zijn nog geen mensen. De tablet haalt ze op.',
  },
  checkin: {
    question: 'Hoe gaat het met jou?',
    good: 'Goed',
    unsure: 'Gaat wel',
    bad: 'Niet goed',
    skip: 'Nu niet',
  },
  today: {
    title: 'Vandaag',
    hello: 'Dag {{name}}',
    empty: 'Je hebt vandaag geen taken.',
    done: 'Klaar',
    dueAt: 'Klaar om {{time}}',
    station: 'Plaats: {{name}}',
  },
  player: {
    stepOf: 'Stap {{n}} van {{total}}',
    ppe: 'Draag dit',
    toCounts: 'Tellen',
    step: 'Stap',
  },
  counts: {
    title: 'Hoeveel stukken?',
    good: 'Goede stukken',
    rejected: 'Foute stukken',
    more: 'Eén meer: {{what}}',
    less: 'Eén minder: {{what}}',
    finish: 'Klaar',
    speech: 'Tel de goede stukken. Tel de foute stukken. Tik dan op klaar.',
  },
  sync: {
    online: 'Verbonden',
    offline: 'Geen verbinding',
    waiting_one: '{{count}} wijziging wacht',
    waiting_other: '{{count}} wijzigingen wachten',
    allSent: 'Alles is verstuurd',
    lastSync: 'Bijgewerkt om {{time}}',
    lastSyncDay: 'Bijgewerkt op {{date}}',
    never: 'Nog niet bijgewerkt',
    syncing: 'Bezig met bijwerken',
    updateNeeded: 'Nieuwe versie nodig',
    enrolAgain: 'Tablet opnieuw koppelen',
    serverProblem: 'Server heeft een probleem',
    syncNow: 'Nu synchroniseren',
    status: 'Verbinding',
  },
  pwa: {
    updateAvailable: 'Er is een nieuwe versie.',
    update: 'Nu bijwerken',
    later: 'Later',
    waitingFirst: 'Er wachten nog wijzigingen. Zoek eerst verbinding.',
  },
  storage: {
    use: 'Opslag: {{used}} van {{quota}}',
    notPersisted: 'niet beschermd',
  },
  reenrol: {
    title: 'Deze tablet is losgekoppeld.',
    action: 'Opnieuw koppelen',
  },
  errors: {
    storageFull: 'De tablet is vol. Dit is niet bewaard. Vraag je coach om hulp.',
    generic: 'Er ging iets mis. Probeer opnieuw.',
  },
} as const;

type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof nlBE>;
