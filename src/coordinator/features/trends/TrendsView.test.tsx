import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeServer } from '#coordinator/testing/fakeServer.ts';
import { renderCoordinator } from '#coordinator/testing/renderCoordinator.tsx';

describe('the trends', () => {
  beforeEach(() => {
    // jsdom's canvas cannot draw: the chart steps aside and the table carries the numbers.
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  });

  async function openTrends() {
    const server = fakeServer();
    const user = renderCoordinator(server);
    await user.click(await screen.findByRole('button', { name: 'Verloop' }));
    return { server, user };
  }

  it("shows the first team's well-being over 13 weeks as a table, oldest first, a gap saying why", async () => {
    await openTrends();
    const table = await screen.findByRole('table', { name: 'Welbevinden van Inpak A, 13 weken' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(13);
    expect(rows[0]?.textContent).toBe('week 37 van 202660/100▲let op');
    expect(rows[1]?.textContent).toBe('week 38 van 2026te weinig antwoorden');
    expect(rows[12]?.textContent).toBe('week 49 van 202672/100●goed');
  });

  it('asks for another length, and another field of the same team', async () => {
    const { user } = await openTrends();
    await screen.findByRole('table', { name: 'Welbevinden van Inpak A, 13 weken' });
    await user.click(screen.getByRole('radio', { name: '26 weken' }));
    expect(await screen.findByRole('table', { name: 'Welbevinden van Inpak A, 26 weken' })).toBeDefined();
    await user.selectOptions(screen.getByLabelText('Cijfer'), 'Energie');
    const table = await screen.findByRole('table', { name: 'Energie van Inpak A, 26 weken' });
    expect(within(table).getAllByText('geen gegevens')).toHaveLength(26);
  });

  it('offers the teams, sites, organisations and chains of the overview', async () => {
    const { user } = await openTrends();
    const which = screen.getByLabelText('Welk');
    expect(within(which).getAllByRole('option').map((o) => o.textContent)).toEqual(['Inpak A (Gent)', 'Montage B (Gent)']);
    await user.selectOptions(screen.getByLabelText('Niveau'), 'Keten');
    expect(within(screen.getByLabelText('Welk')).getAllByRole('option').map((o) => o.textContent)).toEqual(['Keten Textiel']);
  });
});
