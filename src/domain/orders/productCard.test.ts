import { describe, expect, it } from 'vitest';
import { productCard } from './productCard.ts';

const boxes = { id: '00000000-0000-4000-8000-0000000000c1', title: 'Dozen inpakken', products: ['DOOS-A4', 'Geschenkdozen'] };
const labels = { id: '00000000-0000-4000-8000-0000000000c2', title: 'Etiket kleven', products: ['ETK-100'] };
const titled = { id: '00000000-0000-4000-8000-0000000000c0', title: 'DOOS-A4' };

describe('productCard', () => {
  it('finds the card that lists a product, whatever its case and spaces', () => {
    expect(productCard([labels, boxes], 'doos-a4')).toBe(boxes);
    expect(productCard([labels, boxes], ' DOOS - A4 ')).toBe(boxes);
    expect(productCard([labels, boxes], 'geschenk dozen')).toBe(boxes);
  });

  it('finds a card by its title when no card lists the product', () => {
    expect(productCard([labels, boxes], 'etiket  KLEVEN')).toBe(labels);
  });

  it('prefers a card that lists the product over one titled so', () => {
    expect(productCard([titled, boxes], 'DOOS-A4')).toBe(boxes);
  });

  it('finds nothing for a product no card makes; a hyphen still counts', () => {
    expect(productCard([labels, boxes], 'Fietsbellen')).toBeUndefined();
    expect(productCard([labels, boxes], 'DOOSA4')).toBeUndefined();
  });
});
