import { describe, expect, it } from 'vitest';
import { isoWeek, firstDayOfLastWeeks } from './days.ts';
import { wellbeingByMember, wellbeingFromDay, type WellbeingAnswer } from './wellbeing.ts';

let seq = 0;
const answer = (memberId: string, day: string, score: number, fields: Partial<WellbeingAnswer> = {}): WellbeingAnswer => ({
  id: `a${String(++seq)}`, memberId, day, score, answeredAt: `${day}T08:${String(seq).padStart(2, '0')}:00Z`, ...fields,
});

describe('days and weeks', () => {
  it('names ISO weeks, also across a new year', () => {
    expect(isoWeek('2026-11-25')).toBe('2026-W48');
    expect(isoWeek('2027-01-01')).toBe('2026-W53');
    expect(isoWeek('2024-12-30')).toBe('2025-W01');
  });

  it('counts back whole weeks in calendar days', () => {
    expect(firstDayOfLastWeeks('2026-11-25', 1)).toBe('2026-11-19');
    expect(firstDayOfLastWeeks('2026-11-25', 4)).toBe('2026-10-29');
    // Six ISO weeks: from the Monday five weeks before this week's.
    expect(wellbeingFromDay('2026-11-25')).toBe('2026-10-19');
  });
});

describe('well-being per member', () => {
  const today = '2026-11-25'; // a Wednesday of week 48

  it('averages each week’s faces on the scale they were recorded in, with energy and talk flags, open or seen', () => {
    const seenTalk = answer('ann', '2026-11-24', 1, { wantsTalk: true });
    const [ann] = wellbeingByMember(
      ['ann'],
      [
        answer('ann', '2026-11-23', 3, { energy: 3 }),
        seenTalk,
        answer('ann', '2026-11-25', 2, { wantsTalk: true, energy: 2 }),
        answer('ann', '2026-11-17', 5, { scale: 5 }),
        answer('ann', '2026-11-18', 2, { scale: 5, energy: 1 }),
        // Before the six weeks, and someone else's: left out.
        answer('ann', '2026-10-18', 1),
        answer('bert', '2026-11-25', 1),
      ],
      new Set([seenTalk.id]),
      today,
    );
    expect(ann?.weeks.map((w) => w.week)).toEqual(['2026-W43', '2026-W44', '2026-W45', '2026-W46', '2026-W47', '2026-W48']);
    const [w47, w48] = ann?.weeks.slice(-2) ?? [];
    expect(w48).toEqual({ week: '2026-W48', monday: '2026-11-23', answers: 3, face: { average: 2, scale: 3 }, energy: 2.5, talk: 2, talkOpen: 1 });
    expect(w47).toMatchObject({ answers: 2, face: { average: 3.5, scale: 5 }, energy: 1, talk: 0, talkOpen: 0 });
    expect(ann?.weeks[0]).toEqual({ week: '2026-W43', monday: '2026-10-19', answers: 0, face: null, energy: null, talk: 0, talkOpen: 0 });
    expect([ann?.talk, ann?.talkOpen]).toEqual([2, 1]);
  });

  it('places a week that moved from 3 to 5 faces on the 5-point scale, each answer by its own scale', () => {
    const [ann] = wellbeingByMember(['ann'], [answer('ann', '2026-11-23', 3), answer('ann', '2026-11-24', 1, { scale: 5 })], new Set(), today, 1);
    // The best of 3 faces is 5 on the 5-point scale; with the worst (1) that averages 3.
    expect(ann?.weeks).toHaveLength(1);
    expect(ann?.weeks[0]?.face).toEqual({ average: 3, scale: 5 });
  });

  it('gives a member without answers empty weeks, not zeros', () => {
    const [bert] = wellbeingByMember(['bert'], [], new Set(), today, 2);
    expect(bert?.weeks.map((w) => [w.answers, w.face, w.energy])).toEqual([[0, null, null], [0, null, null]]);
  });
});
