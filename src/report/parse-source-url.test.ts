import { describe, expect, it } from 'vitest';
import { parseSourceUrl } from './parse-source-url.js';

describe('parseSourceUrl', () => {
  it('reads the report year and country of state.gov and YUMPU addresses', () => {
    expect(
      [
        'https://www.state.gov/reports/country-reports-on-terrorism-2021/mali/',
        'https://www.state.gov/reports/country-reports-on-terrorism-2019/colombia__trashed/',
        'https://2009-2017.state.gov/j/ct/rls/crt/2008/122434.htm',
        'https://yumpu.com/en/document/view/15641396/country-reports-on-terrorism-2012/161',
        'https://www.refworld.org/reference/annualreport/usdos/2013/en/26657',
      ].map(parseSourceUrl),
    ).toEqual([
      { year: 2021, country: 'Mali', publicationYear: null },
      { year: 2019, country: 'Colombia', publicationYear: null },
      { year: 2008, country: null, publicationYear: null },
      { year: 2012, country: null, publicationYear: null },
      { year: null, country: null, publicationYear: 2013 },
    ]);
  });
});

describe('edge cases', () => {
  it('returns nulls for no address or an unrelated one', () => {
    expect([parseSourceUrl(null), parseSourceUrl('https://example.org/page')]).toEqual([
      { year: null, country: null, publicationYear: null },
      { year: null, country: null, publicationYear: null },
    ]);
  });
});
