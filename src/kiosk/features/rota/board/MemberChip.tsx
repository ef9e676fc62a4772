import { useTranslation } from 'react-i18next';
import type { MemberSign } from '#domain/rota/cellRules.ts';
import type { Member, RotaSlot } from '#shared/records.ts';
import { Pictogram } from '#ui/Pictogram.tsx';
import { MemberAvatar } from '#kiosk/components/MemberAvatar.tsx';
import { RuleSign } from './RuleSign.tsx';

/** Who placed the slot, as a small picture on the photo: the member, the coach, the computer, the team. */
const PLACER_PICTOS = { member: 'person', coach: 'key', optimiser: 'gear', team: 'yes' } as const;

interface Props {
  readonly member: Member;
  readonly record: RotaSlot | undefined;
  readonly signs: readonly MemberSign[];
  readonly stationName: string;
  /** False: the photo is only shown (another member's, on a member's board). */
  readonly interactive: boolean;
  readonly selected: boolean;
  readonly onTap: () => void;
  readonly onSay: (text: string) => void;
}

/** A member's photo in a cell, who placed them, a late change, and the rule signs about them; the photo can be tapped or dragged. */
export function MemberChip({ member, record, signs, stationName, interactive, selected, onTap, onSay }: Props) {
  const { t } = useTranslation('rota');
  // For i18next-cli (see i18next.config.ts): t('rota:board.placedBy.member') t('rota:board.placedBy.coach') t('rota:board.placedBy.optimiser') t('rota:board.placedBy.team')
  const label = record ? t(`board.placedBy.${record.placedBy}`, { member: member.name }) : member.name;
  const content = (
    <>
      <MemberAvatar member={member} size={40} />
      <span className="board-chip-name">{member.name}</span>
      {record && <Pictogram name={PLACER_PICTOS[record.placedBy]} size={20} className="board-chip-placer" />}
    </>
  );
  // For i18next-cli: t('rota:board.signs.notTrained') t('rota:board.signs.traineeWithoutO') t('rota:board.signs.secondHeavy') t('rota:board.signs.restricted') t('rota:board.signs.absent')
  return (
    <div className="board-placed" data-member={member.id}>
      {interactive ? (
        <button
          type="button"
          className="board-chip"
          aria-label={label}
          aria-pressed={selected}
          draggable
          onDragStart={(event) => event.dataTransfer.setData('text/plain', member.id)}
          onClick={onTap}
        >
          {content}
        </button>
      ) : (
        <span className="board-chip board-chip-static" role="img" aria-label={label}>
          {content}
        </span>
      )}
      {record?.lateChange === true && (
        <span className="board-late" role="img" aria-label={t('board.lateChange')}>
          <Pictogram name="clock" size={24} />
        </span>
      )}
      {signs.map((sign) => (
        <RuleSign key={sign} sign={sign} text={t(`board.signs.${sign}`, { member: member.name, station: stationName })} onSay={onSay} />
      ))}
    </div>
  );
}
