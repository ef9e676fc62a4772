import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member } from '#shared/records.ts';
import { Pictogram } from '#ui/Pictogram.tsx';
import { MemberAvatar } from '#kiosk/components/MemberAvatar.tsx';
import { BoardDialog } from './BoardDialog.tsx';

/**
 * "We agree": the photos of the team, those present already chosen; a tap
 * takes out whoever is not there. The big button records who agreed.
 */
export function AgreeDialog({ members, presentIds, onAgree, onCancel }: { members: readonly Member[]; presentIds: readonly string[]; onAgree: (ids: string[]) => void; onCancel: () => void }) {
  const { t } = useTranslation('rota');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(presentIds));
  const toggle = (id: string) => {
    const next = new Set(chosen);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setChosen(next);
  };
  return (
    <BoardDialog
      title={t('board.agreeTitle')}
      closeLabel={t('board.agreeCancel')}
      onClose={onCancel}
      actions={
        <button type="button" className="primary-button board-agree" disabled={chosen.size === 0} onClick={() => onAgree(members.filter((m) => chosen.has(m.id)).map((m) => m.id))}>
          <Pictogram name="yes" size={56} />
          <span>{t('board.agree')}</span>
        </button>
      }
    >
      <p>{t('board.agreeHint')}</p>
      <div className="board-agree-people">
        {members.map((member) => (
          <button key={member.id} type="button" className="board-agree-person" aria-pressed={chosen.has(member.id)} onClick={() => toggle(member.id)}>
            <MemberAvatar member={member} size={64} />
            <span>{member.name}</span>
            {chosen.has(member.id) && <Pictogram name="check" size={28} className="board-agree-check" />}
          </button>
        ))}
      </div>
    </BoardDialog>
  );
}
