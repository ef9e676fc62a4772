/**
 * PINs are kept only as salted PBKDF2-SHA-256 hashes, on the tablet and the
 * server alike. The member PIN is three of nine pictures, in order; the coach
 * PIN is digits. Both hash the same way, from their canonical text.
 */
import type { PinHash } from './records.ts';

/** The nine PIN pictures, in the order the PIN pad shows them. */
export const PIN_PICTURES = ['apple', 'car', 'sun', 'star', 'heart', 'tree', 'ball', 'flower', 'fish'] as const;
export type PinPicture = (typeof PIN_PICTURES)[number];
export const MEMBER_PIN_LENGTH = 3;

// A short PIN cannot resist a determined offline guesser whatever the cost;
// the hash keeps the PIN itself unreadable, and the cost keeps a tap fast on a cheap tablet.
const ITERATIONS = 60_000;

const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
const unhex = (text: string) => Uint8Array.from(text.match(/../g) ?? [], (h) => parseInt(h, 16));

export function newPinSalt(): string {
  return hex(crypto.getRandomValues(new Uint8Array(16)));
}

export function memberPinText(pictures: readonly string[]): string {
  return `pictures:${pictures.join('|')}`;
}

export function coachPinText(digits: string): string {
  return `digits:${digits}`;
}

export async function hashPin(text: string, salt: string): Promise<PinHash> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(text), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: unhex(salt), iterations: ITERATIONS }, key, 256);
  return { salt, hash: hex(new Uint8Array(bits)) };
}

export async function pinMatches(text: string, stored: PinHash): Promise<boolean> {
  const { hash } = await hashPin(text, stored.salt);
  return hash === stored.hash;
}
