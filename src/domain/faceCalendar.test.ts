import { describe, expect, it } from 'vitest';
import { faceCalendar } from './faceCalendar.ts';

const answer = (day: string, moment: 'start' | 'end', score: number, at = '08:00') => ({ day, moment, score, answeredAt: `${day}T${at}:00.000Z` });

describe('the calendar of faces', () => {
  it('lays the last 14 days out as weeks from Monday to Sunday, with each answer on its day', () => {
    // Wednesday 25 November 2026: the 14 days start on Thursday 12 November.
    const weeks = faceCalendar([answer('2026-11-24', 'start', 3), answer('2026-11-24', 'end', 1), answer('2026-11-12', 'end', 2)], '2026-11-25', 14);
    expect(weeks.map((w) => [w[0]?.day, w[6]?.day])).toEqual([
      ['2026-11-09', '2026-11-15'],
      ['2026-11-16', '2026-11-22'],
      ['2026-11-23', '2026-11-29'],
    ]);
    const cells = weeks.flat();
    expect(cells.filter((c) => c.inRange).map((c) => c.day)).toHaveLength(14);
    expect(cells.find((c) => c.day === '2026-11-11')?.inRange).toBe(false);
    expect(cells.find((c) => c.day === '2026-11-26')?.inRange).toBe(false);
    const tuesday = cells.find((c) => c.day === '2026-11-24');
    expect([tuesday?.start?.score, tuesday?.end?.score]).toEqual([3, 1]);
    expect(cells.find((c) => c.day === '2026-11-12')?.start).toBeUndefined();
    expect(cells.find((c) => c.day === '2026-11-12')?.end?.score).toBe(2);
    expect(cells.filter((c) => c.start !== undefined || c.end !== undefined).map((c) => c.day)).toEqual(['2026-11-12', '2026-11-24']);
  });

  it('keeps the later answer when a moment of a day was answered twice', () => {
    const [week] = faceCalendar([answer('2026-11-23', 'start', 1, '09:00'), answer('2026-11-23', 'start', 3, '08:00')], '2026-11-23', 1);
    expect(week?.[0]?.start?.score).toBe(1);
  });

  it('keeps seven days to a week across the change to winter time', () => {
    const weeks = faceCalendar([], '2026-10-28', 14);
    expect(weeks.flat().map((c) => c.day)).toContain('2026-10-25');
    for (const week of weeks) expect(new Set(week.map((c) => c.day)).size).toBe(7);
    expect(weeks[0]?.[0]?.day).toBe('2026-10-12');
  });
});
