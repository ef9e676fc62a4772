/**
 * The coach's list of the week's rota clashes: a member's own place and a
 * coach's that met on one slot while the two tablets were offline. Each
 * shows the member (photo or animal, and name), the half-day, both places
 * with their station pictures, which one the slot kept (in words and with a
 * tick, never by colour alone), and a "seen" button once talked over.
 */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { markRotaConflictSeen, type RotaConflictEntry } from '#db/rotaConflicts.ts';
import { MemberAvatar } from '#kiosk/components/MemberAvatar.tsx';
import { useSaveError } from '#kiosk/hooks/useSaveError.ts';
import { useServices } from '#kiosk/hooks/useServices.ts';
import type { Member, Station } from '#shared/records.ts';
import { ErrorAlert } from '#ui/ErrorAlert.tsx';
import { Pictogram } from '#ui/Pictogram.tsx';
import { useRotaConflicts } from './useRotaConflicts.ts';
import './conflicts.css';

export function RotaConflictList({ teamId, week }: { teamId: string; week: string }) {
  const { t } = useTranslation('rota');
  const view = useRotaConflicts(teamId, week);
  const { db, now, newId, requestSync } = useServices();
  const { error, run } = useSaveError();
  const markSeen = useCallback(
    (id: string) =>
      void run(async () => {
        await markRotaConflictSeen(db, id, { actorMemberId: null, now: now(), newId });
        requestSync('write');
      }),
    [db, now, newId, requestSync, run],
  );
  if (!view) return null;
  return (
    <section className="rota-conflicts" aria-labelledby="rota-conflicts-title">
      <h2 id="rota-conflicts-title" className="rota-conflicts-title">
        <Pictogram name="warning" size={40} />
        {t('conflicts.title')}
      </h2>
      {view.entries.length === 0 ? (
        <p>{t('conflicts.none')}</p>
      ) : (
        <ul className="rota-conflicts-list">
          {view.entries.map((entry) => (
            <ConflictItem key={entry.id} entry={entry} member={view.members.get(entry.memberId)} stations={view.stations} onSeen={markSeen} />
          ))}
        </ul>
      )}
      <ErrorAlert message={error} />
    </section>
  );
}

interface ItemProps {
  readonly entry: RotaConflictEntry;
  readonly member: Member | undefined;
  readonly stations: ReadonlyMap<string, Station>;
  readonly onSeen: (id: string) => void;
}

function ConflictItem({ entry, member, stations, onSeen }: ItemProps) {
  const { t, i18n } = useTranslation('rota');
  const name = member?.name ?? t('conflicts.unknownMember');
  const day = new Intl.DateTimeFormat(i18n.language, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${entry.day}T00:00:00Z`));
  const when = t('conflicts.when', { day, shift: entry.shift === 'am' ? t('conflicts.am') : t('conflicts.pm') });
  return (
    <li className="rota-conflict" aria-label={t('conflicts.itemLabel', { name, when })}>
      <div className="rota-conflict-who">
        {member ? <MemberAvatar member={member} size={56} /> : <Pictogram name="person" size={56} />}
        <div>
          <strong>{name}</strong>
          <div>{when}</div>
        </div>
      </div>
      <div className="rota-conflict-places">
        <Place label={t('conflicts.memberChose')} stationId={entry.memberStation} stations={stations} kept={entry.winner === 'member'} />
        <Place label={t('conflicts.coachChose')} stationId={entry.coachStation} stations={stations} kept={entry.winner === 'coach'} />
      </div>
      {entry.seen ? (
        <p className="rota-conflict-seen">
          <Pictogram name="check" size={32} />
          {t('conflicts.seenDone')}
        </p>
      ) : (
        <button type="button" className="secondary-button rota-conflict-seen-button" onClick={() => onSeen(entry.id)}>
          <Pictogram name="eye" size={40} />
          <span>{t('conflicts.markSeen')}</span>
        </button>
      )}
    </li>
  );
}

function Place({ label, stationId, stations, kept }: { label: string; stationId: string | null; stations: ReadonlyMap<string, Station>; kept: boolean }) {
  const { t } = useTranslation('rota');
  const station = stationId === null ? undefined : stations.get(stationId);
  const stationName = stationId === null ? t('conflicts.pool') : (station?.name ?? t('conflicts.unknownStation'));
  return (
    <div className="rota-conflict-place">
      <span className="rota-conflict-place-label">{label}</span>
      <Pictogram name={station?.picto ?? (stationId === null ? 'broom' : 'warning')} size={48} />
      <span>{stationName}</span>
      {kept && (
        <span className="rota-conflict-kept">
          <Pictogram name="check" size={28} />
          {t('conflicts.kept')}
        </span>
      )}
    </div>
  );
}
