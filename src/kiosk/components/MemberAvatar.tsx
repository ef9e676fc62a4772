import type { Member } from '#shared/records.ts';
import { Pictogram } from '#ui/Pictogram.tsx';
import { MemberPhotoImage } from './MemberPhotoImage.tsx';

interface Props {
  readonly member: Pick<Member, 'avatar' | 'photo' | 'photoConsent'>;
  readonly size: number;
  readonly className?: string;
}

/**
 * A member's own photo when they agreed to one and this tablet has it, else
 * their animal: with no photo, while the photo is still on its way, and once
 * the consent is withdrawn. Decorative: the name always stands beside it.
 */
export function MemberAvatar({ member, size, className }: Props) {
  // The schema never lets a photo stand without consent; checking both keeps a stale row from showing one.
  // Members without a photo (most) render the animal straight away, with no database read on the first screen.
  if (member.photo && member.photoConsent) return <MemberPhotoImage photo={member.photo} avatar={member.avatar} size={size} className={className} />;
  return <Pictogram name={member.avatar} size={size} {...(className === undefined ? {} : { className })} />;
}
