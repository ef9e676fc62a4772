/**
 * The few coach strings needed outside the lazy coach-mode chunk: the
 * header's Coach button and the "wants to talk" flags that coach tablets show
 * on the photo grid. Kept tiny; the rest of coach mode loads with its chunk.
 */
import type { i18n } from 'i18next';
import type { Language } from '#shared/records.ts';

export const COACH_SHELL_NS = 'coachShell';

const nlBE = {
  enter: 'Coach',
  talk_one: '{{count}} persoon wil praten',
  talk_other: '{{count}} personen willen praten',
  moments: { start: 'begin van de dag', end: 'einde van de dag' },
  talkWhen: 'Wil praten ({{moment}}, {{time}})',
  acknowledge: 'Praatvraag gezien: {{name}}',
} as const;

type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

export const COACH_SHELL: Record<Language, Widen<typeof nlBE>> = {
  'nl-BE': nlBE,
  'fr-BE': {
    enter: 'Coach',
    talk_one: '{{count}} personne veut parler',
    talk_other: '{{count}} personnes veulent parler',
    moments: { start: 'début de journée', end: 'fin de journée' },
    talkWhen: 'Veut parler ({{moment}}, {{time}})',
    acknowledge: 'Demande de parler vue : {{name}}',
  },
  en: {
    enter: 'Coach',
    talk_one: '{{count}} person wants to talk',
    talk_other: '{{count}} people want to talk',
    moments: { start: 'start of the day', end: 'end of the day' },
    talkWhen: 'Wants to talk ({{moment}}, {{time}})',
    acknowledge: 'Talk request seen: {{name}}',
  },
};

/** Adds a namespace's strings for every language once; later calls change nothing. */
export function addStrings(instance: i18n, namespace: string, bundles: Readonly<Record<Language, object>>): void {
  for (const [lng, resources] of Object.entries(bundles)) {
    if (!instance.hasResourceBundle(lng, namespace)) instance.addResourceBundle(lng, namespace, resources, true, false);
  }
}
