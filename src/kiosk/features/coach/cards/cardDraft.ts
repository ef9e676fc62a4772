/**
 * A card while the coach edits it: form-shaped (numbers as typed text, the
 * spoken text empty when it is the sentence, every language's words side by
 * side), turned into a card record only on save, and checked there with the
 * same zod schema the server uses.
 */
import { cardFirstLanguage } from '#domain/cardLanguage.ts';
import { card as cardSchema, type Card, type CardStep, type Language, type StepKind } from '#shared/records.ts';
import { LANGUAGES } from '#shared/records/recordFields.ts';

/** Words per language; a language the coach has not written yet is absent or empty. */
export type PerLanguage = Readonly<Partial<Record<Language, string>>>;

/** The protective equipment a card can ask for, in the order the editor shows it. */
export const PPE_PICTOS = ['gloves', 'goggles', 'vest', 'helmet', 'ear-protection', 'mask'] as const;

/** Easy-read: a sentence longer than this gets a (non-blocking) hint. */
export const READABLE_WORDS = 10;

export interface StepDraft {
  readonly id: string;
  readonly picto: string;
  readonly photo: string | null;
  readonly text: PerLanguage;
  /** Empty: the sentence itself is spoken. */
  readonly speech: PerLanguage;
  readonly kind: StepKind;
  readonly seconds: string;
  readonly target: string;
  readonly key: boolean;
  readonly clip: string | null;
}

export interface CardDraft {
  /** The languages the card is written in; the first is the card's first language, the fallback. */
  readonly languages: readonly Language[];
  readonly title: PerLanguage;
  readonly picto: string;
  readonly stationId: string;
  readonly ppe: readonly string[];
  readonly steps: readonly StepDraft[];
  /** The products the card makes as customers name them, one per line or comma apart. */
  readonly products: string;
  /** Good pieces an hour, as typed; empty when the coach does not know. */
  readonly piecesPerHour: string;
}

export function newStepDraft(id: string): StepDraft {
  return { id, picto: 'worker', photo: null, text: {}, speech: {}, kind: 'plain', seconds: '60', target: '10', key: false, clip: null };
}

/** A new card, first written in `language` (the coach's own). */
export function emptyDraft(stationId: string, firstStepId: string, language: Language = 'nl-BE'): CardDraft {
  return { languages: [language], title: {}, picto: 'memo', stationId, ppe: [], steps: [newStepDraft(firstStepId)], products: '', piecesPerHour: '' };
}

/** The card's languages: its first, then every one it has a translation in, in Schakel's order. */
function cardLanguages(card: Card): Language[] {
  const first = cardFirstLanguage(card);
  const others = LANGUAGES.filter((l) => l !== first && (card.translations?.[l] !== undefined || card.steps.some((s) => s.translations?.[l] !== undefined)));
  return [first, ...others];
}

export function draftFromCard(card: Card): CardDraft {
  const languages = cardLanguages(card);
  const [first] = languages;
  const per = (firstText: string, translated: (l: Language) => string | undefined): PerLanguage => Object.fromEntries(languages.map((l) => [l, l === first ? firstText : (translated(l) ?? '')]));
  return {
    languages,
    title: per(card.title, (l) => card.translations?.[l]?.title),
    picto: card.picto,
    stationId: card.stationId,
    ppe: card.ppe,
    products: (card.products ?? []).join(', '),
    piecesPerHour: card.piecesPerHour === undefined ? '' : String(card.piecesPerHour),
    steps: card.steps.map((s) => ({
      id: s.id,
      picto: s.picto,
      photo: s.photo ?? null,
      text: per(s.text, (l) => s.translations?.[l]?.text),
      speech: per(s.speech === s.text ? '' : s.speech, (l) => {
        const tr = s.translations?.[l];
        return tr && tr.speech !== tr.text ? tr.speech : '';
      }),
      kind: s.kind ?? 'plain',
      seconds: String(s.seconds ?? 60),
      target: String(s.target ?? 10),
      key: s.key === true,
      clip: s.clip ?? null,
    })),
  };
}

/** The draft with `language` as its first language (added if the card did not have it yet). */
export function withFirstLanguage(draft: CardDraft, language: Language): CardDraft {
  return { ...draft, languages: [language, ...draft.languages.filter((l) => l !== language)] };
}

/** The draft with a further language turned on or off; the first language stays. */
export function withLanguage(draft: CardDraft, language: Language, on: boolean): CardDraft {
  if (draft.languages[0] === language) return draft;
  const others = LANGUAGES.filter((l) => l !== draft.languages[0] && (l === language ? on : draft.languages.includes(l)));
  return { ...draft, languages: [...draft.languages.slice(0, 1), ...others] };
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => w !== '').length;
}

/** A copy of `list` with the item at `from` moved to `to`; out-of-range moves change nothing. */
export function moveItem<T>(list: readonly T[], from: number, to: number): readonly T[] {
  if (from === to || from < 0 || to < 0 || from >= list.length || to >= list.length) return list;
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item === undefined) return list;
  next.splice(to, 0, item);
  return next;
}

const toNumber = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN);

/** A sentence and what is said; an empty spoken text means the sentence is said. */
function spoken(step: StepDraft, language: Language): { text: string; speech: string } {
  const text = (step.text[language] ?? '').trim();
  const speech = (step.speech[language] ?? '').trim();
  return { text, speech: speech === '' ? text : speech };
}

/** The other languages' entries, leaving out the ones the coach left empty (a member then gets the first language). */
function translationsOf<T>(languages: readonly Language[], entry: (l: Language) => T | null): Partial<Record<Language, T>> | undefined {
  const pairs = languages.slice(1).flatMap((l) => {
    const e = entry(l);
    return e === null ? [] : [[l, e] as const];
  });
  return pairs.length === 0 ? undefined : Object.fromEntries(pairs);
}

function stepRecord(step: StepDraft, languages: readonly Language[]): CardStep {
  const first = languages[0] ?? 'nl-BE';
  const translations = translationsOf(languages, (l) => ((step.text[l] ?? '').trim() === '' ? null : spoken(step, l)));
  return {
    id: step.id,
    picto: step.picto,
    ...(step.photo === null ? {} : { photo: step.photo }),
    ...spoken(step, first),
    ...(translations === undefined ? {} : { translations }),
    // Plain is what an absent kind means; leaving it out keeps older cards' steps unchanged.
    ...(step.kind === 'plain' ? {} : { kind: step.kind }),
    ...(step.kind === 'timer' ? { seconds: toNumber(step.seconds) } : {}),
    ...(step.kind === 'count' ? { target: toNumber(step.target) } : {}),
    ...(step.key ? { key: true } : {}),
    ...(step.clip === null ? {} : { clip: step.clip }),
  };
}

export type DraftProblemKey = 'title' | 'station' | 'picto' | 'ppe' | 'products' | 'piecesPerHour' | 'steps' | 'stepText' | 'stepSpeech' | 'stepSeconds' | 'stepTarget' | 'stepOther' | 'other';

/** What is wrong, and where: `step` is 1-based, as the coach sees it. */
export interface DraftProblem {
  readonly key: DraftProblemKey;
  readonly step?: number;
  /** The id of the field to focus and mark invalid. */
  readonly field?: string;
}

const STEP_FIELD_PROBLEMS: Readonly<Record<string, DraftProblemKey>> = { text: 'stepText', speech: 'stepSpeech', seconds: 'stepSeconds', target: 'stepTarget' };
const CARD_FIELD_PROBLEMS: Readonly<Record<string, DraftProblemKey>> = { title: 'title', language: 'other', stationId: 'station', picto: 'picto', ppe: 'ppe', products: 'products', piecesPerHour: 'piecesPerHour', steps: 'steps' };

export type DraftResult = { readonly ok: true; readonly card: Omit<Card, 'version'> } | { readonly ok: false; readonly problems: readonly DraftProblem[] };

/** The record the draft stands for, unchecked. */
function candidateOf(draft: CardDraft, ids: { id: string; teamId: string }) {
  const first = draft.languages[0] ?? 'nl-BE';
  const titles = translationsOf(draft.languages, (l) => {
    const title = (draft.title[l] ?? '').trim();
    return title === '' ? null : { title };
  });
  return {
    id: ids.id,
    teamId: ids.teamId,
    stationId: draft.stationId,
    language: first,
    title: (draft.title[first] ?? '').trim(),
    ...(titles === undefined ? {} : { translations: titles }),
    picto: draft.picto,
    ppe: [...draft.ppe],
    steps: draft.steps.map((s) => stepRecord(s, draft.languages)),
    ...productsOf(draft),
  };
}

/** The products and pace as the record holds them: absent when the coach left them empty. */
function productsOf(draft: CardDraft): { products?: string[]; piecesPerHour?: number } {
  const products = draft.products
    .split(/[,\n]/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const pace = draft.piecesPerHour.trim().replace(',', '.');
  return { ...(products.length === 0 ? {} : { products }), ...(pace === '' ? {} : { piecesPerHour: Number(pace) }) };
}

/**
 * The card as a member would get it now, before it is checked: for the
 * editor's live preview. A timer or count with no valid number yet shows
 * without its control, as the member's player does.
 */
export function previewCard(draft: CardDraft): Card {
  const candidate = candidateOf(draft, { id: '', teamId: '' });
  const steps = candidate.steps.map(({ seconds, target, ...s }) => ({
    ...s,
    ...(seconds !== undefined && Number.isInteger(seconds) && seconds > 0 ? { seconds } : {}),
    ...(target !== undefined && Number.isInteger(target) && target > 0 ? { target } : {}),
  }));
  return { ...candidate, steps, version: 0 };
}

/** The card record the draft stands for, or every reason it cannot be saved yet. */
export function draftToCard(draft: CardDraft, ids: { id: string; teamId: string }): DraftResult {
  const candidate = candidateOf(draft, ids);
  const parsed = cardSchema.omit({ version: true }).safeParse(candidate);
  if (parsed.success) return { ok: true, card: parsed.data };
  const problems: DraftProblem[] = [];
  const seen = new Set<string>();
  for (const issue of parsed.error.issues) {
    const [head, index, stepField, stepLanguage, translatedField] = issue.path;
    let problem: DraftProblem;
    if (head === 'steps' && typeof index === 'number') {
      // A translation's field: steps.<i>.translations.<language>.<text|speech>.
      const translated = stepField === 'translations' && typeof stepLanguage === 'string' && typeof translatedField === 'string';
      const field = translated ? translatedField : stepField;
      const key = (typeof field === 'string' ? STEP_FIELD_PROBLEMS[field] : undefined) ?? 'stepOther';
      const id = `step-${draft.steps[index]?.id ?? ''}-${String(field)}${translated ? `-${stepLanguage}` : ''}`;
      problem = { key, step: index + 1, ...(typeof field === 'string' ? { field: id } : {}) };
    } else if (head === 'translations' && typeof index === 'string') {
      problem = { key: 'title', field: `card-title-${index}` };
    } else {
      const key = (typeof head === 'string' ? CARD_FIELD_PROBLEMS[head] : undefined) ?? 'other';
      problem = { key, field: `card-${typeof head === 'string' ? head : ''}` };
    }
    const tag = `${problem.key}:${String(problem.step)}`;
    if (!seen.has(tag)) {
      seen.add(tag);
      problems.push(problem);
    }
  }
  return { ok: false, problems };
}
