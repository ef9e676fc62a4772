import { useTimeFormat } from './useTimeFormat.ts';

/** "5 minutes ago", with the date and time beside it. */
export function Moment({ iso }: { readonly iso: string }) {
  const { relative, absolute } = useTimeFormat();
  return (
    <span className="moment">
      <span>{relative(iso)}</span> <time dateTime={iso}>({absolute(iso)})</time>
    </span>
  );
}
