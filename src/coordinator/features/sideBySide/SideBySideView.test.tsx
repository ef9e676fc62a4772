import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeServer } from '#coordinator/testing/fakeServer.ts';
import { renderCoordinator } from '#coordinator/testing/renderCoordinator.tsx';

async function openTable() {
  const user = renderCoordinator(fakeServer());
  const table = await screen.findByRole('table', { name: 'Alle teams naast elkaar, week 49 van 2026' });
  return { user, table };
}

/** The cell of a field's row in a column (0: the first team). */
function cell(table: HTMLElement, field: string, column: number): HTMLElement {
  const row = within(table).getByRole('button', { name: field }).closest('tr');
  if (!row) throw new Error(`no row for ${field}`);
  const cells = within(row).getAllByRole('cell');
  const found = cells[column];
  if (!found) throw new Error(`no column ${String(column)}`);
  return found;
}

describe('the teams side by side', () => {
  it('has a column per team under its organisation and site, then the organisation and chain totals', async () => {
    const { table } = await openTable();
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['Cijfer', 'Atelier Noord', 'Keten', 'Gent', 'Totaal Atelier Noord', 'Keten Textiel', 'Inpak A', 'Montage B']);
  });

  it('writes a hidden figure as "te weinig antwoorden", never as 0, and a missing one as "geen gegevens"', async () => {
    const { table } = await openTable();
    expect(cell(table, 'Welbevinden', 1).textContent).toBe('te weinig antwoorden');
    expect(cell(table, 'Welbevinden', 2).textContent).toBe('te weinig antwoorden');
    expect(cell(table, 'Energie', 0).textContent).toBe('geen gegevens');
    expect(within(table).queryByText('0')).toBeNull();
  });

  it('gives each value its unit and its band in a shape and a word, not in colour alone', async () => {
    const { table } = await openTable();
    expect(cell(table, 'Welbevinden', 0).textContent).toBe('72/100●goed');
    expect(cell(table, 'Laag welbevinden', 0).textContent).toBe('30 %■zorg');
    expect(cell(table, 'Goed de eerste keer (FPY)', 0).textContent).toBe('93 %▲let op');
    expect(cell(table, 'Tijd tot hulp', 0).textContent).toBe('3 min●goed');
    // A count without bands has no marker.
    expect(cell(table, 'Respondenten', 0).textContent).toBe('8');
  });

  it("opens a field's meaning, formula and source, with the proxy note, and closes it with Escape", async () => {
    const { user } = await openTable();
    const button = screen.getByRole('button', { name: 'Welbevinden' });
    await user.click(button);
    const help = screen.getByRole('dialog', { name: 'Welbevinden' });
    expect(within(help).getByText('Hoe goed mensen zich gemiddeld voelden, van 0 tot 100.')).toBeDefined();
    expect(within(help).getByText(/\(antwoord − 1\) ÷ \(aantal keuzes − 1\) × 100/)).toBeDefined();
    expect(within(help).getByText(/De welzijnsvraag op de tablet van het team/)).toBeDefined();
    expect(within(help).getByText('goed: vanaf 66/100')).toBeDefined();
    expect(within(help).getByText(/één stemmingsvraag is een benadering, niet de gevalideerde vragenlijst/)).toBeDefined();
    expect(document.activeElement).toBe(within(help).getByRole('heading', { name: 'Welbevinden' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('shows the 4-week block of the chosen week when asked', async () => {
    const { user } = await openTable();
    await user.click(screen.getByRole('checkbox', { name: 'Het hele blok (weken 49–53 van 2026)' }));
    expect(await screen.findByRole('table', { name: 'Alle teams naast elkaar, weken 49–53 van 2026' })).toBeDefined();
  });

  it("folds out a team's first-pass yield per station", async () => {
    const { user, table } = await openTable();
    await user.click(within(table).getAllByText('1 posten')[0]!);
    expect(within(table).getAllByText('Plooien')[0]!.closest('li')?.textContent).toBe('Plooien 97 %●goed');
  });
});
