import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReports } from '../parse-report.js';

const chapter = readFileSync(new URL('../../../data/crt-2011-kazakhstan.txt', import.meta.url), 'utf8').split('\n');
const header = chapter.slice(0, 12).join('\n');
const body = chapter.slice(12).join('\n');

// CPU time, not wall time, and the better of two runs: the first pays for compiling the parser in a worker whose heap
// other test files share. Even so the figure swings with the machine's load (the same 800 KB took 0.6 s here and 8.2 s
// in one CI run beside the rest of the suite), so each adversarial text is held against real report text of its size
// parsed in the same test, not against a fixed number of seconds. The parser measured 0.6-1.8 times that baseline
// here; the bracket pass a506f85 made linear measured 5.6 times it before, and the quadratic date pass of issue 8
// (over 60 s at 1 MB) would be some 40 times it.
const cpuMs = (text: string): number => {
  const once = () => {
    const started = process.cpuUsage();
    const { reports } = parseReports(text, { file: 'adversarial.txt' });
    const used = process.cpuUsage(started);
    expect(reports).toHaveLength(1);
    return (used.user + used.system) / 1000;
  };
  return Math.min(once(), once());
};
// At most this many times the CPU time of real report text of the same length.
const SLOWER_THAN_REAL_TEXT = 5;
const expectNearLinear = (text: string) => {
  const realText = `${header}\n\n${body.repeat(Math.ceil(text.length / body.length))}`;
  const realMsPerChar = cpuMs(realText) / realText.length;
  expect(cpuMs(text)).toBeLessThan(SLOWER_THAN_REAL_TEXT * realMsPerChar * text.length);
};

// Each run of text the passes once took quadratic time on: one date phrase over and over with no stop, figures
// and lists, names, bullets, and a dated story with no full stop at all.
const RUNS = [
  'On October 31, ',
  'killed nine and wounded 12 and 3 and four and ',
  'in Atyrau and Almaty and Aktobe and the village of Kulsary and ',
  '• On May 17 Aktobe Almaty Astana KNB\n',
  'on October 31 police killed 12 people and wounded nine in Atyrau, • the Jund al-Khilafah (JAK) attacked Almaty, ',
  'On July 11-16, 2011 police arrested forty-two members of the U.S. group in Oct. 2011. ',
  // Days counted from a named day, and two days of one clause sharing a tail, with no stop.
  'two days after the March 3 bombing police arrested men and on May 5 and 9 bombs killed four and 13 respectively ',
  // Parts of a toll per town, revised tolls, a named victim and a list, later deaths and a hospital, with no stop.
  'killing 18 people, 15 of them in Tarn, the dead numbered 44 in all, killing Ann Roe of Ulma, his driver, a guard, and one of whom later died in a hospital in Tarn two days later; ',
  // Events by their order, a number put at a figure, a death in a clause of its own, with no stop.
  'on May 3 and May 9 the first killed two and the second wounded six, the number of people killed at Tarn at 30, ; a soldier also died ',
  // A group named before its members, a toll told again blast by blast, an earlier toll told of the place, a span told
  // after the day and a uniform worn, with no stop.
  'Ashen Hand militants killed 18 people; the first blast killed 11 and the second 7 in Tarn, a town where a 2006 bombing killed 40 people, setting off two days of fighting, gunmen dressed in Tarn Scouts uniforms ',
  // A whole then its parts after a colon, tolls denied, arrests denied, with no stop (their blanks once made runs of
  // spaces a figure pattern read in quadratic time).
  'bombs killed 75 people: one killed 28 and another killed 47 and officials denied reports that soldiers killed 5 in Tarn and no one was arrested; no arrests were made ',
  'no one was arrested , who lost 12 soldiers in 2018 denied reports that 40 soldiers were killed ',
];

describe('parseReports on adversarial input', () => {
  // The one speed test the issue asks for (issue 8): a bot with such a file in its data folder must start.
  it('parses 1 MB of repeated dates, numbers, names and bullets about as fast as real text', {
    timeout: 180_000,
  }, () => {
    const text = `${header}\n\n${RUNS.map((run) => run.repeat(Math.ceil(1_000_000 / RUNS.length / run.length))).join('\n\n')}\n`;
    expect(text.length).toBeGreaterThan(1_000_000);
    expect(parseReports(text, { file: 'adversarial.txt' }).reports[0]?.incidents.length).toBeGreaterThan(0);
    expectNearLinear(text);
  });
  // One run of 800 KB on its own: figures of arrests with a search of the whole text per figure took 39 s of CPU.
  it('parses 800 KB of arrests with the wounded among them, and of the dead listed, about as fast as real text', {
    timeout: 180_000,
  }, () => {
    const run = 'police captured nine men, two of them wounded, and the victims included two soldiers, and ';
    const text = `${header}\n\nOn May 3, ${run.repeat(Math.ceil(800_000 / run.length))}no one else was hurt.\n`;
    expect(parseReports(text, { file: 'adversarial.txt' }).reports[0]?.incidents.length).toBeGreaterThan(0);
    expectNearLinear(text);
  });
  // A group's name before its members, each looked for over the whole text, and a toll told again blast by blast, each
  // held against the whole text before it, in one sentence with no stop.
  it('parses 800 KB of a group named before its members, and of tolls told blast by blast, about as fast as real text', {
    timeout: 180_000,
  }, () => {
    const run = 'Ashen Hand militants killed 18 people in Tarn; the first blast killed 11 and the second 7; ';
    const text = `${header}\n\nOn May 3, ${run.repeat(Math.ceil(800_000 / run.length))}no one else was hurt.\n`;
    expect(parseReports(text, { file: 'adversarial.txt' }).reports[0]?.incidents.length).toBeGreaterThan(0);
    expectNearLinear(text);
  });
  // Dates in brackets, each searched for its brackets to the sentence's ends, once took 12 s at 800 KB.
  it('parses 800 KB of dates in open brackets in one sentence about as fast as real text', { timeout: 180_000 }, () => {
    const run = '(on May 3 the elections ';
    expectNearLinear(`${header}\n\nOn May 2, ${run.repeat(Math.ceil(800_000 / run.length))}ended.\n`);
  });
  // A toll then a claim after the last semicolon, read from every word of death once took 6 s at 400 KB.
  it('parses 800 KB of a toll told word after word, then a claim the same day, about as fast as real text', {
    timeout: 180_000,
  }, () => {
    const run = 'the dead man, ';
    const text = `${header}\n\nOn May 3, a bomb exploded in Tarn. ${run.repeat(Math.ceil(800_000 / run.length))}were killed; the Sorra Front claimed responsibility the same day.\n`;
    expect(parseReports(text, { file: 'adversarial.txt' }).reports[0]?.incidents.length).toBeGreaterThan(0);
    expectNearLinear(text);
  });
  // One sentence naming thousands of towns, each read against the whole clause, took 6 s at 200 KB; a person's name
  // repeated in possessives, each looked for over the whole text, 7 s; sentences opening with two towns, 12 s.
  it('parses a sentence of thousands of towns, and a possessive name over and over, about as fast as real text', {
    timeout: 180_000,
  }, () => {
    const syllables = ['ta', 'ru', 'mo', 'ka', 'li', 'se', 'no', 've', 'da', 'pi', 'go', 'ba', 'zu', 'fe', 'hi', 'ra'];
    const town = (i: number) => {
      let name = '';
      for (let n = i, k = 0; k < 4; k += 1, n = Math.floor(n / 16)) name += syllables[n % 16];
      return name.charAt(0).toUpperCase() + name.slice(1);
    };
    const towns = (count: number, each: (i: number) => string) =>
      Array.from({ length: count }, (_, i) => each(i)).join('');
    const text = [
      header,
      `On May 3, bombs exploded ${towns(9000, (i) => `in ${town(i)}, `)}killing four.`,
      `On May 4, bombs exploded ${towns(4500, (i) => `in ${town(2 * i)}'s ${town(2 * i + 1)} district, `)}killing four.`,
      `On May 5, gunmen attacked two publishers ${"of Ann Roe's books and ".repeat(6000)}killed one in Ulma.`,
      // (Sentences that open with two towns, each once compiling a pattern of its own: 25 times real text's time.)
      towns(
        600,
        (i) => `In ${town(2 * i)} and ${town(2 * i + 1)}, gunmen attacked police posts on May 3, killing six.\n\n`,
      ),
    ].join('\n\n');
    expect(text.length).toBeGreaterThan(400_000);
    const { reports } = parseReports(text, { file: 'adversarial.txt' });
    const records = reports[0]?.incidents ?? [];
    expect(records.length).toBeGreaterThan(0);
    // (The first towns a clause names are its record's; no record lists them all.)
    expect(records.map((r) => r.places.length).every((n) => n <= 24)).toBe(true);
    expectNearLinear(text);
  });
});
