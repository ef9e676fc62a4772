import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { keepImportMapping } from '#db/orderImportMappings.ts';
import { teamSettingsOf } from '#db/teamRotaSettings.ts';
import type { OrderDraft } from '#domain/orders/orderDraft.ts';
import { guessMapping, missingColumns, readCallOff, type CallOffRow, type ColumnMapping, type ImportField } from '#domain/orders/readCallOff.ts';
import { ORDER_IMPORT_FIELDS } from '#shared/records/kinds/teamSettings.ts';
import { ErrorAlert } from '#ui/ErrorAlert.tsx';
import { Pictogram } from '#ui/Pictogram.tsx';
import { useServices } from '#kiosk/hooks/useServices.ts';
import { ImportPreview } from './ImportPreview.tsx';
import { readCallOffFile, MAX_ROWS, type ReadFileResult } from './readFile.ts';
import './orderImport.css';

export interface ImportOutcome {
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
}

interface OrderImportProps {
  readonly teamId: string;
  readonly onImport: (drafts: readonly OrderDraft[]) => Promise<ImportOutcome>;
  readonly onClose: () => void;
}

/**
 * A customer's call-off, CSV or XLSX: the file, the customer, its columns
 * (kept per customer), then a preview of every row with its problems named;
 * only the confirm writes, and only the good rows, in one transaction.
 */
export function OrderImport({ teamId, onImport, onClose }: OrderImportProps) {
  const { t } = useTranslation('orderImport');
  const { db, now, newId } = useServices();
  const id = useId();
  const cards = useLiveQuery(() => db.cards.toArray(), [db]);
  const known = useLiveQuery(async () => {
    const [orders, settings] = await Promise.all([db.orders.toArray(), teamSettingsOf(db, teamId)]);
    return { customers: [...new Set([...orders.map((o) => o.customer), ...Object.keys(settings?.orderImports ?? {})])].sort(), mappings: settings?.orderImports ?? {} };
  }, [db, teamId]);
  const [file, setFile] = useState<ReadFileResult | null>(null);
  const [reading, setReading] = useState(false);
  const [customer, setCustomer] = useState('');
  const [chosen, setChosen] = useState<ColumnMapping | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [failed, setFailed] = useState(false);
  const [saving, setSaving] = useState(false);

  const table = file?.ok === true ? file : null;
  const kept = known?.mappings[customer.trim()]?.columns;
  // The coach's choice, else the customer's kept columns, else a guess from the headers.
  const mapping = useMemo<ColumnMapping>(() => chosen ?? (table ? { ...guessMapping(table.headers), ...onlyHeaders(kept, table.headers) } : {}), [chosen, table, kept]);
  const missing = useMemo(() => (table ? missingColumns(mapping, table.headers) : []), [table, mapping]);
  // Read once per file, customer and mapping: thousands of rows are not re-read on every render.
  const rows = useMemo<CallOffRow[] | null>(
    () => (table && cards && missing.length === 0 && customer.trim() !== '' ? readCallOff({ customer: customer.trim(), teamId, headers: table.headers, rows: table.rows, mapping, cards }) : null),
    [table, cards, customer, teamId, mapping, missing],
  );
  const drafts = rows?.flatMap((r) => (r.draft ? [r.draft] : [])) ?? [];
  const skipped = (rows?.length ?? 0) - drafts.length;

  if (outcome) {
    return (
      <section className="coach-section order-import" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>{t('title')}</h2>
        <p className="import-outcome" role="status">
          <Pictogram name="done" size={40} />
          {t('outcome', { created: outcome.created, updated: outcome.updated, unchanged: outcome.unchanged })}
          {skipped > 0 && ` ${t('outcomeSkipped', { count: skipped })}`}
        </p>
        <button type="button" className="primary-button" onClick={onClose}>
          <Pictogram name="back" size={40} />
          <span>{t('toList')}</span>
        </button>
      </section>
    );
  }
  return (
    <section className="coach-section order-import" aria-labelledby={`${id}-title`}>
      <div className="order-import-head">
        <button type="button" className="secondary-button" onClick={onClose}>
          <Pictogram name="back" size={36} />
          <span>{t('back')}</span>
        </button>
        <h2 id={`${id}-title`}>{t('title')}</h2>
      </div>
      <div className="order-import-pick">
        <label className="secondary-button import-file">
          <Pictogram name="memo" size={36} />
          <span>{t('pickFile')}</span>
          <input
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(event) => {
              const picked = event.target.files?.[0];
              if (!picked) return;
              setReading(true);
              setChosen(null);
              void readCallOffFile(picked)
                .then(setFile)
                .finally(() => setReading(false));
            }}
          />
        </label>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-customer`}>
            {t('customer')}
          </label>
          <input id={`${id}-customer`} className="text-input" list={`${id}-customers`} maxLength={80} value={customer} onChange={(e) => setCustomer(e.target.value)} />
          <datalist id={`${id}-customers`}>
            {(known?.customers ?? []).map((c) => (
              <option key={c} value={c} />
            ))}
          </datalist>
        </div>
      </div>
      {reading && <p aria-busy="true">{t('reading')}</p>}
      {file?.ok === false && (
        <p className="error-message" role="alert">
          {/* t('orderImport:refusals.too-big') t('orderImport:refusals.not-text') t('orderImport:refusals.empty') t('orderImport:refusals.too-many-rows') t('orderImport:refusals.unreadable') */}
          {t(`refusals.${file.refusal}`, { rows: file.rows ?? 0, max: MAX_ROWS })}
        </p>
      )}
      {table && (
        <fieldset className="import-columns">
          <legend className="field-label">{t('columns')}</legend>
          {table.encodingGuessed && (
            <p className="import-warning">
              <Pictogram name="warning" size={32} /> {t('encodingGuessed')}
            </p>
          )}
          {ORDER_IMPORT_FIELDS.map((field) => (
            <ColumnChoice key={field} field={field} headers={table.headers} value={mapping[field]} missing={missing.includes(field)} onChange={(header) => setChosen({ ...withoutField(mapping, field), ...(header === '' ? {} : { [field]: header }) })} />
          ))}
        </fieldset>
      )}
      {table && missing.length > 0 && (
        <p className="error-message" role="alert">
          {t('missingColumns')}
        </p>
      )}
      {table && customer.trim() === '' && <p className="field-hint">{t('customerFirst')}</p>}
      {rows && (
        <>
          <p className="import-summary" role="status">
            {t('summary', { ready: drafts.length, count: skipped })}
          </p>
          <ImportPreview rows={rows} />
          <div className="editor-actions">
            <button
              type="button"
              className="primary-button"
              disabled={drafts.length === 0 || saving}
              onClick={() => {
                setSaving(true);
                setFailed(false);
                const ctx = { actorMemberId: null, now: now(), newId };
                void keepImportMapping(db, teamId, customer.trim(), mapping, ctx)
                  .then(() => onImport(drafts))
                  .then(setOutcome)
                  .catch(() => setFailed(true))
                  .finally(() => setSaving(false));
              }}
            >
              <Pictogram name="done" size={40} />
              <span>{t('confirm', { ready: drafts.length, count: skipped })}</span>
            </button>
          </div>
        </>
      )}
      <ErrorAlert message={failed ? t('failed') : null} />
    </section>
  );
}

function ColumnChoice({ field, headers, value, missing, onChange }: { field: ImportField; headers: readonly string[]; value: string | undefined; missing: boolean; onChange: (header: string) => void }) {
  const { t } = useTranslation('orderImport');
  const id = useId();
  // t('orderImport:fields.reference') t('orderImport:fields.product') t('orderImport:fields.quantity') t('orderImport:fields.dueDate') t('orderImport:fields.dueTime') t('orderImport:fields.priority')
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {t(`fields.${field}`)}
      </label>
      <select id={id} className="select-input" value={value ?? ''} aria-invalid={missing} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('noColumn')}</option>
        {headers.map((h, i) => (
          <option key={`${h}-${String(i)}`} value={h}>
            {h === '' ? t('columnNumber', { n: i + 1 }) : h}
          </option>
        ))}
      </select>
    </div>
  );
}

function onlyHeaders(mapping: ColumnMapping | undefined, headers: readonly string[]): ColumnMapping {
  return Object.fromEntries(Object.entries(mapping ?? {}).filter(([, header]) => headers.includes(header)));
}

function withoutField(mapping: ColumnMapping, field: ImportField): ColumnMapping {
  return Object.fromEntries(Object.entries(mapping).filter(([f]) => f !== field));
}
