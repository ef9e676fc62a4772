import { screen } from '@testing-library/react';
import axe from 'axe-core';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeServer } from './testing/fakeServer.ts';
import { renderCoordinator } from './testing/renderCoordinator.tsx';

// Landmarks, headings, labels, tables and names as axe sees them; colours need a real browser (the e2e).
async function violations(): Promise<string[]> {
  const audit = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
  return audit.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe("the coordinator page's accessibility", () => {
  beforeEach(() => {
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  });

  it('has nothing axe objects to on the sign-in', async () => {
    renderCoordinator(fakeServer({ signedIn: false }));
    await screen.findByLabelText('Coördinatorsleutel');
    expect(await violations()).toEqual([]);
  }, 60_000);

  it('has nothing axe objects to on any of the four screens, nor with a field explained', async () => {
    const user = renderCoordinator(fakeServer({ chainSync: { url: 'https://keten.example', lastSentAt: null, lastError: 'timeout', waiting: 2, nextTryAt: '2026-12-04T10:05:00.000Z' } }));
    await screen.findByRole('table');
    await user.click(screen.getByRole('button', { name: 'Welbevinden' }));
    expect(await violations()).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Verloop' }));
    await screen.findByRole('table');
    expect(await violations()).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Tablets' }));
    await screen.findByRole('table');
    await user.click(screen.getByRole('button', { name: 'Uitschakelen: Tablet inpak' }));
    await user.click(screen.getByRole('button', { name: 'Nieuwe koppelcode' }));
    await screen.findByText('K7P-4QX-9ZM');
    expect(await violations()).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Uitvoer' }));
    await screen.findByRole('heading', { name: 'Versturen naar de ketenanalyse' });
    expect(await violations()).toEqual([]);
    // axe over five whole screens in jsdom takes seconds on a busy machine: a budget, not a speed goal.
  }, 60_000);
});
