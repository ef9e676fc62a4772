import { useTranslation } from 'react-i18next';
import { Pictogram } from '#ui/Pictogram.tsx';

// The GPL's text, shipped next to the offline voice's data by the build (vite.config.ts).
const SPEECH_LICENCE_PATH = '/speech/COPYING.txt';

/**
 * Where the pictures come from. OpenMoji's CC BY-SA 4.0 licence asks for
 * this attribution wherever the pictograms are shown. The offline voice,
 * eSpeak NG, is GPL-3.0: its notice, licence and source are named here too.
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
      <p>{t('speech.credit')}</p>
      <p>
        <a href={SPEECH_LICENCE_PATH}>{t('speech.licence')}</a>
      </p>
      <p>
        <a href="https://github.com/espeak-ng/espeak-ng">{t('speech.source')} – https://github.com/espeak-ng/espeak-ng</a>
      </p>
      <button type="button" className="primary-button" onClick={onClose}>
        <Pictogram name="back" size={48} />
        <span>{t('common.back')}</span>
      </button>
    </main>
  );
}
