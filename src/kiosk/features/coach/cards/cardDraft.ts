/**
 * A card while the coach edits it: form-shaped (numbers as typed text, the
 * spoken text empty when it is the sentence), turned into a card record only
 * on save, and checked there with the same zod schema the server uses.
 */
import { card as cardSchema, type Card, type CardStep, type StepKind } from '#shared/records.ts';

/** The protective equipment a card can ask for, in the order the editor shows it. */
export const PPE_PICTOS = ['gloves', 'goggles', 'vest', 'helmet', 'ear-protection', 'mask'] as const;

/** Easy-read: a sentence longer than this gets a (non-blocking) hint. */
export const READABLE_WORDS = 10;

export interface StepDraft {
  readonly id: string;
  readonly picto: string;
  readonly photo: string | null;
  readonly text: string;
  /** Empty: the sentence itself is spoken. */
  readonly speech: string;
  readonly kind: StepKind;
  readonly seconds: string;
  readonly target: string;
  readonly key: boolean;
  readonly clip: string | null;
}

export interface CardDraft {
  readonly title: string;
  readonly picto: string;
  readonly stationId: string;
  readonly ppe: readonly string[];
  readonly steps: readonly StepDraft[];
}

export function newStepDraft(id: string): StepDraft {
  return { id, picto: 'worker', photo: null, text: '', speech: '', kind: 'plain', seconds: '60', target: '10', key: false, clip: null };
}

export function emptyDraft(stationId: string, firstStepId: string): CardDraft {
  return { title: '', picto: 'memo', stationId, ppe: [], steps: [newStepDraft(firstStepId)] };
}

export function draftFromCard(card: Card): CardDraft {
  return {
    title: card.title,
    picto: card.picto,
    stationId: card.stationId,
    ppe: card.ppe,
    steps: card.steps.map((s) => ({
      id: s.id,
      picto: s.picto,
      photo: s.photo ?? null,
      text: s.text,
      speech: s.speech === s.text ? '' : s.speech,
      kind: s.kind ?? 'plain',
      seconds: String(s.seconds ?? 60),
      target: String(s.target ?? 10),
      key: s.key === true,
      clip: s.clip ?? null,
    })),
  };
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

function stepRecord(step: StepDraft): CardStep {
  const text = step.text.trim();
  return {
    id: step.id,
    picto: step.picto,
    ...(step.photo === null ? {} : { photo: step.photo }),
    text,
    speech: step.speech.trim() === '' ? text : step.speech.trim(),
    // Plain is what an absent kind means; leaving it out keeps older cards' steps unchanged.
    ...(step.kind === 'plain' ? {} : { kind: step.kind }),
    ...(step.kind === 'timer' ? { seconds: toNumber(step.seconds) } : {}),
    ...(step.kind === 'count' ? { target: toNumber(step.target) } : {}),
    ...(step.key ? { key: true } : {}),
    ...(step.clip === null ? {} : { clip: step.clip }),
  };
}

export type DraftProblemKey = 'title' | 'station' | 'picto' | 'ppe' | 'steps' | 'stepText' | 'stepSpeech' | 'stepSeconds' | 'stepTarget' | 'stepOther' | 'other';

/** What is wrong, and where: `step` is 1-based, as the coach sees it. */
export interface DraftProblem {
  readonly key: DraftProblemKey;
  readonly step?: number;
  /** The id of the field to focus and mark invalid. */
  readonly field?: string;
}

const STEP_FIELD_PROBLEMS: Readonly<Record<string, DraftProblemKey>> = { text: 'stepText', speech: 'stepSpeech', seconds: 'stepSeconds', target: 'stepTarget' };
const CARD_FIELD_PROBLEMS: Readonly<Record<string, DraftProblemKey>> = { title: 'title', stationId: 'station', picto: 'picto', ppe: 'ppe', steps: 'steps' };

export type DraftResult = { readonly ok: true; readonly card: Omit<Card, 'version'> } | { readonly ok: false; readonly problems: readonly DraftProblem[] };

/** The card record the draft stands for, or every reason it cannot be saved yet. */
export function draftToCard(draft: CardDraft, ids: { id: string; teamId: string }): DraftResult {
  const candidate = {
    id: ids.id,
    teamId: ids.teamId,
    stationId: draft.stationId,
    title: draft.title.trim(),
    picto: draft.picto,
    ppe: [...draft.ppe],
    steps: draft.steps.map(stepRecord),
  };
  const parsed = cardSchema.omit({ version: true }).safeParse(candidate);
  if (parsed.success) return { ok: true, card: parsed.data };
  const problems: DraftProblem[] = [];
  const seen = new Set<string>();
  for (const issue of parsed.error.issues) {
    const [head, index, field] = issue.path;
    let problem: DraftProblem;
    if (head === 'steps' && typeof index === 'number') {
      const key = (typeof field === 'string' ? STEP_FIELD_PROBLEMS[field] : undefined) ?? 'stepOther';
      problem = { key, step: index + 1, ...(typeof field === 'string' ? { field: `step-${draft.steps[index]?.id ?? ''}-${field}` } : {}) };
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
