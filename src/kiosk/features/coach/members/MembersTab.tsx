import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { memberSettings } from '#domain/memberSettings.ts';
import { Pictogram } from '#ui/Pictogram.tsx';
import { useServices } from '#kiosk/hooks/useServices.ts';
import { useTeamMembers } from '#kiosk/hooks/useTeamMembers.ts';
import { MemberSettingsEditor } from './MemberSettingsEditor.tsx';
import { MemberAvatar } from '#kiosk/components/MemberAvatar.tsx';

/** The team's people, each with a button to their settings. */
export function MembersTab() {
  const { t } = useTranslation('coach');
  const { db } = useServices();
  const members = useTeamMembers();
  const stations = useLiveQuery(async () => (await db.stations.toArray()).sort((a, b) => a.name.localeCompare(b.name)), [db]);
  const [openId, setOpenId] = useState<string | null>(null);
  if (!members || !stations) return null;
  const open = members.find((m) => m.id === openId);
  if (open) return <MemberSettingsEditor key={open.id} member={open} stations={stations} onDone={() => setOpenId(null)} />;
  return (
    <div className="coach-section">
      <h2>{t('members.title')}</h2>
      {members.length === 0 ? (
        <p className="empty-state">{t('members.empty')}</p>
      ) : (
        <ul className="coach-list">
          {members.map((member) => {
            const s = memberSettings(member);
            return (
              <li key={member.id} className="coach-row">
                <MemberAvatar member={member} size={56} />
                <div className="coach-row-text">
                  <span className="coach-row-title">{member.name}</span>
                  <span className="coach-row-meta">
                    {t(`languages.${member.language}`)} · {s.scale === 3 ? t('members.scale3') : t('members.scale5')}
                    {s.hasPin ? ` · ${t('members.pinOn')}` : ''}
                  </span>
                </div>
                <button type="button" className="tool-button" aria-label={t('members.edit', { name: member.name })} onClick={() => setOpenId(member.id)}>
                  <Pictogram name="pencil" size={40} />
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
