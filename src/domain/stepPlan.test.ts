import { describe, expect, it } from 'vitest';
import type { Card, Member, Skill } from '#shared/records.ts';
import { detailLevel } from './memberSettings.ts';
import { spokenSummary } from './cardLanguage.ts';
import { stepPlan } from './stepPlan.ts';

const ids = (n: number) => `00000000-0000-7000-8000-${String(n).padStart(12, '0')}`;
const step = (n: number, key?: boolean) => ({ id: ids(100 + n), picto: 'package', text: `Stap ${n}`, speech: `Stap ${n}`, ...(key === undefined ? {} : { key }) });
const card: Card = { id: ids(1), teamId: ids(2), stationId: ids(3), title: 'Dozen', picto: 'package', ppe: [], version: 1, steps: [step(1), step(2, true), step(3), step(4, true)] };
const member: Member = { id: ids(4), teamId: ids(2), name: 'Ann', avatar: 'dog', language: 'nl-BE' };
const skill = (level: Skill['level']): Skill => ({ id: ids(5), teamId: ids(2), memberId: member.id, stationId: ids(3), level });

describe('step plan by ILUO level', () => {
  it('shows and speaks every step at I, every step at L, key steps at U, a summary at O', () => {
    expect(stepPlan(card, 'I', false, 'nl-BE')).toMatchObject({ mode: 'steps', autoSpeak: true });
    expect(stepPlan(card, 'I', false, 'nl-BE').steps).toHaveLength(4);
    expect(stepPlan(card, 'L', false, 'nl-BE')).toMatchObject({ mode: 'steps', autoSpeak: false });
    expect(stepPlan(card, 'L', true, 'nl-BE').autoSpeak).toBe(true);
    expect(stepPlan(card, 'U', false, 'nl-BE').steps.map((s) => s.text)).toEqual(['Stap 2', 'Stap 4']);
    expect(stepPlan(card, 'O', false, 'nl-BE').mode).toBe('summary');
  });

  it('shows every step at U when no step is marked as key', () => {
    const plain = { ...card, steps: [step(1), step(2)] };
    expect(stepPlan(plain, 'U', false, 'nl-BE').steps).toHaveLength(2);
  });
});

describe('the card in the member’s language', () => {
  const clip = 'a'.repeat(64);
  const bilingual: Card = {
    ...card,
    language: 'nl-BE',
    translations: { 'fr-BE': { title: 'Cartons' } },
    steps: [
      { ...step(1), clip, translations: { 'fr-BE': { text: 'Prends une boîte.', speech: 'Prends une boîte vide.' } } },
      { ...step(2, true), clip },
    ],
  };

  it('gives a French-speaking member the French sentence, speech and title, spoken by the French voice', () => {
    const plan = stepPlan(bilingual, 'L', false, 'fr-BE');
    expect(plan.title).toEqual({ text: 'Cartons', language: 'fr-BE', fallback: false });
    expect(plan.steps[0]).toMatchObject({ text: 'Prends une boîte.', speech: 'Prends une boîte vide.', language: 'fr-BE', fallback: false });
    // The coach's clip is spoken in Dutch: a French step is synthesised in French instead.
    expect(plan.steps[0]?.clip).toBeUndefined();
  });

  it('falls back to the card’s first language, flagged, where the card lacks the member’s', () => {
    const plan = stepPlan(bilingual, 'L', false, 'fr-BE');
    expect(plan.steps[1]).toMatchObject({ text: 'Stap 2', speech: 'Stap 2', language: 'nl-BE', fallback: true, clip });
    expect(stepPlan(bilingual, 'L', false, 'en').title).toEqual({ text: 'Dozen', language: 'nl-BE', fallback: true });
    expect(stepPlan(bilingual, 'L', false, 'en').steps.every((s) => s.fallback && s.language === 'nl-BE')).toBe(true);
  });

  it('does not flag a member reading the card’s own first language, even one that is not Dutch', () => {
    expect(stepPlan(bilingual, 'L', false, 'nl-BE').steps.map((s) => [s.text, s.fallback, s.clip])).toEqual([['Stap 1', false, clip], ['Stap 2', false, clip]]);
    const french: Card = { ...card, language: 'fr-BE', title: 'Cartons', translations: { 'nl-BE': { title: 'Dozen' } } };
    expect(stepPlan(french, 'L', false, 'fr-BE').title.fallback).toBe(false);
    expect(stepPlan(french, 'L', false, 'nl-BE').title).toEqual({ text: 'Dozen', language: 'nl-BE', fallback: false });
    expect(stepPlan(french, 'L', false, 'en').steps[0]).toMatchObject({ language: 'fr-BE', fallback: true });
  });

  it('treats a card without a language (format 1) as Dutch', () => {
    expect(stepPlan(card, 'L', false, 'nl-BE').steps[0]).toMatchObject({ language: 'nl-BE', fallback: false });
    expect(stepPlan(card, 'L', false, 'fr-BE').steps[0]).toMatchObject({ language: 'nl-BE', fallback: true });
  });

  it('says the summary in one voice: the member’s where every step has it, else the card’s first language', () => {
    const translated: Card = { ...bilingual, steps: bilingual.steps.slice(0, 1) };
    expect(spokenSummary(translated, stepPlan(translated, 'O', false, 'fr-BE').steps)).toEqual({ text: 'Prends une boîte vide.', language: 'fr-BE' });
    expect(spokenSummary(bilingual, stepPlan(bilingual, 'O', false, 'fr-BE').steps)).toEqual({ text: 'Stap 1 Stap 2', language: 'nl-BE' });
  });

  it('keeps the language choice at level U and in the summary', () => {
    expect(stepPlan(bilingual, 'U', false, 'fr-BE').steps.map((s) => s.fallback)).toEqual([true]);
    expect(stepPlan(bilingual, 'O', false, 'fr-BE').steps.map((s) => s.text)).toEqual(['Prends une boîte.', 'Stap 2']);
  });
});

describe('detail level', () => {
  it('takes the coach override, then the skills matrix, then every step', () => {
    expect(detailLevel(member, ids(3), [])).toEqual({ level: 'L', source: 'default' });
    expect(detailLevel(member, ids(3), [skill('O')])).toEqual({ level: 'O', source: 'skills' });
    expect(detailLevel({ ...member, detailOverrides: { [ids(3)]: 'I' } }, ids(3), [skill('O')])).toEqual({ level: 'I', source: 'override' });
    expect(detailLevel(member, ids(9), [skill('O')])).toEqual({ level: 'L', source: 'default' });
  });
});
