import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Pictogram } from './Pictogram.tsx';

describe('Pictogram', () => {
  it('shows small pictograms as the bitmap, cheap to show a grid of', () => {
    const { container } = render(<Pictogram name="dog" size={112} />);
    expect(container.querySelector('img')?.getAttribute('src')).toBe('/pictograms/1F436.webp');
  });

  it('shows a large pictogram, a step picture, as the drawing, sharp at any size', () => {
    const { container } = render(<Pictogram name="dog" size={260} />);
    expect(container.querySelector('img')?.getAttribute('src')).toBe('/pictograms/1F436.svg');
  });

  it('shows the warning sign for a name it does not know, not a broken picture', () => {
    const { container } = render(<Pictogram name="no-such-picture" size={64} />);
    expect(container.querySelector('img')?.getAttribute('src')).toBe('/pictograms/26A0.webp');
  });
});
