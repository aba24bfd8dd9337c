import { describe, expect, it } from 'vitest';
import { buildNameBook } from './find-names.js';

describe('buildNameBook with particles in place names', () => {
  it('keeps lowercase particles inside a place name', () => {
    const text = 'Militants attacked Marawi City in Lanao del Sur province. A bomb exploded in Mocimboa da Praia.';
    expect(buildNameBook(text, 'Philippines').places).toEqual(['Lanao del Sur', 'Mocimboa da Praia']);
  });
});
