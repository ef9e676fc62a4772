import { describe, expect, it } from 'vitest';
import { draftFromCard, draftToCard, emptyDraft, moveItem, newStepDraft, previewCard, withFirstLanguage, withLanguage, wordCount } from './cardDraft.ts';

const IDS = { id: '01900000-0000-7000-8000-00000000c001', teamId: '01900000-0000-7000-8000-000000000001' };
const STATION = '01900000-0000-7000-8000-00000000a001';
const stepId = (n: number) => `01900000-0000-7000-8000-0000000000${String(n).padStart(2, '0')}`;

describe('a card draft', () => {
  it('becomes a card whose spoken text defaults to the sentence, with only the fields its kind needs', () => {
    const draft = { ...emptyDraft(STATION, stepId(1)), title: { 'nl-BE': ' Schroeven ' } };
    const steps = [
      { ...newStepDraft(stepId(1)), text: { 'nl-BE': 'Neem de schroef.' }, kind: 'timer' as const, seconds: '30', target: '5' },
      { ...newStepDraft(stepId(2)), text: { 'nl-BE': 'Tel de stukken.' }, speech: { 'nl-BE': 'Tel tot vijf.' }, kind: 'count' as const, target: '5', key: true },
    ];
    const result = draftToCard({ ...draft, steps }, IDS);
    expect(result).toEqual({
      ok: true,
      card: expect.objectContaining({
        language: 'nl-BE',
        title: 'Schroeven',
        steps: [
          { id: stepId(1), picto: 'worker', text: 'Neem de schroef.', speech: 'Neem de schroef.', kind: 'timer', seconds: 30 },
          { id: stepId(2), picto: 'worker', text: 'Tel de stukken.', speech: 'Tel tot vijf.', kind: 'count', target: 5, key: true },
        ],
      }) as unknown,
    });
  });

  it('carries the products it makes and its pace, and leaves both out when empty', () => {
    const base = { ...emptyDraft(STATION, stepId(1)), title: { 'nl-BE': 'Dozen' }, steps: [{ ...newStepDraft(stepId(1)), text: { 'nl-BE': 'Vouw.' } }] };
    const made = draftToCard({ ...base, products: ' DOOS-A4,\nDOOS-A5 , ', piecesPerHour: '12,5' }, IDS);
    expect(made.ok && made.card).toMatchObject({ products: ['DOOS-A4', 'DOOS-A5'], piecesPerHour: 12.5 });
    expect(draftFromCard({ ...(made.ok ? made.card : base), version: 1 } as Parameters<typeof draftFromCard>[0])).toMatchObject({ products: 'DOOS-A4, DOOS-A5', piecesPerHour: '12.5' });
    const empty = draftToCard(base, IDS);
    expect(empty.ok && 'products' in empty.card).toBe(false);
    expect(draftToCard({ ...base, piecesPerHour: '-3' }, IDS)).toEqual({ ok: false, problems: [{ key: 'piecesPerHour', field: 'card-piecesPerHour' }] });
    expect(draftToCard({ ...base, piecesPerHour: 'veel' }, IDS)).toEqual({ ok: false, problems: [{ key: 'piecesPerHour', field: 'card-piecesPerHour' }] });
  });

  it('names every problem with its step number', () => {
    const steps = [{ ...newStepDraft(stepId(1)), text: { 'nl-BE': 'Goed.' } }, { ...newStepDraft(stepId(2)), text: { 'nl-BE': '  ' }, kind: 'timer' as const, seconds: 'veel' }];
    const result = draftToCard({ ...emptyDraft('', stepId(1)), steps }, IDS);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.key, p.step])).toEqual(expect.arrayContaining([['title', undefined], ['station', undefined], ['stepText', 2], ['stepSeconds', 2]]));
  });

  it('round-trips a saved card', () => {
    const card = { ...IDS, stationId: STATION, title: 'Dozen', picto: 'package', ppe: ['gloves'], version: 3, steps: [{ id: stepId(1), picto: 'package', text: 'Neem een doos.', speech: 'Neem een doos.' }] };
    const result = draftToCard(draftFromCard(card), IDS);
    // A card from before languages is Dutch-first.
    expect(result).toEqual({ ok: true, card: { ...IDS, stationId: STATION, language: 'nl-BE', title: 'Dozen', picto: 'package', ppe: ['gloves'], steps: card.steps } });
  });

  it('keeps each language’s words side by side, saves the ones written as translations and leaves the empty ones out', () => {
    const card = {
      ...IDS, stationId: STATION, language: 'nl-BE' as const, title: 'Dozen', translations: { 'fr-BE': { title: 'Cartons' } }, picto: 'package', ppe: [], version: 2,
      steps: [
        { id: stepId(1), picto: 'package', text: 'Neem een doos.', speech: 'Neem een lege doos.', translations: { 'fr-BE': { text: 'Prends une boîte.', speech: 'Prends une boîte.' } } },
        { id: stepId(2), picto: 'package', text: 'Sluit de doos.', speech: 'Sluit de doos.' },
      ],
    };
    const draft = draftFromCard(card);
    expect(draft.languages).toEqual(['nl-BE', 'fr-BE']);
    expect(draft.title).toEqual({ 'nl-BE': 'Dozen', 'fr-BE': 'Cartons' });
    expect(draft.steps.map((s) => [s.text, s.speech])).toEqual([
      [{ 'nl-BE': 'Neem een doos.', 'fr-BE': 'Prends une boîte.' }, { 'nl-BE': 'Neem een lege doos.', 'fr-BE': '' }],
      [{ 'nl-BE': 'Sluit de doos.', 'fr-BE': '' }, { 'nl-BE': '', 'fr-BE': '' }],
    ]);
    expect(draftToCard(draft, IDS)).toEqual({ ok: true, card: { ...IDS, stationId: STATION, language: 'nl-BE', title: 'Dozen', translations: { 'fr-BE': { title: 'Cartons' } }, picto: 'package', ppe: [], steps: card.steps } });

    // English turned on but left empty adds nothing; French made first swaps which words are the card's own.
    const english = withLanguage(draft, 'en', true);
    expect(english.languages).toEqual(['nl-BE', 'fr-BE', 'en']);
    expect(draftToCard(english, IDS)).toEqual(draftToCard(draft, IDS));
    const frenchFirst = withFirstLanguage(draft, 'fr-BE');
    // The second step has no French yet: French-first, it would have no sentence, so it cannot be saved.
    const unsaved = draftToCard(frenchFirst, IDS);
    expect(!unsaved.ok && unsaved.problems[0]).toEqual({ key: 'stepText', step: 2, field: `step-${stepId(2)}-text` });
    const filled = { ...frenchFirst, steps: frenchFirst.steps.map((s, i) => (i === 1 ? { ...s, text: { ...s.text, 'fr-BE': 'Ferme la boîte.' } } : s)) };
    const french = draftToCard(filled, IDS);
    expect(french.ok && french.card).toMatchObject({ language: 'fr-BE', title: 'Cartons', translations: { 'nl-BE': { title: 'Dozen' } } });
    expect(french.ok && french.card.steps[0]).toMatchObject({ text: 'Prends une boîte.', translations: { 'nl-BE': { text: 'Neem een doos.', speech: 'Neem een lege doos.' } } });
  });

  it('points at the translated field that is wrong', () => {
    const draft = withLanguage({ ...emptyDraft(STATION, stepId(1)), title: { 'nl-BE': 'Dozen', 'fr-BE': 'x'.repeat(81) } }, 'fr-BE', true);
    const steps = [{ ...newStepDraft(stepId(1)), text: { 'nl-BE': 'Neem een doos.', 'fr-BE': 'Prends une boîte.' }, speech: { 'fr-BE': 'y'.repeat(401) } }];
    const result = draftToCard({ ...draft, steps }, IDS);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual(expect.arrayContaining([
      { key: 'title', field: 'card-title-fr-BE' },
      { key: 'stepSpeech', step: 1, field: `step-${stepId(1)}-speech-fr-BE` },
    ]));
  });

  it('previews a half-written card without its unchecked numbers', () => {
    const steps = [{ ...newStepDraft(stepId(1)), text: { 'nl-BE': 'Wacht.' }, kind: 'timer' as const, seconds: '' }];
    const card = previewCard({ ...emptyDraft(STATION, stepId(1)), steps });
    expect(card.steps[0]).toEqual({ id: stepId(1), picto: 'worker', text: 'Wacht.', speech: 'Wacht.', kind: 'timer' });
  });

  it('moves items and counts words', () => {
    expect(moveItem(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'c', 'a']);
    expect(moveItem(['a', 'b', 'c'], 2, 3)).toEqual(['a', 'b', 'c']);
    expect(wordCount('  Neem   de  doos. ')).toBe(3);
  });
});
