/**
 * Which card makes a product an order names: a card whose products list it,
 * else a card whose title it is. Case and spaces do not count ("DOOS - A4"
 * and "doos-a4" are one product; a hyphen still does), so a call-off typed
 * by hand finds its card.
 */
import type { Card } from '#shared/records.ts';

/** The form two product names are compared in. */
export function productKey(name: string): string {
  return name.normalize('NFC').toLowerCase().replace(/\s+/g, '');
}

/**
 * The card that makes `product`, or undefined. A product a card lists wins
 * over a card's title; when two cards name it alike, the first by id, so
 * every tablet and the server pick the same one.
 */
export function productCard<C extends Pick<Card, 'id' | 'title' | 'products'>>(cards: readonly C[], product: string): C | undefined {
  const key = productKey(product);
  const sorted = [...cards].sort((a, b) => a.id.localeCompare(b.id));
  return sorted.find((c) => (c.products ?? []).some((p) => productKey(p) === key)) ?? sorted.find((c) => productKey(c.title) === key);
}
