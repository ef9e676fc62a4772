import { useBlobUrl } from '#kiosk/hooks/useBlobUrl.ts';
import { Pictogram } from '#ui/Pictogram.tsx';

interface Props {
  readonly picto: string;
  readonly photo?: string | null | undefined;
  readonly className?: string;
}

/** A step's photo when the tablet has it; its pictogram as the placeholder until then. */
export function StepPicture({ picto, photo, className }: Props) {
  const url = useBlobUrl(photo);
  if (url) return <img src={url} alt="" aria-hidden="true" className={`step-photo ${className ?? ''}`} draggable={false} />;
  return <Pictogram name={picto} size={260} {...(className === undefined ? {} : { className })} />;
}
