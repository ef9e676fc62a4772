import type { StationLoad } from '#shared/records.ts';

const BLOCKS = { light: 1, medium: 2, heavy: 3 } as const;

/** A station's physical load as a stack of one, two or three crates: the height says it, not the colour. */
export function LoadPicture({ load, size = 40 }: { load: StationLoad; size?: number }) {
  const blocks = BLOCKS[load];
  return (
    <svg width={size} height={size} viewBox="0 0 48 48" aria-hidden="true" focusable="false" className="load-picture" data-blocks={blocks}>
      {[0, 1, 2].map((i) => (
        <rect key={i} x={10} y={34 - i * 14} width={28} height={12} rx={2} className={i < blocks ? 'load-block load-block-filled' : 'load-block'} />
      ))}
    </svg>
  );
}
