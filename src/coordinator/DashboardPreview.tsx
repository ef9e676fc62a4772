import { useTranslation } from 'react-i18next';
import { Pictogram } from '#ui/Pictogram.tsx';
import { COORDINATOR_NAMESPACE } from './i18n/coordinatorI18n.ts';

const ITEMS = [
  // t('preview.workability') t('preview.quality') t('preview.privacy') t('preview.devices') t('preview.export')
  { pictogram: 'heart', text: 'preview.workability' },
  { pictogram: 'check', text: 'preview.quality' },
  { pictogram: 'lock', text: 'preview.privacy' },
  { pictogram: 'signal', text: 'preview.devices' },
  { pictogram: 'memo', text: 'preview.export' },
] as const;

/** What the dashboard will hold, so the coordinator knows what this page is for. */
export function DashboardPreview() {
  const { t } = useTranslation(COORDINATOR_NAMESPACE);
  return (
    <section className="coordinator-card preview-card" aria-labelledby="preview-title">
      <h2 id="preview-title">{t('preview.title')}</h2>
      <ul className="preview-list">
        {ITEMS.map((item) => (
          <li key={item.text}>
            <Pictogram name={item.pictogram} size={40} />
            <span>{t(item.text)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
