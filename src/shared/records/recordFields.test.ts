import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { recordFields } from './recordFields.ts';

const { shortText, multiLineText } = recordFields(z);
const MESSAGE = 'text may not hold control characters such as a tab or line break, text-direction overrides or broken characters';

describe('shortText: one line a person typed', () => {
  it.each([
    ['accents', 'Zoë Çelik-Núñez'],
    ['emoji, a pair of UTF-16 halves', 'Inpakken 📦'],
    ['another script with its direction mark', 'مريم\u200F'],
    ['a no-break space', 'Doos\u00a0A4'],
  ])('takes %s', (_what, text) => {
    expect(shortText(60).parse(text)).toBe(text);
  });

  it('trims spaces and line breaks at either end before it judges', () => {
    expect(shortText(60).parse('  Ann\r\n')).toBe('Ann');
  });

  it.each([
    ['NUL', 'A\u0000B', 'U+0000'],
    ['BEL', 'A\u0007B', 'U+0007'],
    ['an ANSI escape', '\u001b[31mAnn', 'U+001B'],
    ['a tab', 'A\tB', 'U+0009'],
    ['a line break inside', 'A\nB', 'U+000A'],
    ['DEL', 'A\u007fB', 'U+007F'],
    ['a C1 control', 'A\u009bB', 'U+009B'],
    ['a left-to-right embedding', 'A\u202AB', 'U+202A'],
    ['a right-to-left override', 'Ann\u202Etxt.exe', 'U+202E'],
    ['a first-strong isolate', 'A\u2068B', 'U+2068'],
    ['a pop directional isolate', 'A\u2069B', 'U+2069'],
    ['half of a broken character', 'doos\ud800', 'U+D800'],
  ])('refuses %s, naming it', (_what, text, codePoint) => {
    const issue = shortText(60).safeParse(text).error?.issues[0];
    expect(issue?.message).toBe(`${MESSAGE} (found ${codePoint})`);
  });
});

describe('multiLineText: text a file brought, which may run over lines', () => {
  it('takes line breaks inside', () => {
    expect(multiLineText(120).parse('Bestel\r\nnummer')).toBe('Bestel\r\nnummer');
  });

  it.each([
    ['a tab', 'A\tB'],
    ['an escape', 'A\u001bB'],
    ['a right-to-left override', 'A\u202EB'],
  ])('still refuses %s', (_what, text) => {
    expect(multiLineText(120).safeParse(text).success).toBe(false);
  });
});
