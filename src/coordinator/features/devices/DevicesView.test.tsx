import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { device, fakeServer, TEAM_B } from '#coordinator/testing/fakeServer.ts';
import { renderCoordinator } from '#coordinator/testing/renderCoordinator.tsx';

async function openDevices(server = fakeServer()) {
  const user = renderCoordinator(server);
  await user.click(await screen.findByRole('button', { name: 'Tablets' }));
  const table = await screen.findByRole('table');
  return { server, user, table };
}

describe('the tablets', () => {
  it('lists each tablet with its team, role, version, when last seen and what it still had to send', async () => {
    const server = fakeServer();
    server.devices.push(device({ id: '0190a000-0000-7000-8000-0000000000d2', teamId: TEAM_B.id, teamName: TEAM_B.name, role: 'coach', name: null, changesWaiting: 4, lastSeenAt: null }));
    const { table } = await openDevices(server);
    const [first, second] = within(table).getAllByRole('row').slice(1);
    expect(within(first!).getByRole('rowheader').textContent).toBe('Inpak A');
    expect(first!.textContent).toContain('kiosk (team)');
    expect(first!.textContent).toContain('0.1.0');
    expect(first!.textContent).toContain('5 minuten geleden');
    // Not yet said how many changes it had waiting: a dash, and words for a screen reader.
    expect(within(first!).getAllByRole('cell')[4]?.textContent).toBe('—nog niet gemeld');
    expect(within(second!).getAllByRole('cell')[4]?.textContent).toBe('4');
    expect(second!.textContent).toContain('nog nooit');
  });

  it('switches a tablet off only after a confirm step', async () => {
    const { server, user, table } = await openDevices();
    await user.click(within(table).getByRole('button', { name: 'Uitschakelen: Tablet inpak' }));
    expect(server.devices[0]?.revokedAt).toBeNull();
    await user.click(within(table).getByRole('button', { name: 'Annuleren' }));
    expect(within(table).queryByRole('button', { name: 'Ja, uitschakelen' })).toBeNull();
    await user.click(within(table).getByRole('button', { name: 'Uitschakelen: Tablet inpak' }));
    const confirm = within(table).getByRole('group', { name: 'Uitschakelen van Tablet inpak bevestigen' });
    await user.click(within(confirm).getByRole('button', { name: 'Ja, uitschakelen' }));
    expect(await within(table).findByText('uitgeschakeld')).toBeDefined();
    expect(server.devices[0]?.revokedAt).not.toBeNull();
    expect(within(table).queryByRole('button', { name: /Uitschakelen/ })).toBeNull();
  });

  it('makes a new enrolment code for a team and role, and shows it large', async () => {
    const { user } = await openDevices();
    await user.selectOptions(screen.getByLabelText('Team'), 'Montage B (Atelier Noord, Gent)');
    await user.click(screen.getByRole('radio', { name: 'coach' }));
    await user.click(screen.getByRole('button', { name: 'Nieuwe koppelcode' }));
    const status = await screen.findByText('Koppelcode voor Montage B (Gent), als coach:');
    expect(status.parentElement?.querySelector('.enrolment-code')?.textContent).toBe('K7P-4QX-9ZM');
    // The fake server's code expires on 2 December 2026.
    expect(screen.getByText(/^Hij werkt tot .*2026.*; daarna maakt u een nieuwe\.$/)).toBeTruthy();
  });
});
