import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deleteCard } from '#db/coachRepository.ts';
import type { Card } from '#shared/records.ts';
import { ErrorAlert } from '#ui/ErrorAlert.tsx';
import { Pictogram } from '#ui/Pictogram.tsx';
import { useSaveError } from '#kiosk/hooks/useSaveError.ts';
import { useServices } from '#kiosk/hooks/useServices.ts';
import { ConfirmDialog } from '#ui/ConfirmDialog.tsx';
import { CardEditor } from './CardEditor.tsx';
import { PlanTaskDialog } from './PlanTaskDialog.tsx';

type Editing = { readonly card: Card | null } | null;

/** The team's task cards: a list with edit and delete, a "new card" button, and the editor. */
export function CardsTab({ teamId }: { teamId: string }) {
  const { t } = useTranslation('coach');
  const { db, now, newId, requestSync } = useServices();
  const { error, run } = useSaveError();
  const cards = useLiveQuery(async () => (await db.cards.toArray()).sort((a, b) => a.title.localeCompare(b.title)), [db]);
  const stations = useLiveQuery(async () => (await db.stations.toArray()).sort((a, b) => a.name.localeCompare(b.name)), [db]);
  const [editing, setEditing] = useState<Editing>(null);
  const [confirming, setConfirming] = useState<Card | null>(null);
  const [planning, setPlanning] = useState<Card | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  if (!cards || !stations) return null;
  if (editing) return <CardEditor key={editing.card?.id ?? 'new'} card={editing.card} teamId={teamId} stations={stations} onDone={() => setEditing(null)} />;

  const stationName = new Map(stations.map((s) => [s.id, s.name]));
  return (
    <div className="coach-section">
      <div className="screen-title">
        <h2>{t('cards.title')}</h2>
        <button
          type="button"
          className="primary-button"
          onClick={() => {
            setStatus(null);
            setEditing({ card: null });
          }}
        >
          <Pictogram name="plus" size={40} />
          <span>{t('cards.new')}</span>
        </button>
      </div>
      <p role="status" className="save-status">
        {status}
      </p>
      {cards.length === 0 ? (
        <p className="empty-state">{t('cards.empty')}</p>
      ) : (
        <ul className="coach-list">
          {cards.map((card) => (
            <li key={card.id} className="coach-row">
              <Pictogram name={card.picto} size={56} />
              <div className="coach-row-text">
                <span className="coach-row-title">{card.title}</span>
                <span className="coach-row-meta">
                  {stationName.get(card.stationId) ?? '?'} · {t('cards.steps', { count: card.steps.length })} · {t('cards.version', { n: card.version })}
                </span>
              </div>
              <button type="button" className="tool-button" aria-label={t('plan.open', { title: card.title })} onClick={() => setPlanning(card)}>
                <Pictogram name="calendar" size={40} />
              </button>
              <button type="button" className="tool-button" aria-label={t('cards.edit', { title: card.title })} onClick={() => setEditing({ card })}>
                <Pictogram name="pencil" size={40} />
              </button>
              <button type="button" className="tool-button tool-danger" aria-label={t('cards.delete', { title: card.title })} onClick={() => setConfirming(card)}>
                <Pictogram name="trash" size={40} />
              </button>
            </li>
          ))}
        </ul>
      )}
      <ErrorAlert message={error} />
      {planning && (
        <PlanTaskDialog
          card={planning}
          onCancel={() => setPlanning(null)}
          onPlanned={(name) => {
            setStatus(t('plan.planned', { title: planning.title, name }));
            setPlanning(null);
          }}
        />
      )}
      {confirming && (
        <ConfirmDialog
          title={t('cards.confirmDelete', { title: confirming.title })}
          confirmLabel={t('common.confirmDelete')}
          cancelLabel={t('common.keep')}
          onCancel={() => setConfirming(null)}
          onConfirm={() => {
            const card = confirming;
            setConfirming(null);
            void run(async () => {
              await deleteCard(db, card.id, { actorMemberId: null, now: now(), newId });
              setStatus(t('cards.deleted', { title: card.title }));
              requestSync('write');
            });
          }}
        />
      )}
    </div>
  );
}
