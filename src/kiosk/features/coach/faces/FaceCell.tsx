import { useTranslation } from 'react-i18next';
import type { Checkin } from '#shared/records.ts';
import { Pictogram } from '#ui/Pictogram.tsx';
import { ENERGY, faceOf } from '#kiosk/features/checkin/faces.ts';

interface Props {
  readonly checkin: Checkin;
  readonly size: number;
  /** Said before the face's word, e.g. "last: Tue 24 Nov". */
  readonly prefix?: string;
  readonly withEnergy?: boolean;
}

/** The face the member tapped, the same picture they saw, with its word; and their energy when they gave it. */
export function FaceCell({ checkin, size, prefix, withEnergy = false }: Props) {
  const { t } = useTranslation('coach');
  // The faces' own words are the member's ('translation' namespace), as the member heard them.
  const { t: memberT } = useTranslation();
  const face = faceOf(checkin.score, checkin.scale ?? 3);
  const energy = withEnergy ? ENERGY.find((e) => e.level === checkin.energy) : undefined;
  return (
    <span className="coach-face">
      <Pictogram name={face?.picto ?? 'face-unsure'} size={size} />
      <span className="coach-face-word">
        {prefix !== undefined && <span className="visually-hidden">{prefix} </span>}
        {face ? memberT(face.word) : String(checkin.score)}
      </span>
      {energy && (
        <span className="coach-face-energy">
          <Pictogram name={energy.picto} size={Math.round(size * 0.6)} />
          <span>{t('faces.energy', { level: memberT(energy.word) })}</span>
        </span>
      )}
    </span>
  );
}
