import { describe, expect, it } from 'vitest';
import { joinHyphenated } from './join-hyphenated.js';
import { parseReports } from './parse-report.js';

describe('joinHyphenated', () => {
  it.each([
    ['a bomber in Ulma, kill-', 'ing 23 people', 'a bomber in Ulma, killing 23 people'],
    ['police ar-', 'rested 14 suspects', 'police arrested 14 suspects'],
    ['On Novem-', 'ber 23', 'On November 23'],
    ['near Mogadi-', 'shu', 'near Mogadishu'],
    ['a center in Ul-', 'ma, killing 32', 'a center in Ulma, killing 32'],
    ['a vehicle-', 'borne device', 'a vehicle-borne device'],
    ['a cross-', 'border raid', 'a cross-border raid'],
    ['a Tessa-', 'based cell', 'a Tessa-based cell'],
  ])('joins %s + %s', (text, next, joined) => {
    expect(joinHyphenated(text, next)).toBe(joined);
  });
});

/** The records of a chapter copied from a PDF, each line as the copy broke it. */
const records = (...lines: string[]) =>
  parseReports(
    [
      'Country Reports on Terrorism 2016 - Testland',
      '',
      'Overview: Testland faced continued threats from several armed groups during the year.',
      '',
      ...lines,
    ].join('\n'),
    { file: 'crt-2016-testland.txt' },
  ).reports.flatMap((r) => r.incidents.map((i) => [i.date, i.kind, i.places, i.killed, i.wounded, i.arrested]));

describe('parseReports: what a PDF copy does to a paragraph (2026-12-05, fifth session)', () => {
  it('reads words cut by a hyphen at a line end as the words they are', () => {
    expect(
      records(
        'On April 12, a suicide bomber detonated an explosive vest at a crowded market in Ulma, kill-',
        'ing 23 people and injuring more than 40.',
        '',
        'On November 2, security forces ar-',
        'rested 14 suspected Kessa Front members in a series of raids in Sor-',
        'ra.',
      ),
    ).toEqual([
      ['2016-04-12', 'attack', ['Ulma'], 23, 40, null],
      ['2016-11-02', 'arrest', ['Sorra'], null, null, 14],
    ]);
  });

  it('joins a line that ends with a month to the day on the next', () => {
    expect(records('On December', '5, a roadside bomb killed three soldiers on patrol outside Tessa.')).toEqual([
      ['2016-12-05', 'attack', ['Tessa'], 3, null, null],
    ]);
  });

  it('drops a running header with its page number inside a paragraph, so the number is no toll', () => {
    expect(
      records(
        'On July 27, twin blasts tore through a Christian neighborhood of Ulma, killing at least 44 people,',
        '87 | Country Reports on Terrorism 2016',
        'including 11 children, and wounding 130.',
      ),
    ).toEqual([['2016-07-27', 'attack', ['Ulma'], 44, 130, null]]);
  });

  it('reads a ligature as its letters', () => {
    expect(
      records(
        'On January 8, gunmen attacked a checkpoint in Sorra, killing four police of\ufb01cers and two soldiers.',
      ),
    ).toEqual([['2016-01-08', 'attack', ['Sorra'], 6, null, null]]);
  });
});

describe('parseReports: a copy hard-wrapped at a width, its paragraphs parted by blank lines (2026-12-05, fifth session)', () => {
  const wrapped = [
    'Overview: Testland remained an important partner in 2018 and continued to play a leading role in',
    'regional efforts against the Kessa Front through the joint task force and against other groups',
    'in the wider region through the regional force and the UN stabilization mission in the north (UNMIT).',
    'The Kessa Front continued to carry out small-scale attacks against civilians and military',
    'positions in the Lac region, but there were no attacks in the capital, which had been struck by',
    'suicide bombings in 2015.',
    '',
    'On June 27, soldiers repelled an attack on their base at Tessa, killing nine militants; two',
    'soldiers were wounded. On the night of August 4-5, fighters attacked an army position at Ulma.',
    'Four soldiers were killed and six were wounded in the fighting that followed the raid on Ulma.',
    '',
    'Legislation, Law Enforcement, and Border Security: Testland’s counterterrorism law, adopted in',
    '2015, imposes the death penalty for acts of terrorism.',
  ];
  it('keeps a paragraph whole where a full line ends a sentence, so a toll told next stays with its event', () => {
    const report = parseReports(['Country Reports on Terrorism 2018 - Testland', '', ...wrapped].join('\n'), {
      file: 'crt-2018-testland.txt',
    }).reports[0];
    expect(report?.sections.flatMap((s) => s.passages.map((p) => p.text.slice(0, 30)))).toEqual([
      'Testland remained an important',
      'On June 27, soldiers repelled ',
      'Testland’s counterterrorism la',
    ]);
    expect(report?.incidents.map((i) => [i.date, i.places, i.killed, i.wounded])).toEqual([
      ['2018-06-27', ['Tessa'], 9, 2],
      ['2018-08-04', ['Ulma'], 4, 6],
    ]);
  });
});
