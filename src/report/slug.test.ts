import { describe, expect, it } from 'vitest';
import { slug } from './slug.js';

describe('slug', () => {
  it('makes lower-case dash-separated ids', () => {
    expect(
      ['Legislation, Law Enforcement, and Border Security', '2011 Terrorist Incidents', 'Kazakhstan'].map(slug),
    ).toEqual(['legislation-law-enforcement-and-border-security', '2011-terrorist-incidents', 'kazakhstan']);
  });
});

describe('edge cases', () => {
  it('strips accents and falls back to "untitled"', () => {
    expect([slug("Côte d'Ivoire"), slug('United Kingdom (Northern Ireland)'), slug('—')]).toEqual([
      'cote-d-ivoire',
      'united-kingdom-northern-ireland',
      'untitled',
    ]);
  });
});
