import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, parseOperators, renderNode } from './parse-operators.js';

const node = (raw: string) => parseOperators(raw).node;
const codes = (raw: string) => parseOperators(raw).errors.map((e) => e.code);

describe('parseOperators', () => {
  it('returns one term for plain words, with no operators', () => {
    expect(parseOperators('explosions in Atyrau')).toEqual({
      node: { type: 'term', text: 'explosions in Atyrau' },
      filters: [],
      sort: 'relevance',
      hasOperators: false,
      errors: [],
      understood: 'explosions in Atyrau',
    });
  });

  it('keeps lowercase and/or/not as words (operators are case-sensitive)', () => {
    expect(parseOperators('who attacked or threatened police')).toMatchObject({
      node: { type: 'term', text: 'who attacked or threatened police' },
      hasOperators: false,
    });
    expect(node('Aktobe and Aktau not Almaty')).toEqual({ type: 'term', text: 'Aktobe and Aktau not Almaty' });
  });

  it('reads a quoted phrase, folded', () => {
    expect(node('"Peace Process"')).toEqual({ type: 'phrase', words: ['peace', 'process'], within: null });
    expect(node('“Jund al-Khilafah”')).toEqual({ type: 'phrase', words: ['jund', 'al', 'khilafah'], within: null });
    expect(node('"Qazaqstan’s Atyraú"')).toEqual({ type: 'phrase', words: ['qazaqstan', 'atyrau'], within: null });
  });

  it('reads proximity "a b"~N', () => {
    expect(node('"amnesty rebels"~5')).toEqual({ type: 'phrase', words: ['amnesty', 'rebels'], within: 5 });
    expect(node('"amnesty rebels"~0')).toEqual({ type: 'phrase', words: ['amnesty', 'rebels'], within: 0 });
  });

  it('reads OR, AND and NOT with NOT tighter than AND tighter than OR', () => {
    expect(node('conscription OR desertion')).toEqual({
      type: 'or',
      children: [
        { type: 'term', text: 'conscription' },
        { type: 'term', text: 'desertion' },
      ],
    });
    expect(node('genocide NOT Darfur')).toEqual({
      type: 'and',
      children: [
        { type: 'term', text: 'genocide' },
        { type: 'not', child: { type: 'term', text: 'Darfur' } },
      ],
    });
    expect(node('genocide -Darfur')).toEqual(node('genocide NOT Darfur'));
    expect(node('a1 AND b1 OR c1 d1')).toEqual({
      type: 'or',
      children: [
        { type: 'term', text: 'a1 b1' },
        { type: 'term', text: 'c1 d1' },
      ],
    });
  });

  it('reads brackets around plain words as punctuation, not as operators', () => {
    expect(parseOperators('are mexican cartels tied to terrorist groups (2009 report)').hasOperators).toBe(false);
    expect(parseOperators('(Aktobe OR Atyrau) police').hasOperators).toBe(true);
    expect(parseOperators('-(Aktobe Aktau) bombing').hasOperators).toBe(true);
    expect(parseOperators('bombing (Aktobe').hasOperators).toBe(true);
  });

  it('reads brackets', () => {
    expect(node('(homosexual OR lesbian) AND discrimination')).toEqual({
      type: 'and',
      children: [
        {
          type: 'or',
          children: [
            { type: 'term', text: 'homosexual' },
            { type: 'term', text: 'lesbian' },
          ],
        },
        { type: 'term', text: 'discrimination' },
      ],
    });
    expect(node('-(Aktobe OR Aktau) bombing')).toEqual({
      type: 'and',
      children: [
        {
          type: 'not',
          child: {
            type: 'or',
            children: [
              { type: 'term', text: 'Aktobe' },
              { type: 'term', text: 'Aktau' },
            ],
          },
        },
        { type: 'term', text: 'bombing' },
      ],
    });
  });

  it('reads wildcards inside or at the end of a word, folded', () => {
    expect(node('extrem*')).toEqual({ type: 'wildcard', pattern: 'extrem*' });
    expect(node('Tal?ban')).toEqual({ type: 'wildcard', pattern: 'tal?ban' });
    expect(node('al-Qa*da')).toEqual({
      type: 'and',
      children: [
        { type: 'term', text: 'al' },
        { type: 'wildcard', pattern: 'qa*da' },
      ],
    });
  });

  it('reads a question mark at the end of a word as punctuation', () => {
    expect(parseOperators('who claimed the Atyrau bombings?')).toMatchObject({
      node: { type: 'term', text: 'who claimed the Atyrau bombings?' },
      hasOperators: false,
      errors: [],
    });
  });

  it('takes filters and sort out of the tree', () => {
    expect(parseOperators('"peace process" country:Kazakhstan sort:date')).toEqual({
      node: { type: 'phrase', words: ['peace', 'process'], within: null },
      filters: ['country:Kazakhstan'],
      sort: 'date',
      hasOperators: true,
      errors: [],
      understood: '"peace process"',
    });
    expect(parseOperators('actor:"Jund al-Khilafah" place: Atyrau bombing').filters).toEqual([
      'actor:"Jund al-Khilafah"',
      'place:Atyrau',
    ]);
    expect(parseOperators('Atyrau sort:oldest').sort).toBe('oldest');
    expect(parseOperators('kind:attack').node).toBeNull();
    expect(parseOperators('kind:attack -Atyrau').errors).toEqual([]);
  });

  it('renders the tree back in the query language', () => {
    expect(parseOperators('(homosexual OR lesbian) AND discrimination -"peace process"~3').understood).toBe(
      '(homosexual OR lesbian) AND discrimination AND NOT "peace process"~3',
    );
    expect(renderNode(node('a1 OR b1 c1'))).toBe('a1 OR b1 c1');
    expect(renderNode(node('a1 OR (b1 OR c1) d1'))).toBe('a1 OR ((b1 OR c1) AND d1)');
  });
});

describe('edge cases', () => {
  it('reports an unclosed quote and reads the phrase to the end', () => {
    const read = parseOperators('"peace process Kazakhstan');
    expect(read.errors).toEqual([{ code: 'unclosed_quote', text: '"peace process Kazakhstan' }]);
    expect(read.understood).toBe('"peace process kazakhstan"');
  });

  it('reports unbalanced brackets and reads what is inside', () => {
    expect(parseOperators('(Aktobe OR Aktau bombing')).toMatchObject({
      errors: [{ code: 'unclosed_bracket', text: '(Aktobe OR Aktau bombing' }],
      understood: 'Aktobe OR Aktau bombing',
    });
    expect(parseOperators('Aktobe) OR Aktau')).toMatchObject({
      errors: [{ code: 'stray_bracket', text: ')' }],
      understood: 'Aktobe OR Aktau',
    });
    expect(codes('() Atyrau')).toEqual(['empty_group']);
  });

  it('reports a lone NOT, a dangling OR or AND', () => {
    expect(parseOperators('genocide NOT')).toMatchObject({
      errors: [{ code: 'lone_not', text: 'NOT' }],
      understood: 'genocide',
    });
    expect(codes('NOT')).toEqual(['lone_not']);
    expect(codes('genocide OR')).toEqual(['dangling_operator']);
    expect(codes('OR genocide')).toEqual(['dangling_operator']);
    expect(codes('AND genocide')).toEqual(['dangling_operator']);
    expect(codes('(genocide NOT) Darfur')).toEqual(['lone_not']);
  });

  it('reports a query that only excludes', () => {
    expect(parseOperators('NOT Darfur')).toMatchObject({ errors: [{ code: 'only_excluded', text: 'NOT Darfur' }] });
    expect(codes('-Darfur -Atyrau')).toEqual(['only_excluded']);
  });

  it('reports a leading wildcard and reads the rest of the word', () => {
    expect(parseOperators('*ism')).toMatchObject({
      errors: [{ code: 'leading_wildcard', text: '*ism' }],
      understood: 'ism',
    });
    expect(codes('?aliban')).toEqual(['leading_wildcard']);
    expect(codes('Atyrau *')).toEqual(['leading_wildcard']);
  });

  it('reports a pattern longer than any word', () => {
    expect(codes(`a${'?'.repeat(60)}*`)).toEqual(['long_pattern']);
  });

  it('reports a bad proximity, an empty phrase and an unknown sort', () => {
    expect(parseOperators('"amnesty rebels"~x')).toMatchObject({
      errors: [{ code: 'bad_proximity' }],
      understood: '"amnesty rebels"',
    });
    expect(codes('"amnesty rebels"~1000')).toEqual(['bad_proximity']);
    expect(codes('"" Atyrau')).toEqual(['empty_phrase']);
    expect(parseOperators('Atyrau sort:size').errors).toEqual([{ code: 'bad_sort', text: 'sort:size' }]);
  });

  it('reports a filter combined with OR or NOT', () => {
    expect(codes('country:Kenya OR country:Uganda bombing')).toEqual([
      'filter_with_operator',
      'filter_with_operator',
      'dangling_operator',
    ]);
    expect(codes('bombing -place:Atyrau')).toEqual(['filter_with_operator', 'lone_not']);
  });

  it('refuses brackets nested too deep without exhausting the stack', () => {
    const deep = `${'('.repeat(5000)}Atyrau${')'.repeat(5000)}`;
    expect(codes(deep)).toContain('too_deep');
    expect(codes(`${'('.repeat(MAX_DEPTH)}Atyrau${')'.repeat(MAX_DEPTH)}`)).toEqual([]);
  });

  it('treats a dash on its own, a dash inside a word and an address as text', () => {
    expect(node('Kazakhstan - attacks')).toEqual({ type: 'term', text: 'Kazakhstan attacks' });
    expect(node('anti-terrorism')).toEqual({ type: 'term', text: 'anti-terrorism' });
    expect(parseOperators('see https://example.org/a?b=c').hasOperators).toBe(false);
  });
});
