/**
 * A small shape per order of the day, so two cards with the same picture
 * for two customers look different at a glance. Shape and colour both
 * change from one order to the next: the shape alone tells them apart.
 */
const MARKS = [
  { shape: 'circle', colour: '#1d4e89', d: 'M16 3a13 13 0 1 1 0 26a13 13 0 1 1 0-26z' },
  { shape: 'triangle', colour: '#a3241b', d: 'M16 3L30 28H2z' },
  { shape: 'square', colour: '#1e6b34', d: 'M4 4h24v24H4z' },
  { shape: 'diamond', colour: '#6b3fa0', d: 'M16 2L30 16L16 30L2 16z' },
  { shape: 'star', colour: '#8a4b00', d: 'M16 2l4 9.5l10 .8l-7.6 6.6l2.4 9.8L16 23.4L7.2 28.7l2.4-9.8L2 12.3l10-.8z' },
  { shape: 'hexagon', colour: '#0f5f66', d: 'M9 3h14l7 13l-7 13H9L2 16z' },
] as const;

export function OrderMark({ index }: { index: number }) {
  const mark = MARKS[index % MARKS.length] ?? MARKS[0];
  return (
    <svg className="order-mark" width="28" height="28" viewBox="0 0 32 32" aria-hidden="true" data-shape={mark.shape}>
      <path d={mark.d} fill={mark.colour} stroke="#1a1a1a" strokeWidth="2" strokeLinejoin="round" />
    </svg>
  );
}
