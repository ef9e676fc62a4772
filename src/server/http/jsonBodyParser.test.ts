import { describe, expect, it } from 'vitest';
import { nestingDepthOver } from './jsonBodyParser.ts';

describe('nestingDepthOver', () => {
  it('counts brackets and braces together', () => {
    expect(nestingDepthOver('{"a":[{"b":[1]}]}', 4)).toBe(false);
    expect(nestingDepthOver('{"a":[{"b":[1]}]}', 3)).toBe(true);
  });

  it('leaves brackets inside strings alone, even after an escaped quote', () => {
    const text = JSON.stringify({ note: `say \\"${'['.repeat(500)}"` });
    expect(nestingDepthOver(text, 1)).toBe(false);
  });

  it('goes back up after a closing bracket', () => {
    expect(nestingDepthOver(`[${'[1],'.repeat(1000)}[2]]`, 2)).toBe(false);
  });
});
