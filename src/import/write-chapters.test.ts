import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChapterWriter, chapterFileName } from './write-chapters.js';
import type { ImportedChapter } from './types.js';

const OVERVIEW =
  'Overview: Kenya saw a significant increase in al-Shabaab terrorist attacks in the region bordering Somalia during 2017.';
const INCIDENTS =
  '2017 Terrorist Incidents: Al-Shabaab increased its attacks in the northeast, with improvised explosive devices and ambushes.';

function kenya(
  paragraphs: readonly string[],
  source = 'https://www.ecoi.net/en/document/1444839.html',
): ImportedChapter {
  return {
    country: 'Kenya',
    year: 2017,
    sourceUrl: source,
    text: `#source: ${source}\n#country: Kenya\n#year: 2017\nCountry Reports on Terrorism 2017 - Kenya\n\n${paragraphs.join('\n\n')}\n`,
  };
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'reportdesk-write-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('ChapterWriter', () => {
  it('writes a chapter as crt-YEAR-COUNTRY.txt', async () => {
    const writer = await ChapterWriter.open(dir);
    const chapter = kenya([OVERVIEW]);
    expect(await writer.write(chapter)).toEqual({ file: path.join(dir, 'crt-2017-kenya.txt'), outcome: 'written' });
    expect(await readFile(path.join(dir, 'crt-2017-kenya.txt'), 'utf8')).toBe(chapter.text);
    expect(chapterFileName("Côte d'Ivoire", 2014)).toBe('crt-2014-cote-d-ivoire.txt');
  });

  it('keeps one file per chapter: the richer copy wins, the same text is left alone', async () => {
    const writer = await ChapterWriter.open(dir);
    const short = kenya([OVERVIEW], 'https://www.refworld.org/a');
    const long = kenya([OVERVIEW, INCIDENTS], 'https://www.state.gov/b');
    expect((await writer.write(short)).outcome).toBe('written');
    expect((await writer.write(long)).outcome).toBe('replaced');
    expect((await writer.write(short)).outcome).toBe('kept');
    expect((await writer.write(long)).outcome).toBe('unchanged');
    expect(await readdir(dir)).toEqual(['crt-2017-kenya.txt']);
    expect(await readFile(path.join(dir, 'crt-2017-kenya.txt'), 'utf8')).toBe(long.text);
  });

  it('finds a copy already in the folder under another name by its #country/#year lines, or by its name', async () => {
    await writeFile(
      path.join(dir, 'kenya-from-ecoi.txt'),
      `#country: Kenya\n#year: 2017\n${OVERVIEW}\n\n${INCIDENTS}\n`,
    );
    await writeFile(path.join(dir, 'crt-2011-kazakhstan.txt'), 'Overview: In the wake of violent incidents…\n');
    const writer = await ChapterWriter.open(dir);
    expect(await writer.write(kenya([OVERVIEW]))).toEqual({
      file: path.join(dir, 'kenya-from-ecoi.txt'),
      outcome: 'kept',
    });
    const kazakhstan = {
      country: 'Kazakhstan',
      year: 2011,
      sourceUrl: null,
      text: `#country: Kazakhstan\n#year: 2011\n${OVERVIEW}\n`,
    };
    expect(await writer.write(kazakhstan)).toEqual({
      file: path.join(dir, 'crt-2011-kazakhstan.txt'),
      outcome: 'replaced',
    });
    expect((await readdir(dir)).sort()).toEqual(['crt-2011-kazakhstan.txt', 'kenya-from-ecoi.txt']);
  });

  describe('edge cases', () => {
    it('never makes two files when two copies of a chapter arrive at once', async () => {
      const writer = await ChapterWriter.open(dir);
      const outcomes = await Promise.all([writer.write(kenya([OVERVIEW])), writer.write(kenya([OVERVIEW, INCIDENTS]))]);
      expect(outcomes.map((outcome) => outcome.outcome)).toEqual(['written', 'replaced']);
      expect(await readdir(dir)).toEqual(['crt-2017-kenya.txt']);
    });

    it('creates a data folder that does not exist yet', async () => {
      const writer = await ChapterWriter.open(path.join(dir, 'new', 'data'));
      expect((await writer.write(kenya([OVERVIEW]))).file).toBe(path.join(dir, 'new', 'data', 'crt-2017-kenya.txt'));
    });
  });
});
