import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { teamCheckinsSince } from '#db/checkinRepository.ts';
import { localDay } from '#shared/time.ts';
import { useServices } from '#kiosk/hooks/useServices.ts';
import { useTeamMembers } from '#kiosk/hooks/useTeamMembers.ts';
import { MemberFaces } from './MemberFaces.tsx';

/** How far back the coach looks: the privacy screen promises the member's faces "of the last weeks". */
export const FACES_WEEKS = 4;

/** The first day shown: FACES_WEEKS weeks back, today included (calendar days, so a clock change moves nothing). */
export function facesFromDay(now: Date): string {
  const from = new Date(now);
  from.setDate(from.getDate() - (FACES_WEEKS * 7 - 1));
  return localDay(from);
}

/**
 * Each member's well-being answers of the last weeks, for the coach. Coach
 * mode exists only on coach tablets, and only coach tablets are sent other
 * members' answers; the coordinator never sees one.
 */
export function FacesTab() {
  const { t } = useTranslation('coach');
  const { db, now } = useServices();
  const members = useTeamMembers();
  const fromDay = facesFromDay(now());
  const rows = useLiveQuery(async () => (members ? teamCheckinsSince(db, members.map((m) => m.id), fromDay) : undefined), [db, members, fromDay]);
  const [openId, setOpenId] = useState<string | null>(null);
  if (!members || !rows) return null;
  return (
    <div className="coach-section">
      <h2>{t('faces.title')}</h2>
      <p className="coach-faces-intro">{t('faces.intro', { weeks: FACES_WEEKS })}</p>
      {members.length === 0 ? (
        <p className="empty-state">{t('members.empty')}</p>
      ) : (
        <ul className="coach-list coach-faces">
          {members.map((member) => (
            <MemberFaces
              key={member.id}
              member={member}
              rows={rows.get(member.id) ?? []}
              weeks={FACES_WEEKS}
              open={openId === member.id}
              onToggle={() => setOpenId((id) => (id === member.id ? null : member.id))}
            />
          ))}
        </ul>
      )}
    </div>
  );
}
