import { useTranslation } from 'react-i18next';
import { numberFormat } from '#ui/intlFormat.ts';
import { useLanguage } from '#kiosk/hooks/useLanguage.ts';

const BLOCKS = 10;

/** The week's self-managed share as ten blocks, filled by outline and fill (not colour), with its name and the percentage beside them. */
export function ShareFigure({ share }: { share: number | null }) {
  const { t } = useTranslation('rota');
  const lang = useLanguage();
  const percent = share === null ? null : numberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(share);
  const label = percent === null ? t('board.shareNone') : t('board.share', { percent });
  const filled = share === null ? 0 : Math.round(share * BLOCKS);
  return (
    <div className="board-share" role="img" aria-label={label} data-share={share ?? ''}>
      <span className="board-share-blocks" aria-hidden="true">
        {Array.from({ length: BLOCKS }, (_, i) => (
          <span key={i} className={i < filled ? 'board-share-block board-share-block-filled' : 'board-share-block'} />
        ))}
      </span>
      <span className="board-share-caption" aria-hidden="true">
        {t('board.shareCaption')} <strong>{percent ?? t('board.shareNoneShort')}</strong>
      </span>
    </div>
  );
}
