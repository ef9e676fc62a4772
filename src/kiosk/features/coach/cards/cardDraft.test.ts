import { describe, expect, it } from 'vitest';
import { draftFromCard, draftToCard, emptyDraft, moveItem, newStepDraft, wordCount } from './cardDraft.ts';

const IDS = { id: '01900000-0000-7000-8000-00000000c001', teamId: '01900000-0000-7000-8000-000000000001' };
const STATION = '01900000-0000-7000-8000-00000000a001';
const stepId = (n: number) => `01900000-0000-7000-8000-0000000000${String(n).padStart(2, '0')}`;

describe('a card draft', () => {
  it('becomes a card whose spoken text defaults to the sentence, with only the fields its kind needs', () => {
    const draft = { ...emptyDraft(STATION, stepId(1)), title: ' Schroeven ' };
    const steps = [
      { ...newStepDraft(stepId(1)), text: 'Neem de schroef.', kind: 'timer' as const, seconds: '30', target: '5' },
      { ...newStepDraft(stepId(2)), text: 'Tel de stukken.', speech: 'Tel tot vijf.', kind: 'count' as const, target: '5', key: true },
    ];
    const result = draftToCard({ ...draft, steps }, IDS);
    expect(result).toEqual({
      ok: true,
      card: expect.objectContaining({
        title: 'Schroeven',
        steps: [
          { id: stepId(1), picto: 'worker', text: 'Neem de schroef.', speech: 'Neem de schroef.', kind: 'timer', seconds: 30 },
          { id: stepId(2), picto: 'worker', text: 'Tel de stukken.', speech: 'Tel tot vijf.', kind: 'count', target: 5, key: true },
        ],
      }) as unknown,
    });
  });

  it('names every problem with its step number', () => {
    const steps = [{ ...newStepDraft(stepId(1)), text: 'Goed.' }, { ...newStepDraft(stepId(2)), text: '  ', kind: 'timer' as const, seconds: 'veel' }];
    const result = draftToCard({ ...emptyDraft('', stepId(1)), steps }, IDS);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.key, p.step])).toEqual(expect.arrayContaining([['title', undefined], ['station', undefined], ['stepText', 2], ['stepSeconds', 2]]));
  });

  it('round-trips a saved card', () => {
    const card = { ...IDS, stationId: STATION, title: 'Dozen', picto: 'package', ppe: ['gloves'], version: 3, steps: [{ id: stepId(1), picto: 'package', text: 'Neem een doos.', speech: 'Neem een doos.' }] };
    const result = draftToCard(draftFromCard(card), IDS);
    expect(result).toEqual({ ok: true, card: { ...IDS, stationId: STATION, title: 'Dozen', picto: 'package', ppe: ['gloves'], steps: card.steps } });
  });

  it('moves items and counts words', () => {
    expect(moveItem(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'c', 'a']);
    expect(moveItem(['a', 'b', 'c'], 2, 3)).toEqual(['a', 'b', 'c']);
    expect(wordCount('  Neem   de  doos. ')).toBe(3);
  });
});
