import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../corpus/load-corpus.js';
import { parseReports } from '../report/parse-report.js';
import { buildIndex } from './index/build-index.js';
import { expandWildcard, matchWildcard } from './query/expand-wildcard.js';
import { operatorErrorsMessage, tooBroadMessage, tooManyWordsMessage } from './messages.js';
import { foldedWords } from './query/parse-operators.js';
import type { SearchIndex } from './index/search-index.js';
import { search } from './search.js';
import { tokenStems } from './index/tokenize.js';

// The parser fixtures (test/fixtures/crt, 61 real excerpts of the series) and the seed chapter, in one index.
let index: SearchIndex;
beforeAll(async () => {
  const corpus = await loadCorpus(fileURLToPath(new URL('../../test/fixtures/crt', import.meta.url)));
  const seed = readFileSync(new URL('../../data/crt-2011-kazakhstan.txt', import.meta.url), 'utf8');
  index = buildIndex([...corpus.reports, ...parseReports(seed, { file: 'data/crt-2011-kazakhstan.txt' }).reports]);
});

const ALL = 10_000;
const hits = (q: string, mode: 'ask' | 'incident' = 'ask') => search(index, q, { mode, limit: ALL }).hits;
const passages = (q: string) => new Set(hits(q).map((h) => h.passageId));
// The passages having a record (the passage itself or one of its incident records) that `test` accepts:
// computed here from the records' text, independently of the index.
const passagesWhere = (test: (words: string[]) => boolean) =>
  new Set(index.docs.filter((d) => test(foldedWords(d.text))).map((d) => d.passage.id));

function hasSequence(words: string[], phrase: string[]): boolean {
  return words.some((_, i) => phrase.every((w, k) => words[i + k] === w));
}

// The fewest other words between an `a` and a `b`, in either order.
function fewestBetween(words: string[], a: string, b: string): number {
  let best = Number.POSITIVE_INFINITY;
  words.forEach((w, i) => {
    if (w !== a) return;
    words.forEach((v, j) => {
      if (v === b && j !== i) best = Math.min(best, Math.abs(j - i) - 1);
    });
  });
  return best;
}

describe('search with operators', () => {
  it('returns for a phrase exactly the records holding those words in that order', () => {
    for (const phrase of [
      'peace process',
      'terrorist organizations',
      'Special Forces',
      'al-Qaida in the Islamic Maghreb',
    ]) {
      const words = foldedWords(phrase);
      const found = hits(`"${phrase}"`);
      expect(found.length).toBeGreaterThan(0);
      for (const hit of found) expect(hasSequence(foldedWords(hit.text), words)).toBe(true);
      expect(passages(`"${phrase}"`)).toEqual(passagesWhere((w) => hasSequence(w, words)));
    }
  });

  it('matches a phrase exactly: no other form, no near spelling', () => {
    const singular = passages('"terrorist organization"');
    const plural = passages('"terrorist organizations"');
    expect(singular.size).toBeGreaterThan(0);
    expect(plural.size).toBeGreaterThan(0);
    expect(
      [...singular].filter((p) => !passagesWhere((w) => hasSequence(w, ['terrorist', 'organization'])).has(p)),
    ).toEqual([]);
    expect(hits('"Atyrua"')).toEqual([]);
    expect(hits('Atyrua').length).toBeGreaterThan(0);
  });

  it('leaves out every record holding a word after NOT or -', () => {
    for (const q of [
      'kidnapping NOT Colombia',
      'explosion NOT Atyrau',
      'FARC -ELN',
      'terrorist NOT (Hamas OR Hizballah)',
    ]) {
      const excluded = q.replace(/^.*?(NOT|-)\s*/, '').replace(/[()]|OR/g, ' ');
      const stems = new Set(tokenStems(excluded));
      const found = hits(q);
      expect(found.length).toBeGreaterThan(0);
      for (const hit of found) expect(tokenStems(hit.text).filter((s) => stems.has(s))).toEqual([]);
    }
    expect(hits('explosion NOT Atyrau', 'incident').map((h) => h.incident?.places)).not.toContainEqual(['Atyrau']);
  });

  it('returns for OR the union of the two words searched alone', () => {
    for (const [a, b] of [
      ['Hamas', 'Hizballah'],
      ['Aktobe', 'Aktau'],
      ['FARC', 'ELN'],
    ] as const) {
      const union = new Set([...passages(a), ...passages(b)]);
      expect(union.size).toBeGreaterThan(passages(a).size);
      expect(passages(`${a} OR ${b}`)).toEqual(union);
    }
  });

  it('reads (a OR b) c as both words of one of the groups', () => {
    const found = passages('(Hamas OR Hizballah) Lebanon');
    expect(found).toEqual(new Set([...passages('Hamas AND Lebanon'), ...passages('Hizballah AND Lebanon')]));
  });

  it('honours the distance of "a b"~N', () => {
    for (const [a, b] of [
      ['police', 'killed'],
      ['government', 'terrorism'],
    ] as const) {
      const sizes: number[] = [];
      for (const n of [0, 1, 3, 10]) {
        const found = passages(`"${a} ${b}"~${n}`);
        expect(found).toEqual(passagesWhere((w) => fewestBetween(w, a, b) <= n));
        sizes.push(found.size);
      }
      expect(sizes[3]).toBeGreaterThan(sizes[0] ?? 0);
    }
  });

  it('matches a wildcard to the variants of the word and nothing else', () => {
    for (const pattern of ['tal?ban', 'extrem*', 'kidnap*', 'attack?d', 'bomb?ng*']) {
      const found = passages(pattern);
      expect(found.size).toBeGreaterThan(0);
      expect(found).toEqual(passagesWhere((w) => w.some((word) => matchWildcard(word, pattern))));
    }
    // `attack?d` is `attacked` and never another form of the word (attack, attacks) nor a synonym.
    expect(passages('attack?d')).toEqual(passages('"attacked"'));
    expect(passages('attack?d').size).toBeLessThan(passages('attacked').size);
  });

  it('says so when a wildcard stands for too many words', () => {
    const response = search(index, 'a* OR s* OR extrem*', { mode: 'ask' });
    expect(response.hits).toEqual([]);
    expect(response.problems).toEqual([
      { code: 'syntax', message: tooBroadMessage('a*', 200) },
      { code: 'syntax', message: tooBroadMessage('s*', 200) },
    ]);
  });

  it('says so when wildcards together stand for too many words', () => {
    const words = ['b*', 't*'].map((p) => expandWildcard(index.words, p).folds.length);
    expect(words.every((n) => n > 0 && n <= 200)).toBe(true);
    expect(search(index, 'b* OR t*', { mode: 'ask' })).toMatchObject({
      hits: [],
      problems: [{ code: 'syntax', message: tooManyWordsMessage((words[0] ?? 0) + (words[1] ?? 0), 200) }],
    });
  });

  it('orders sort:date newest first and sort:oldest oldest first', () => {
    // A month (`2011-07`) is dated by its first day.
    const day = (date: string | undefined) => (date?.length === 7 ? `${date}-01` : (date ?? ''));
    const newest = hits('kind:attack sort:date', 'incident').map((h) => day(h.incident?.date));
    const oldest = hits('kind:attack sort:oldest', 'incident').map((h) => day(h.incident?.date));
    expect(newest.length).toBeGreaterThan(5);
    expect(newest).toEqual([...newest].sort().reverse());
    expect(oldest).toEqual([...oldest].sort());
  });

  it('combines operators with filters', () => {
    const found = hits('(Hamas OR Hizballah) country:Israel');
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThan(hits('Hamas OR Hizballah').length);
    for (const hit of found) expect(hit.citation.title).toContain('Israel');
  });

  it('reads a question with a lowercase "or" as before: a question, not an operator', () => {
    const question = 'who attacked or threatened police';
    const response = search(index, question, { mode: 'ask', limit: 20 });
    expect(response.query.text).toBe(question);
    expect(response.hits).toEqual(search(index, 'who attacked and threatened police', { mode: 'ask', limit: 20 }).hits);
    expect(response.hits).not.toEqual(
      search(index, 'who attacked OR threatened police', { mode: 'ask', limit: 20 }).hits,
    );
  });

  it('answers an unreadable query with what was understood and how to write it', () => {
    expect(search(index, '"peace process', { mode: 'ask' })).toMatchObject({
      hits: [],
      problems: [
        {
          code: 'syntax',
          message: operatorErrorsMessage([{ code: 'unclosed_quote', text: '"peace process' }], '"peace process"'),
        },
      ],
    });
    expect(search(index, '(FARC OR ELN', { mode: 'ask' }).problems).toEqual([
      {
        code: 'syntax',
        message: operatorErrorsMessage([{ code: 'unclosed_bracket', text: '(FARC OR ELN' }], 'FARC OR ELN'),
      },
    ]);
    expect(search(index, 'FARC NOT', { mode: 'ask' }).problems).toEqual([
      { code: 'syntax', message: operatorErrorsMessage([{ code: 'lone_not', text: 'NOT' }], 'FARC') },
    ]);
  });
});

describe('edge cases', () => {
  it('treats pattern and regular-expression syntax as data', () => {
    for (const q of [
      '(.*)+$ OR [a-z',
      'a**********************b*',
      '\\d+ OR ^$',
      '"(a+)+" OR x{1000}',
      `t${'?*'.repeat(30)}`,
    ]) {
      const response = search(index, q, { mode: 'ask' });
      expect(response.hits.every((h) => h.text.length > 0)).toBe(true);
    }
    expect(passages('"re.igion"')).toEqual(new Set());
  });

  it('excludes with filters alone', () => {
    const found = hits('country:Kazakhstan -Atyrau', 'incident');
    expect(found.length).toBeGreaterThan(0);
    for (const hit of found) expect(tokenStems(hit.text)).not.toContain('atyrau');
  });
});
