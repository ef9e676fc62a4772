import { useTranslation } from 'react-i18next';
import type { IluoCell } from '#shared/records.ts';

/** How many quarters of the circle are filled: the usual ILUO picture, one more quarter per level. */
export const FILLED_QUARTERS = { none: 0, I: 1, L: 2, U: 3, O: 4 } as const;

const C = 24;
const R = 20;
// Clockwise from the top: each quarter is a slice from the centre, so a filled one reads as a piece of pie.
const QUARTERS = [
  `M${C} ${C} L${C} ${C - R} A${R} ${R} 0 0 1 ${C + R} ${C} Z`,
  `M${C} ${C} L${C + R} ${C} A${R} ${R} 0 0 1 ${C} ${C + R} Z`,
  `M${C} ${C} L${C} ${C + R} A${R} ${R} 0 0 1 ${C - R} ${C} Z`,
  `M${C} ${C} L${C - R} ${C} A${R} ${R} 0 0 1 ${C} ${C - R} Z`,
] as const;

/**
 * A member's level on a station as the workshop knows it from the paper
 * matrix: a circle in quarters, filled one per level (none, I, L, U, O),
 * with the letter beside it. Shape and letter carry the level, never colour
 * alone. Its name says the level in words.
 */
export function IluoSymbol({ level, size = 40 }: { level: IluoCell; size?: number }) {
  const { t } = useTranslation('coach');
  const key = level ?? 'none';
  const filled = FILLED_QUARTERS[key];
  // For i18next-cli (see i18next.config.ts): t('coach:matrix.levels.none') t('coach:matrix.levels.I') t('coach:matrix.levels.L') t('coach:matrix.levels.U') t('coach:matrix.levels.O')
  return (
    <span role="img" aria-label={t(`matrix.levels.${key}`)} className="iluo-symbol" data-level={key}>
      <svg width={size} height={size} viewBox="0 0 48 48" aria-hidden="true" focusable="false">
        {QUARTERS.map((d, i) => (
          <path key={d} d={d} className={i < filled ? 'iluo-quarter iluo-quarter-filled' : 'iluo-quarter'} />
        ))}
        <circle cx={C} cy={C} r={R} className="iluo-outline" />
        <path d={`M${C} ${C - R} V${C + R} M${C - R} ${C} H${C + R}`} className="iluo-outline" />
      </svg>
      <span className="iluo-letter" aria-hidden="true">
        {level ?? '–'}
      </span>
    </span>
  );
}
