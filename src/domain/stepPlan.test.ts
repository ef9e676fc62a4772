import { describe, expect, it } from 'vitest';
import type { Card, Member, Skill } from '#shared/records.ts';
import { detailLevel } from './memberSettings.ts';
import { stepPlan } from './stepPlan.ts';

const ids = (n: number) => `00000000-0000-7000-8000-${String(n).padStart(12, '0')}`;
const step = (n: number, key?: boolean) => ({ id: ids(100 + n), picto: 'package', text: `Stap ${n}`, speech: `Stap ${n}`, ...(key === undefined ? {} : { key }) });
const card: Card = { id: ids(1), teamId: ids(2), stationId: ids(3), title: 'Dozen', picto: 'package', ppe: [], version: 1, steps: [step(1), step(2, true), step(3), step(4, true)] };
const member: Member = { id: ids(4), teamId: ids(2), name: 'Ann', avatar: 'dog', language: 'nl-BE' };
const skill = (level: Skill['level']): Skill => ({ id: ids(5), teamId: ids(2), memberId: member.id, stationId: ids(3), level });

describe('step plan by ILUO level', () => {
  it('shows and speaks every step at I, every step at L, key steps at U, a summary at O', () => {
    expect(stepPlan(card, 'I', false)).toMatchObject({ mode: 'steps', autoSpeak: true });
    expect(stepPlan(card, 'I', false).steps).toHaveLength(4);
    expect(stepPlan(card, 'L', false)).toMatchObject({ mode: 'steps', autoSpeak: false });
    expect(stepPlan(card, 'L', true).autoSpeak).toBe(true);
    expect(stepPlan(card, 'U', false).steps.map((s) => s.text)).toEqual(['Stap 2', 'Stap 4']);
    expect(stepPlan(card, 'O', false).mode).toBe('summary');
  });

  it('shows every step at U when no step is marked as key', () => {
    const plain = { ...card, steps: [step(1), step(2)] };
    expect(stepPlan(plain, 'U', false).steps).toHaveLength(2);
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
