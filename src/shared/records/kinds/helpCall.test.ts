import { describe, expect, it } from 'vitest';
import { canServe, migrateDown, migrateUp } from '#shared/records/migrateRecord.ts';
import { helpCall } from '#shared/records/schemas.ts';

const id = (n: number) => `01900000-0000-7000-8000-00000000000${String(n)}`;
const plain = { id: id(1), teamId: id(2), memberId: id(3), reason: 'machine', calledAt: '2026-11-25T10:00:00.000Z' };
const fromStep = { ...plain, reason: 'checkFailed', taskId: id(4), cardId: id(5), stepId: id(6), stepIndex: 2 };

describe('help call formats', () => {
  it('takes a format-1 call from an older app as it is', () => {
    expect(migrateUp('helpCall', plain, 1, { partial: false })).toEqual(plain);
    expect(helpCall.parse(plain)).toEqual(plain);
  });

  it('keeps the step a call came from', () => {
    expect(helpCall.parse(fromStep)).toEqual(fromStep);
  });

  it('serves an older coach tablet a call it can read: a failed check says "not sure", without the step', () => {
    expect(canServe('helpCall', 1)).toBe(true);
    expect(migrateDown('helpCall', fromStep, 1, { partial: false })).toEqual({ ...plain, reason: 'notSure' });
    expect(migrateDown('helpCall', { ...fromStep, reason: 'material' }, 1, { partial: false })).toEqual({ ...plain, reason: 'material' });
  });
});
