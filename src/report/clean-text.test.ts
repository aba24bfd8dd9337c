import { describe, expect, it } from 'vitest';
import { cleanText } from './clean-text.js';

describe('cleanText', () => {
  it('normalizes CRLF, non-breaking spaces and tabs', () => {
    expect(cleanText('Publisher\u00a0United States Department of State\r\nPublication Date\t31 July 2012\r\n')).toEqual(
      'Publisher United States Department of State\nPublication Date 31 July 2012',
    );
  });

  it('glues words split by <strong> and joins PDF lines broken by <br />', () => {
    expect(
      cleanText('Legislati<strong>on</strong>, Law Enforcement: In December, the<br />\n\nparliament acted.<br />'),
    ).toEqual('Legislation, Law Enforcement: In December, the parliament acted.');
  });

  it('decodes entities and drops other tags', () => {
    expect(cleanText('<p>Hizballah&#8217;s &quot;wing&quot; &amp; AQ&nbsp;cells</p><script>x()</script>')).toEqual(
      'Hizballah’s "wing" & AQ cells',
    );
  });

  it('turns list items into bullets', () => {
    expect(cleanText('<ul><li>One attack.</li><li>Two attacks.</li></ul>')).toEqual('• One attack.\n\n• Two attacks.');
  });
});

describe('edge cases', () => {
  it('removes zero-width characters and soft hyphens, and collapses spaces', () => {
    expect(cleanText('\ufeffcounter\u00adterrorism  \u200bpartner ')).toEqual('counterterrorism partner');
  });

  it('keeps an unknown entity as written', () => {
    expect(cleanText('R&D &foo; ok')).toEqual('R&D &foo; ok');
  });
});

describe('cleanText: a PDF page footer inside a sentence', () => {
  it('drops "28 Country Reports on Terrorism 2012" between two words and keeps the title line', () => {
    const text = cleanText(
      'Country Reports on Terrorism 2012\n\nMilitants destroyed at least seven<br />\n\n28 Country Reports on Terrorism 2012 of the town’s shrines.<br />\n',
    );
    expect(text).toContain('destroyed at least seven of the town’s shrines.');
    expect(text.startsWith('Country Reports on Terrorism 2012')).toBe(true);
  });
});
