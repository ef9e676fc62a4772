import { useTranslation } from 'react-i18next';
import type { CallOffRow, RowProblem } from '#domain/orders/readCallOff.ts';
import { Pictogram } from '#ui/Pictogram.tsx';

/** How many rows the preview draws: every row with a problem first, then good ones up to this. */
export const PREVIEW_ROWS = 200;

/** Every row of the call-off that matters before confirming: the bad ones, each problem in words, then the good ones. */
export function ImportPreview({ rows }: { rows: readonly CallOffRow[] }) {
  const { t } = useTranslation('orderImport');
  const bad = rows.filter((r) => r.problems.length > 0);
  const good = rows.filter((r) => r.problems.length === 0);
  const shown = [...bad, ...good].slice(0, Math.max(PREVIEW_ROWS, bad.length));
  const hidden = rows.length - shown.length;
  return (
    <div className="import-preview">
      <table>
        <caption>{t('preview.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('preview.line')}</th>
            <th scope="col">{t('fields.reference')}</th>
            <th scope="col">{t('fields.product')}</th>
            <th scope="col">{t('fields.quantity')}</th>
            <th scope="col">{t('fields.dueDate')}</th>
            <th scope="col">{t('preview.verdict')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <tr key={row.line} className={row.problems.length > 0 ? 'import-row-bad' : undefined}>
              <th scope="row">{row.line}</th>
              <td>{row.values.reference ?? ''}</td>
              <td>{row.values.product ?? ''}</td>
              <td>{row.values.quantity ?? ''}</td>
              <td>
                {row.values.dueDate ?? ''} {row.values.dueTime ?? ''}
              </td>
              <td>
                {row.problems.length === 0 ? (
                  <span className="import-verdict">
                    <Pictogram name="done" size={24} /> {t('preview.ok')}
                  </span>
                ) : (
                  <span className="import-verdict">
                    <Pictogram name="no" size={24} /> {t('preview.skipped')}: {row.problems.map((p) => problemText(t, p)).join(' ')}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {hidden > 0 && <p>{t('preview.more', { count: hidden })}</p>}
    </div>
  );
}

type Translate = ReturnType<typeof useTranslation<'orderImport'>>['t'];

function problemText(t: Translate, problem: RowProblem): string {
  switch (problem.code) {
    case 'missing-reference':
      return t('problems.missingReference');
    case 'duplicate-reference':
      return t('problems.duplicateReference', { reference: problem.reference });
    case 'unknown-product':
      return problem.product === '' ? t('problems.noProduct') : t('problems.unknownProduct', { product: problem.product });
    case 'bad-quantity':
      return problem.value.startsWith('-') ? t('problems.negativeQuantity', { value: problem.value }) : t('problems.badQuantity', { value: problem.value });
    case 'bad-date':
      return problem.value === '' ? t('problems.noDate') : t('problems.badDate', { value: problem.value });
    case 'bad-time':
      return t('problems.badTime', { value: problem.value });
  }
}
