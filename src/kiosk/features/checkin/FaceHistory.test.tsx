import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { enrolledDb } from '#tests/helpers/enrolledDb.ts';
import { installFakeSpeech, type FakeSpeech } from '#tests/helpers/fakeSpeech.ts';
import { renderWithServices } from '#tests/helpers/renderApp.tsx';
import type { FaceHistoryRow } from '#db/SchakelDb.ts';
import { hashPin, memberPinText, newPinSalt } from '#shared/pinHash.ts';
import { FaceHistory } from './FaceHistory.tsx';

let speech: FakeSpeech;
beforeEach(() => {
  speech = installFakeSpeech(['nl-BE']);
});
afterEach(() => {
  speech.uninstall();
});

const row = (n: number, day: string, moment: 'start' | 'end', score: number, scale: 3 | 5 = 3): FaceHistoryRow => ({
  id: `01900000-0000-7000-8000-0000000009${String(n).padStart(2, '0')}`,
  memberId: '',
  day,
  moment,
  score,
  scale,
  answeredAt: `${day}T${moment === 'start' ? '08' : '16'}:00:00.000Z`,
});

describe('my faces as a calendar', () => {
  it('shows the weeks as rows and the days as columns, each answer on its day, empty days empty, and says a day on a tap', async () => {
    const { db, member } = await enrolledDb();
    const withPin = { ...member, pin: await hashPin(memberPinText(['apple', 'sun', 'fish']), newPinSalt()) };
    await db.faceHistory.bulkPut([row(1, '2026-11-23', 'start', 3), row(2, '2026-11-23', 'end', 1), row(3, '2026-11-19', 'start', 5, 5)].map((r) => ({ ...r, memberId: member.id })));
    const user = userEvent.setup();
    // Wednesday 25 November 2026: the last 14 days run from Thursday 12 November.
    renderWithServices(<FaceHistory member={withPin} onClose={() => undefined} />, { db, now: () => new Date(2026, 10, 25, 10) });

    const table = await screen.findByRole('table', { name: 'Je gezichtjes per dag' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo']);
    const weeks = within(table).getAllByRole('row').slice(1);
    expect(weeks).toHaveLength(3);
    const cell = (week: number, weekday: number) => within(weeks[week]!).getAllByRole('cell')[weekday]!;

    // Monday 23 November, in the third week's first column: the morning's and the evening's face.
    const monday = within(cell(2, 0)).getByRole('button', { name: "maandag 23 november. 's Morgens: Goed. 's Avonds: Niet goed." });
    expect([...monday.querySelectorAll('.face-outline')].map((p) => p.getAttribute('data-shape'))).toEqual(['circle', 'hexagon']);
    // Thursday 19 November, second week, fourth column: the best face of the five-point scale, no evening.
    const thursday = within(cell(1, 3)).getByRole('button', { name: "donderdag 19 november. 's Morgens: Heel goed. 's Avonds: geen gezichtje." });
    expect([...thursday.querySelectorAll('.face-outline')].map((p) => p.getAttribute('data-shape'))).toEqual(['scallop']);
    // A day without an answer is there, and visibly empty.
    const tuesday = within(cell(2, 1)).getByRole('button', { name: 'dinsdag 24 november. geen gezichtje.' });
    expect(tuesday.classList.contains('face-day-empty')).toBe(true);
    expect(tuesday.querySelectorAll('.face-day-none')).toHaveLength(2);
    // Days before the fortnight and after today only fill the weeks.
    expect(within(cell(0, 2)).queryByRole('button')).toBeNull();
    expect(within(cell(2, 3)).queryByRole('button')).toBeNull();
    expect(within(table).getAllByRole('button')).toHaveLength(14);

    await user.click(monday);
    expect(speech.spoken).toEqual(["maandag 23 november. 's Morgens: Goed. 's Avonds: Niet goed."]);
  });
});
