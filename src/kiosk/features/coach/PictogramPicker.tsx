import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pictogramWord } from '#shared/pictograms.ts';
import { Pictogram } from '#ui/Pictogram.tsx';
import { useDialogFocus } from '#ui/useDialogFocus.ts';
import { useLanguage } from '#kiosk/hooks/useLanguage.ts';
import { searchPictograms } from './cards/searchPictograms.ts';

interface Props {
  readonly current: string;
  readonly onPick: (name: string) => void;
  readonly onClose: () => void;
}

/** The bundled pictograms in a dialog, searchable by Dutch, French and English words. */
export function PictogramPicker({ current, onPick, onClose }: Props) {
  const { t } = useTranslation('coach');
  const lang = useLanguage();
  const titleId = useId();
  const searchId = useId();
  const [query, setQuery] = useState('');
  const results = useMemo(() => searchPictograms(query), [query]);
  const searchRef = useRef<HTMLInputElement>(null);
  useDialogFocus(searchRef);
  return (
    <div
      className="dialog-backdrop"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <section className="coach-dialog picto-picker" role="dialog" aria-modal="true" aria-labelledby={titleId}>
        <div className="screen-title">
          <h2 id={titleId}>{t('picker.title')}</h2>
          <button type="button" className="secondary-button" onClick={onClose}>
            <Pictogram name="back" size={40} />
            <span>{t('picker.close')}</span>
          </button>
        </div>
        <label htmlFor={searchId} className="field-label">
          {t('picker.search')}
        </label>
        <input
          ref={searchRef}
          id={searchId}
          type="search"
          className="text-input"
          autoComplete="off"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        <p role="status" className="picker-count">
          {t('picker.results', { count: results.length })}
        </p>
        <ul className="picto-grid">
          {results.map((name) => (
            <li key={name}>
              <button
                type="button"
                className="picto-choice"
                aria-pressed={name === current}
                onClick={() => {
                  onPick(name);
                  onClose();
                }}
              >
                <Pictogram name={name} size={56} />
                <span lang={lang}>{pictogramWord(name, lang)}</span>
              </button>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
