import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeServer } from '#coordinator/testing/fakeServer.ts';
import { renderCoordinator } from '#coordinator/testing/renderCoordinator.tsx';

const CHAIN_SYNC = { url: 'https://keten.example/api/chain', lastSentAt: '2026-12-04T07:00:00.000Z', lastError: null, waiting: 3, nextTryAt: null };

describe('the export', () => {
  it('offers the chosen week as CSV and JSON, links the JSON Schema and says only 10+ figures go out', async () => {
    const user = renderCoordinator(fakeServer());
    await user.click(await screen.findByRole('button', { name: 'Uitvoer' }));
    expect(screen.getByRole('link', { name: 'CSV downloaden (week 49 van 2026)' }).getAttribute('href')).toBe('/api/coordinator/export?period=2026-W49&format=csv');
    expect(screen.getByRole('link', { name: 'JSON downloaden (week 49 van 2026)' }).getAttribute('href')).toBe('/api/coordinator/export?period=2026-W49&format=json');
    expect(screen.getByRole('link', { name: 'JSON Schema van het bestand' }).getAttribute('href')).toBe('/api/coordinator/export/schema.json');
    expect(screen.getByText('Alleen cijfers die op minstens 10 antwoorden rusten, komen in de uitvoer.')).toBeDefined();
    await user.selectOptions(screen.getByLabelText('Week'), 'week 48 van 2026');
    await user.click(screen.getByRole('checkbox'));
    expect(screen.getByRole('link', { name: /^CSV downloaden/ }).getAttribute('href')).toBe('/api/coordinator/export?period=2026-B12&format=csv');
  });

  it('has no chain sync when this server sends nowhere', async () => {
    const user = renderCoordinator(fakeServer());
    await user.click(await screen.findByRole('button', { name: 'Uitvoer' }));
    expect(screen.queryByRole('heading', { name: 'Versturen naar de ketenanalyse' })).toBeNull();
  });

  it('shows the chain sync and sends now', async () => {
    const user = renderCoordinator(fakeServer({ chainSync: CHAIN_SYNC }));
    await user.click(await screen.findByRole('button', { name: 'Uitvoer' }));
    expect(screen.getByRole('heading', { name: 'Versturen naar de ketenanalyse' })).toBeDefined();
    expect(screen.getByText('https://keten.example/api/chain')).toBeDefined();
    expect(screen.getByText('3 uur geleden')).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Nu versturen' }));
    expect(await screen.findByText('Verstuurd: 3. Nog te versturen: 0.')).toBeDefined();
  });
});
