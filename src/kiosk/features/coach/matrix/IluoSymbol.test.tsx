import { render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '#kiosk/i18n/i18n.ts';
import type { IluoCell } from '#shared/records.ts';
import { IluoSymbol } from './IluoSymbol.tsx';
import { nextLevel } from './matrixWrites.ts';

const LEVELS: readonly [IluoCell, number, string, string][] = [
  [null, 0, '–', 'Niet opgeleid'],
  ['I', 1, 'I', 'I: leert het'],
  ['L', 2, 'L', 'L: kan het met hulp'],
  ['U', 3, 'U', 'U: kan het alleen'],
  ['O', 4, 'O', 'O: kan het aanleren'],
];

describe('ILUO symbol', () => {
  it.each(LEVELS)('level %s fills %i quarters, shows %s and is named in words', async (level, quarters, letter, name) => {
    const { container } = render(
      <I18nextProvider i18n={createI18n()}>
        <Suspense fallback={null}>
          <IluoSymbol level={level} />
        </Suspense>
      </I18nextProvider>,
    );
    // The coach's strings load on first use, as in the app.
    const symbol = await screen.findByRole('img', { name });
    expect(symbol.textContent).toBe(letter);
    expect(container.querySelectorAll('.iluo-quarter')).toHaveLength(4);
    expect(container.querySelectorAll('.iluo-quarter-filled')).toHaveLength(quarters);
  });

  it('cycles none → I → L → U → O → none', () => {
    const seen: IluoCell[] = [];
    let level: IluoCell = null;
    for (let i = 0; i < 5; i += 1) {
      level = nextLevel(level);
      seen.push(level);
    }
    expect(seen).toEqual(['I', 'L', 'U', 'O', null]);
  });
});
