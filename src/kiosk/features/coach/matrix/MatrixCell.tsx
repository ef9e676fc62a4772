import { useTranslation } from 'react-i18next';
import type { Skill } from '#shared/records.ts';
import { Pictogram } from '#ui/Pictogram.tsx';
import { IluoSymbol } from './IluoSymbol.tsx';

/** The small pictures a cell shows beside its level, and the words its name gets for them. */
export function cellFlags(skill: Skill | undefined): { picto: string; key: 'goal' | 'restricted' | 'likes' | 'dislikes' }[] {
  const flags: { picto: string; key: 'goal' | 'restricted' | 'likes' | 'dislikes' }[] = [];
  if (skill?.trainingGoal) flags.push({ picto: 'book', key: 'goal' });
  if (skill?.restricted) flags.push({ picto: 'stop', key: 'restricted' });
  if (skill?.preference === 1) flags.push({ picto: 'heart', key: 'likes' });
  if (skill?.preference === -1) flags.push({ picto: 'thumbs-down', key: 'dislikes' });
  return flags;
}

/** One cell: a big button showing the level as the ILUO symbol and the cell's flags as small pictures. */
export function MatrixCell({ memberName, stationName, skill, onTap }: { memberName: string; stationName: string; skill: Skill | undefined; onTap: () => void }) {
  const { t } = useTranslation('coach');
  const level = skill?.level ?? null;
  const flags = cellFlags(skill);
  // For i18next-cli (see i18next.config.ts): t('coach:matrix.flags.goal') t('coach:matrix.flags.restricted') t('coach:matrix.flags.likes') t('coach:matrix.flags.dislikes')
  const name = [t('matrix.cell', { member: memberName, station: stationName, level: t(`matrix.levels.${level ?? 'none'}`) }), ...flags.map((f) => t(`matrix.flags.${f.key}`))].join(', ');
  return (
    <button type="button" className="matrix-cell" aria-label={name} onClick={onTap}>
      <IluoSymbol level={level} />
      {flags.length > 0 && (
        <span className="matrix-cell-flags">
          {flags.map((f) => (
            <Pictogram key={f.key} name={f.picto} size={22} />
          ))}
        </span>
      )}
    </button>
  );
}
