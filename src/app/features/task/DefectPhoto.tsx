import { useTranslation } from 'react-i18next';
import { Pictogram } from '../../components/Pictogram.tsx';
import { StepPicture } from '../../components/StepPicture.tsx';

interface Props {
  readonly photo: string | null;
  readonly onChange: (photo: string | null) => void;
}

/** An optional photo of a defect, taken with the tablet camera. */
export function DefectPhoto({ photo, onChange }: Props) {
  const { t } = useTranslation();
  if (photo) {
    return (
      <section className="defect-photo" aria-label={t('counts.photo')}>
        <StepPicture picto="camera" photo={photo} className="defect-thumb" />
        <button type="button" className="secondary-button" onClick={() => onChange(null)}>
          <Pictogram name="trash" size={40} />
          <span>{t('counts.photoRemove')}</span>
        </button>
      </section>
    );
  }
  return null;
}
