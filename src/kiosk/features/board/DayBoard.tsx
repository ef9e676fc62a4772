/**
 * The day board: every open order of the team on one screen, for a wall
 * screen or a tablet in board mode. It only reads IndexedDB, so it keeps
 * showing what it has offline; online, the sync's long poll writes other
 * tablets' completions in and the bars move by themselves. Lazily loaded,
 * with its strings (the 'board' namespace) waited for behind the shell's
 * loading screen.
 */
import { useTranslation } from 'react-i18next';
import { isBehind } from '#domain/orders/boardOrders.ts';
import { setDisplayMode } from '#db/displaySetting.ts';
import { SpeakButton } from '#kiosk/components/SpeakButton.tsx';
import { useLanguage } from '#kiosk/hooks/useLanguage.ts';
import { useNow } from '#kiosk/hooks/useNow.ts';
import { useServices } from '#kiosk/hooks/useServices.ts';
import { Pictogram } from '#ui/Pictogram.tsx';
import { clockTime } from '#ui/intlFormat.ts';
import { BoardCard } from './BoardCard.tsx';
import { useBoardOrders } from './useBoardOrders.ts';
import './board.css';

/** The clock and the projections move this often; the bars move when IndexedDB does. */
export const BOARD_TICK_MS = 30_000;

export function DayBoard() {
  const { t } = useTranslation('board');
  const { db } = useServices();
  const language = useLanguage();
  const now = useNow(BOARD_TICK_MS);
  const items = useBoardOrders(now);
  const open = items?.filter((i) => i.projection.status !== 'done').length ?? 0;
  const late = items?.filter((i) => isBehind(i.projection.status)).length ?? 0;
  const time = clockTime(now);
  return (
    <main className="day-board">
      <div className="dayboard-header">
        <h1>
          <Pictogram name="clipboard" size={48} />
          {t('title')}
        </h1>
        <p className="dayboard-clock">
          <Pictogram name="clock" size={48} />
          <span className="visually-hidden">{t('clock', { time })}</span>
          <span aria-hidden="true">{time}</span>
        </p>
        {items !== undefined && (
          <p className="dayboard-summary" role="status">
            {late > 0 && <Pictogram name="warning" size={48} />}
            {t('summary', { open, late })}
          </p>
        )}
        <SpeakButton text={t('say.summary', { open, late })} language={language} />
        <button
          type="button"
          className="secondary-button dayboard-leave"
          onClick={() => {
            void setDisplayMode(db, 'members');
          }}
        >
          <Pictogram name="back" size={44} />
          <span>{t('toMembers')}</span>
        </button>
      </div>
      {/* The list scrolls under the fixed header; focusable, so a keyboard scrolls it too. */}
      <section className="dayboard-scroll" aria-label={t('list')} tabIndex={0}>
        {items === undefined ? null : items.length === 0 ? (
          <p className="empty-state">{t('empty')}</p>
        ) : (
          <ul className="dayboard-grid">
            {items.map((item) => (
              <BoardCard key={item.order.id} item={item} now={now} language={language} />
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}
