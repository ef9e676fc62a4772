import { useTranslation } from 'react-i18next';
import { setDisplayMode } from '#db/displaySetting.ts';
import { useServices } from '#kiosk/hooks/useServices.ts';
import { Pictogram } from '#ui/Pictogram.tsx';

/**
 * On the photo grid: turns this tablet into a day board (a setting of the
 * tablet, kept through reloads). Its word is in the board's own small
 * strings file, so the button shows once that is loaded rather than making
 * the photo grid wait for it.
 */
export function BoardModeButton() {
  const { db } = useServices();
  const { t, ready } = useTranslation('board', { useSuspense: false });
  if (!ready) return null;
  return (
    <button
      type="button"
      className="link-button dayboard-enter"
      onClick={() => {
        void setDisplayMode(db, 'board');
      }}
    >
      <Pictogram name="clipboard" size={32} />
      <span>{t('enter')}</span>
    </button>
  );
}
