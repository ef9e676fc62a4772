import { Pictogram } from '#ui/Pictogram.tsx';
import { useBlobUrl } from '#kiosk/hooks/useBlobUrl.ts';

interface Props {
  readonly photo: string;
  readonly avatar: string;
  readonly size: number;
  readonly className: string | undefined;
}

/** A member's photo once this tablet has its bytes (fetched once in the background), their animal until then. */
export function MemberPhotoImage({ photo, avatar, size, className }: Props) {
  const url = useBlobUrl(photo);
  if (url) return <img src={url} width={size} height={size} alt="" aria-hidden="true" className={`member-photo ${className ?? ''}`} draggable={false} />;
  return <Pictogram name={avatar} size={size} {...(className === undefined ? {} : { className })} />;
}
