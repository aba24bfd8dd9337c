import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  BINARY_TEXT_MSG,
  EMPTY_TEXT_MSG,
  NOT_A_REPORT_MSG,
  TRUNCATED_WARNING,
  countryGuessedWarning,
} from './messages.js';
import { parseReport, parseReports } from './parse-report.js';
import { ReportParseError } from './report-parse-error.js';

const SEED_FILE = 'data/crt-2011-kazakhstan.txt';
const seedText = readFileSync(new URL('../../data/crt-2011-kazakhstan.txt', import.meta.url), 'utf8');

function parseError(text: string): ReportParseError {
  try {
    parseReports(text);
  } catch (error) {
    if (error instanceof ReportParseError) return error;
    throw error;
  }
  throw new Error('expected a ReportParseError');
}

describe('parseReports', () => {
  describe('the seed report (Refworld legacy, 2011 Kazakhstan)', () => {
    const { reports, warnings } = parseReports(seedText, { file: SEED_FILE });
    const [report] = reports;
    if (report === undefined) throw new Error('no report');
    const section = (heading: string) => report.sections.find((entry) => entry.heading === heading);

    it('returns one report with the header fields', () => {
      expect(reports).toHaveLength(1);
      expect({
        id: report.id,
        file: report.file,
        title: report.title,
        country: report.country,
        year: report.year,
        publisher: report.publisher,
        publicationDate: report.publicationDate,
        citeAs: report.citeAs,
        sourceUrl: report.sourceUrl,
      }).toEqual({
        id: 'crt-2011-kazakhstan',
        file: SEED_FILE,
        title: 'Country Reports on Terrorism 2011 - Kazakhstan',
        country: 'Kazakhstan',
        year: 2011,
        publisher: 'United States Department of State',
        publicationDate: '2012-07-31',
        citeAs:
          'United States Department of State, Country Reports on Terrorism 2011 - Kazakhstan, 31 July 2012, available at: [accessed 22 January 2018]',
        sourceUrl: null,
      });
    });

    it('returns the five sections in order, with their passage counts', () => {
      expect(report.sections.map((entry) => [entry.heading, entry.passages.length])).toEqual([
        ['Overview', 1],
        ['2011 Terrorist Incidents', 6],
        ['Legislation and Law Enforcement', 6],
        ['Countering Terrorist Finance', 2],
        ['Regional and International Cooperation', 2],
      ]);
    });

    it('gives stable, structured ids', () => {
      expect(report.sections.map((entry) => entry.id)).toEqual([
        'crt-2011-kazakhstan/overview',
        'crt-2011-kazakhstan/2011-terrorist-incidents',
        'crt-2011-kazakhstan/legislation-and-law-enforcement',
        'crt-2011-kazakhstan/countering-terrorist-finance',
        'crt-2011-kazakhstan/regional-and-international-cooperation',
      ]);
      expect(section('2011 Terrorist Incidents')?.passages.map((passage) => passage.id)).toEqual(
        [1, 2, 3, 4, 5, 6].map((n) => `crt-2011-kazakhstan/2011-terrorist-incidents/p${n}`),
      );
      expect(parseReports(seedText, { file: SEED_FILE })).toEqual({ reports, warnings });
    });

    it('keeps heading text out of passages and strips bullet markers', () => {
      expect(
        section('2011 Terrorist Incidents')
          ?.passages.slice(0, 2)
          .map((passage) => passage.text),
      ).toEqual([
        'Incidents with potential links to terrorism included:',
        'On May 17, a man blew himself up at the KNB regional headquarters in Aktobe. The police revised its initial pronouncement that the suspect was simply a criminal and later claimed that he and his wife were members of an extremist group.',
      ]);
    });

    it('keeps sentences that end with a colon as passages of their section', () => {
      expect(section('Countering Terrorist Finance')?.passages[1]?.text).toEqual(
        'For further information on money laundering and financial crimes, we refer you to the 2011 International Narcotics Control Strategy Report (INCSR), Volume 2, Money Laundering and Financial Crimes:',
      );
      expect(section('Legislation and Law Enforcement')?.passages[1]?.text).toEqual(
        'Kazakh authorities made numerous arrests on terrorism-related charges:',
      );
    });

    it('indexes no page chrome', () => {
      const texts = report.sections.flatMap((entry) => entry.passages.map((passage) => passage.text));
      expect(texts.filter((text) => /Disclaimer|Search Refworld|Last Updated|UNHCR/.test(text))).toEqual([]);
    });

    it('collects no warnings on a complete copy', () => {
      expect(warnings).toEqual([]);
    });

    it('puts the incident extractor result in report.incidents', () => {
      expect(Array.isArray(report.incidents)).toBe(true);
    });
  });

  describe('header variants', () => {
    it("joins a sentence that a PDF copy's running header cut in two", () => {
      const text = [
        'Country Reports on Terrorism 2017 - Freedonia',
        '',
        'Overview: Militants struck the north of Freedonia several times during the year, and the army answered.',
        '',
        'On May 3, a bomber detonated his explosives among pilgrims at the shrine of Saint Oda in',
        '',
        'Country Reports on Terrorism 2017                                        213',
        '',
        'Varsk, Northern province, killing at least 12 people.',
      ].join('\n');
      const texts = parseReport(text).report.sections.flatMap((entry) => entry.passages.map((passage) => passage.text));
      expect(texts).toContain(
        'On May 3, a bomber detonated his explosives among pilgrims at the shrine of Saint Oda in Varsk, Northern province, killing at least 12 people.',
      );
    });

    it('reads the pipe header of Refworld', () => {
      const text = [
        '2009 Country Reports on Terrorism - Afghanistan',
        'Publisher | United States Department of State |',
        'Publication Date | 5 August 2010 |',
        'Cite as | United States Department of State, 2009 Country Reports on Terrorism - Afghanistan, 5 August 2010, available at: https://www.refworld.org/docid/4c63b65b21.html [accessed 28 May 2023] |',
        'Disclaimer | This is not a UNHCR publication. |',
        'During a year in which it conducted a presidential election, Afghanistan continued to confront terrorism.',
      ].join('\n');
      const { report } = parseReport(text);
      expect([
        report.title,
        report.year,
        report.country,
        report.publisher,
        report.publicationDate,
        report.sourceUrl,
      ]).toEqual([
        '2009 Country Reports on Terrorism - Afghanistan',
        2009,
        'Afghanistan',
        'United States Department of State',
        '2010-08-05',
        'https://www.refworld.org/docid/4c63b65b21.html',
      ]);
      expect(report.sections).toEqual([
        {
          id: 'crt-2009-afghanistan/afghanistan',
          heading: 'Afghanistan',
          passages: [
            {
              id: 'crt-2009-afghanistan/afghanistan/p1',
              text: 'During a year in which it conducted a presidential election, Afghanistan continued to confront terrorism.',
            },
          ],
        },
      ]);
    });

    it('reads the new Refworld header with its value on the next line', () => {
      const text = [
        '#source: https://www.refworld.org/reference/annualreport/usdos/2006/en/44916',
        'U.S. Department of State Country Reports on Terrorism 2005 - Tajikistan',
        '- Author: Office of the Coordinator for Counterterrorism',
        '- Document source:',
        '-',
        'Date:',
        '28 April 2006',
        'Tajikistan allowed its territory and air space to be used for counterterrorist actions.',
        'This is not a UNHCR publication. UNHCR is not responsible for its content.',
      ].join('\n');
      const { report } = parseReport(text);
      expect([report.title, report.year, report.country, report.publicationDate, report.sourceUrl]).toEqual([
        'U.S. Department of State Country Reports on Terrorism 2005 - Tajikistan',
        2005,
        'Tajikistan',
        '2006-04-28',
        'https://www.refworld.org/reference/annualreport/usdos/2006/en/44916',
      ]);
      expect(report.sections.map((entry) => entry.passages.map((passage) => passage.text))).toEqual([
        ['Tajikistan allowed its territory and air space to be used for counterterrorist actions.'],
      ]);
    });

    it('joins PDF lines split by <br /> and words split by <strong>', () => {
      const text = [
        'Country Reports on Terrorism 2012',
        '',
        'Country Reports on Terrorism 2012',
        'SHOW MORE',
        'received <strong>on</strong>line training in Kazakhstan. Significant incidents included:<br />',
        '',
        'On July 11, a blast in a village outside Almaty killed eight people. Security forces stated<br />',
        '',
        'that the explosi<strong>on</strong> occurred in a safe-house in Kazakhstan.<br />',
        '',
        'Legislati<strong>on</strong>, Law Enforcement, and Border Security: In December, Kazakhstan&#39;s parliament<br />',
        '',
        'approved new legislati<strong>on</strong>.<br />',
      ].join('\n');
      const { reports, warnings } = parseReports(text);
      expect(reports.map((report) => [report.id, report.title])).toEqual([
        ['crt-2012-kazakhstan', 'Country Reports on Terrorism 2012 - Kazakhstan'],
      ]);
      expect(
        reports[0]?.sections.map((entry) => [entry.heading, entry.passages.map((passage) => passage.text)]),
      ).toEqual([
        [
          'Overview',
          [
            'received online training in Kazakhstan. Significant incidents included:',
            'On July 11, a blast in a village outside Almaty killed eight people. Security forces stated that the explosion occurred in a safe-house in Kazakhstan.',
          ],
        ],
        [
          'Legislation, Law Enforcement, and Border Security',
          ["In December, Kazakhstan's parliament approved new legislation."],
        ],
      ]);
      expect(warnings).toEqual([countryGuessedWarning('Kazakhstan')]);
    });

    it('takes the year from a "YYYY Terrorist Incidents" heading when there is no header', () => {
      const text = 'Overview: Mali faced terrorism.\n\n2021 Terrorist Incidents: JNIM attacked a convoy in Mali.';
      const { reports } = parseReports(text);
      expect(reports.map((report) => [report.id, report.year, report.country])).toEqual([
        ['crt-2021-mali', 2021, 'Mali'],
      ]);
    });
  });

  describe('multi-chapter pages', () => {
    it('returns one report per chapter with its own country', () => {
      const text = [
        '#source: https://www.state.gov/j/ct/rls/crt/2013/224826.htm',
        'Chapter 3: State Sponsors of Terrorism Overview',
        'Bureau of Counterterrorism',
        'Report',
        'Share',
        'To designate a country as a State Sponsor of Terrorism, the Secretary of State must determine that the government of such country has repeatedly provided support for acts of international terrorism.',
        'CUBA',
        'Cuba was designated as a State Sponsor of Terrorism in 1982.',
        'IRAN',
        'Overview: Iran continued its terrorist-related activity.',
      ].join('\n');
      const { reports } = parseReports(text);
      expect(
        reports.map((report) => [
          report.id,
          report.country,
          report.title,
          report.sections.map((entry) => entry.heading),
        ]),
      ).toEqual([
        [
          'crt-2013-state-sponsors-of-terrorism',
          'State Sponsors of Terrorism',
          'Country Reports on Terrorism 2013 - State Sponsors of Terrorism',
          ['Chapter 3: State Sponsors of Terrorism Overview'],
        ],
        ['crt-2013-cuba', 'Cuba', 'Country Reports on Terrorism 2013 - Cuba', ['Cuba']],
        ['crt-2013-iran', 'Iran', 'Country Reports on Terrorism 2013 - Iran', ['Overview']],
      ]);
    });

    it('names a regional overview after its region and drops a repeated region line', () => {
      const text = [
        '#source: https://www.state.gov/j/ct/rls/crt/2015/257514.htm',
        'Chapter 2. Country Reports: Africa Overview',
        'Bureau of Counterterrorism and Countering Violent Extremism',
        'AFRICA',
        'Africa experienced significant levels of terrorist activity in 2015.',
      ].join('\n');
      const { reports } = parseReports(text);
      expect(
        reports.map((report) => [
          report.id,
          report.country,
          report.sections.map((entry) => [entry.heading, entry.passages.length]),
        ]),
      ).toEqual([['crt-2015-africa', 'Africa', [['Chapter 2. Country Reports: Africa Overview', 1]]]]);
    });
  });
});

describe('parseReport', () => {
  it('returns the first report of the page', () => {
    expect(parseReport(seedText).report.id).toEqual('crt-2011-kazakhstan');
  });
});

describe('edge cases', () => {
  it('rejects an empty or whitespace-only text', () => {
    for (const text of ['', '  \n\t \r\n ']) {
      const error = parseError(text);
      expect([error.name, error.code, error.message]).toEqual(['ReportParseError', 'empty', EMPTY_TEXT_MSG]);
    }
  });

  it('rejects binary content (random bytes decoded as latin1, or NUL bytes)', () => {
    let seed = 7;
    const bytes = Buffer.from(
      Array.from({ length: 2048 }, () => {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        return seed % 256;
      }),
    );
    expect([parseError(bytes.toString('latin1')).code, parseError(`Overview: terrorism\u0000\u0000`).code]).toEqual([
      'binary',
      'binary',
    ]);
    expect(parseError('\u0001\u0002\u0003 terrorism \u0004\u0005').message).toEqual(BINARY_TEXT_MSG);
  });

  it('rejects a page that is not a chapter of the series', () => {
    const recipe = [
      'Classic Banana Bread',
      '',
      'Preheat the oven to 350 degrees. Mash three ripe bananas with a fork, then stir in melted butter, sugar, one egg and a teaspoon of vanilla.',
      '',
      'Mix in the baking soda and a pinch of salt, add the flour, and bake for one hour.',
    ].join('\n');
    const error = parseError(recipe);
    expect([error.code, error.message]).toEqual(['not_a_report', NOT_A_REPORT_MSG]);
    expect(parseError('Braising is a combination-cooking method that uses both wet and dry heats.').code).toEqual(
      'not_a_report',
    );
  });

  it('names the file in the error message', () => {
    expect(() => parseReports('', { file: 'x.txt' })).toThrow(`${EMPTY_TEXT_MSG} (x.txt)`);
  });

  it('accepts a heading alone on its line without a colon', () => {
    const text = [
      'Overview: Germany continued its CT cooperation with the United States.',
      '',
      '2020 Terrorist Incidents',
      '',
      '  • In February a far-right violent extremist killed 10 people in Hanau.',
    ].join('\n');
    const { reports } = parseReports(text, { file: 'germany.txt' });
    expect(reports[0]?.sections.map((entry) => [entry.heading, entry.passages.map((passage) => passage.text)])).toEqual(
      [
        ['Overview', ['Germany continued its CT cooperation with the United States.']],
        ['2020 Terrorist Incidents', ['In February a far-right violent extremist killed 10 people in Hanau.']],
      ],
    );
  });

  it('splits bullets that have no blank lines between them, joining their wrapped lines', () => {
    const text = [
      'Country Reports on Terrorism 2017 - Kenya',
      '2017 Terrorist Incidents: Terrorist incidents included:',
      '  • On January 27, al-Shabaab fighters attacked a KDF camp at Kolbio,',
      '    on the Somali border.',
      '  - In four attacks from May 16 to 25, police reported approximately 30 deaths.',
      '  * On July 8, an attack in Lamu County killed three.',
    ].join('\n');
    const { report } = parseReport(text);
    expect(report.sections.map((entry) => entry.passages.map((passage) => passage.text))).toEqual([
      [
        'Terrorist incidents included:',
        'On January 27, al-Shabaab fighters attacked a KDF camp at Kolbio, on the Somali border.',
        'In four attacks from May 16 to 25, police reported approximately 30 deaths.',
        'On July 8, an attack in Lamu County killed three.',
      ],
    ]);
  });

  it('keeps an excerpt cut mid-word and warns about it', () => {
    const { report, warnings } = parseReport(
      'Country Reports on Terrorism 2010 - Mexico\n\nOverview: The Mexican government remained vigilant against terrorist thr',
    );
    expect(report.sections).toEqual([
      {
        id: 'crt-2010-mexico/overview',
        heading: 'Overview',
        passages: [
          { id: 'crt-2010-mexico/overview/p1', text: 'The Mexican government remained vigilant against terrorist thr' },
        ],
      },
    ]);
    expect(warnings).toEqual([TRUNCATED_WARNING]);
  });

  it('lets #country: and #year: lines win over guesses, and the title win over nothing', () => {
    const body = 'Overview: The government of Ruritania fought terrorism in 2019 and 2019, near Mexico and Mexico.';
    const guessed = parseReport(body).report;
    const told = parseReport(`#source: https://example.org/r\n#country: Ruritania\n#year: 2020\n${body}`).report;
    const titled = parseReport(`Country Reports on Terrorism 2018 - Ruritania\n${body}`).report;
    expect([guessed.id, told.id, told.title, told.sourceUrl, titled.id]).toEqual([
      'crt-2019-mexico',
      'crt-2020-ruritania',
      'Country Reports on Terrorism 2020 - Ruritania',
      'https://example.org/r',
      'crt-2018-ruritania',
    ]);
  });

  it('suffixes a repeated heading in section ids', () => {
    const { report } = parseReport(
      'Country Reports on Terrorism 2011 - Chad\nOverview: Terrorism a.\nOverview: Terrorism b.',
    );
    expect(report.sections.map((entry) => entry.id)).toEqual(['crt-2011-chad/overview', 'crt-2011-chad/overview-2']);
  });

  it('files a report with no year under "unknown"', () => {
    const { report } = parseReport('Overview: Chad faced terrorism.');
    expect([report.id, report.year, report.title]).toEqual([
      'crt-unknown-chad',
      null,
      'Country Reports on Terrorism - Chad',
    ]);
  });
});

describe('parseReports: the year of a chapter saved without a header', () => {
  // Named earlier years more often than its own, as an overview that recalls past attacks does.
  const text = [
    'Korvel',
    '',
    'Korvel remained a strong counterterrorism partner in 2004. The president, who survived two terrorist attempts in December 2003 and a plot in March 2003, called for moderation.',
    '',
    'On May 7, a suicide bomber attacked a mosque in Tarn, killing 15 worshippers. The group had also bombed Ulma in 2003.',
  ].join('\n');

  it("takes the year the file's name gives, and says so", () => {
    const { reports, warnings } = parseReports(text, { file: 'crt-2004-korvel.txt' });
    expect(reports[0]?.year).toBe(2004);
    expect(reports[0]?.incidents.map((i) => i.date)).toEqual(['2004-05-07']);
    expect(warnings.join(' ')).toContain("took 2004 from the file's name");
  });

  it('still guesses from the text when the name gives none, and a header outranks the name', () => {
    expect(parseReports(text, { file: 'korvel.txt' }).reports[0]?.year).toBe(2003);
    const titled = `Country Reports on Terrorism 2005 - Korvel\n\n${text}`;
    expect(parseReports(titled, { file: 'crt-2004-korvel.txt' }).reports[0]?.year).toBe(2005);
  });
});
