import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { LaterDay } from '#domain/today.ts';
import { Pictogram } from '#ui/Pictogram.tsx';
import { DayPicture } from './DayPicture.tsx';
import { TaskList } from './TaskList.tsx';
import { useDayName } from './useDayName.ts';

interface Props {
  readonly group: LaterDay;
  /** The day on screen (today). */
  readonly day: string;
  readonly open: boolean;
  readonly onToggle: () => void;
}

/**
 * The tasks due on a later day, closed behind that day's picture so they do
 * not sit among today's. The closed button shows the day, how many tasks and
 * their pictures; a tap opens the cards.
 */
export function LaterDayGroup({ group, day, open, onToggle }: Props) {
  const { t } = useTranslation();
  const dayName = useDayName();
  const listId = useId();
  const allDone = group.tasks.every((x) => x.done);
  // Opened by a tap, the cards come into sight; opened by themselves (nothing left today), the page stays put.
  const tapped = useRef(false);
  const list = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!tapped.current) return;
    tapped.current = false;
    // Typed as optional: jsdom has no scrollIntoView, every browser does.
    if (open) (list.current as { scrollIntoView?: Element['scrollIntoView'] } | null)?.scrollIntoView?.({ block: 'nearest' });
  }, [open]);
  return (
    <section className="later-day">
      <button
        type="button"
        className="later-day-button"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => {
          tapped.current = true;
          onToggle();
        }}
      >
        <DayPicture day={group.day} />
        <span className="later-day-text">
          <span className="later-day-name">{t('today.laterDay', { day: dayName(group.day) })}</span>{' '}
          <span className="later-day-count">
            {allDone && <Pictogram name="done" size={28} />}
            {t('today.taskCount', { count: group.tasks.length })}
          </span>
        </span>
        <span className="later-day-cards" aria-hidden="true">
          {group.tasks.slice(0, 4).map((x) => (
            <Pictogram key={x.task.id} name={x.card.picto} size={40} />
          ))}
        </span>
        <Pictogram name={open ? 'up' : 'down'} size={40} className="later-day-toggle" />
      </button>
      <div id={listId} ref={list}>
        {open && <TaskList items={group.tasks} day={day} />}
      </div>
    </section>
  );
}
