import { describe, expect, it } from 'vitest';
import { coachPinText, hashPin, memberPinText, newPinSalt, pinMatches } from './pinHash.ts';

describe('PIN hashing', () => {
  it('accepts the same pictures in the same order and nothing else', async () => {
    const stored = await hashPin(memberPinText(['apple', 'car', 'sun']), newPinSalt());
    expect(await pinMatches(memberPinText(['apple', 'car', 'sun']), stored)).toBe(true);
    expect(await pinMatches(memberPinText(['car', 'apple', 'sun']), stored)).toBe(false);
    expect(await pinMatches(coachPinText('1234'), stored)).toBe(false);
  });

  it('never stores the PIN, and salts each hash', async () => {
    const a = await hashPin(memberPinText(['apple', 'car', 'sun']), newPinSalt());
    const b = await hashPin(memberPinText(['apple', 'car', 'sun']), newPinSalt());
    expect(a.hash).not.toBe(b.hash);
    expect(JSON.stringify(a)).not.toContain('apple');
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
  });
});
