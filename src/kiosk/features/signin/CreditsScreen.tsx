import { useTranslation } from 'react-i18next';
import { Pictogram } from '#ui/Pictogram.tsx';

/**
 * Where the pictures come from. OpenMoji's CC BY-SA 4.0 licence asks for
 * this attribution wherever the pictograms are shown.
 */
export function CreditsScreen({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <main className="credits-screen">
      <h1>
        <Pictogram name="book" size={48} />
        {t('credits.title')}
      </h1>
      <p>{t('credits.openmoji')}</p>
      <p>
        <a href="https://openmoji.org/">OpenMoji – https://openmoji.org</a>
      </p>
      <p>
        <a href="https://creativecommons.org/licenses/by-sa/4.0/">CC BY-SA 4.0 – https://creativecommons.org/licenses/by-sa/4.0/</a>
      </p>
      <p>{t('credits.changes')}</p>
      <p>
        <a href="/pictograms/ATTRIBUTION.md">{t('credits.list')}</a>
      </p>
      <button type="button" className="primary-button" onClick={onClose}>
        <Pictogram name="back" size={48} />
        <span>{t('common.back')}</span>
      </button>
    </main>
  );
}
