import { KNOWN_FILTERS } from '../messages.js';

/** `sort:date` (newest first), `sort:oldest`, or relevance (the default). */
export type QuerySort = 'relevance' | 'date' | 'oldest';

/** Why an operator query cannot be read as typed. */
export type OperatorErrorCode =
  | 'unclosed_quote'
  | 'unclosed_bracket'
  | 'stray_bracket'
  | 'empty_group'
  | 'empty_phrase'
  | 'lone_not'
  | 'dangling_operator'
  | 'leading_wildcard'
  | 'long_pattern'
  | 'bad_proximity'
  | 'bad_sort'
  | 'filter_with_operator'
  | 'only_excluded'
  | 'too_deep';

/** A problem of the query's syntax, as data: the code and the piece of the query it is about, as typed. */
export interface OperatorError {
  code: OperatorErrorCode;
  /** The piece of the query the problem is about (`"peace process`, `NOT`, `*ism`, `sort:size`). */
  text: string;
}

/** Operators are case-sensitive, as in ecoi.net: `or` in a question is a word. */
export const OPERATOR_WORDS = Object.freeze({ and: 'AND', or: 'OR', not: 'NOT' });
/** Letters of a wildcard pattern: a longer one is no word of any report. */
export const MAX_PATTERN_LENGTH = 40;

const QUOTES_OPEN = new Set(['"', '“', '„', '”']);
const QUOTE_CLOSE_FOR: Readonly<Record<string, string>> = { '"': '"”“', '“': '”"“', '„': '“”"', '”': '”"“' };
const FILTER_NAMES: ReadonlySet<string> = new Set([...KNOWN_FILTERS, 'sort']);
const SORTS: Readonly<Record<string, QuerySort>> = Object.freeze({
  date: 'date',
  newest: 'date',
  latest: 'date',
  oldest: 'oldest',
  relevance: 'relevance',
});

/** One token of the operator language. */
export type OperatorToken =
  | { kind: 'word'; text: string }
  | { kind: 'wildcard'; text: string }
  | { kind: 'phrase'; text: string; closed: boolean; within: string | null; raw: string }
  | { kind: 'open' | 'close' | 'and' | 'or' | 'not' | 'minus'; text: string }
  | { kind: 'filter'; text: string };

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0';
}

// A chunk ends at a space, a bracket or a quote (`place:"Ak Orda"`, `(Aktobe OR Aktau)`).
function isChunkEnd(c: string): boolean {
  return isSpace(c) || c === '(' || c === ')' || QUOTES_OPEN.has(c);
}

/**
 * Splits a query into the tokens of the operator language: words (kept whole: `al-Shabaab`), wildcards,
 * phrases (`"a b"~N`), brackets, AND/OR/NOT (in capitals only), a leading `-`, and filters, read with their
 * value (`place: Almaty`, `actor:"Jund al-Khilafah"`); `sort:` is taken out as the sort order.
 *
 * @param raw - the query as typed
 * @param errors - where a problem is added (`sort:size`, a leading wildcard)
 * @returns the tokens in order, the filters as typed, and the sort asked for
 * @example
 * lexOperators('-Darfur sort:date', []).tokens.map((t) => t.kind); //=> ['minus', 'word', 'filter']
 */
export function lexOperators(
  raw: string,
  errors: OperatorError[],
): { tokens: OperatorToken[]; filters: string[]; sort: QuerySort | null } {
  const tokens: OperatorToken[] = [];
  const filters: string[] = [];
  let sort: QuerySort | null = null;
  let i = 0;
  const n = raw.length;
  const readQuoted = (): { body: string; closed: boolean; end: number } => {
    const open = raw[i] ?? '"';
    const closers = QUOTE_CLOSE_FOR[open] ?? '"';
    let j = i + 1;
    while (j < n && !closers.includes(raw[j] ?? '')) j++;
    return { body: raw.slice(i + 1, j), closed: j < n, end: j < n ? j + 1 : n };
  };
  while (i < n) {
    const c = raw[i] ?? '';
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (c === '(' || c === ')') {
      tokens.push({ kind: c === '(' ? 'open' : 'close', text: c });
      i++;
      continue;
    }
    if (QUOTES_OPEN.has(c)) {
      const start = i;
      const { body, closed, end } = readQuoted();
      i = end;
      let within: string | null = null;
      if (closed && raw[i] === '~') {
        let j = i + 1;
        while (j < n && !isChunkEnd(raw[j] ?? '')) j++;
        within = raw.slice(i + 1, j);
        i = j;
      }
      tokens.push({ kind: 'phrase', text: body, closed, within, raw: raw.slice(start, i) });
      continue;
    }
    // A leading minus excludes what follows it (`-Darfur`, `-"peace process"`); a dash on its own is punctuation.
    if (c === '-' || c === '−') {
      const next = raw[i + 1] ?? ' ';
      if (!isSpace(next) && next !== '-' && next !== ')') tokens.push({ kind: 'minus', text: c });
      i++;
      continue;
    }
    let j = i;
    while (j < n && !isChunkEnd(raw[j] ?? '')) j++;
    const chunk = raw.slice(i, j);
    i = j;
    if (chunk === OPERATOR_WORDS.and || chunk === OPERATOR_WORDS.or || chunk === OPERATOR_WORDS.not) {
      tokens.push({ kind: chunk === 'AND' ? 'and' : chunk === 'OR' ? 'or' : 'not', text: chunk });
      continue;
    }
    const filter = /^([A-Za-z][A-Za-z_-]*):(.*)$/s.exec(chunk);
    const name = filter?.[1]?.toLowerCase() ?? '';
    let value = filter?.[2] ?? '';
    if (filter && (FILTER_NAMES.has(name) || (value !== '' && !value.startsWith('//')))) {
      let typed = chunk;
      if (value === '' && FILTER_NAMES.has(name)) {
        // `place:"Ak Orda"` or `place: Almaty`: the value follows.
        let k = i;
        while (k < n && isSpace(raw[k] ?? '') && k - i < 3) k++;
        if (QUOTES_OPEN.has(raw[k] ?? '')) {
          i = k;
          const { body, end } = readQuoted();
          value = body;
          typed = `${filter?.[1] ?? name}:"${body}"`;
          i = end;
        } else if (k < n && !isChunkEnd(raw[k] ?? '')) {
          let e = k;
          while (e < n && !isChunkEnd(raw[e] ?? '')) e++;
          value = raw.slice(k, e);
          typed = `${filter?.[1] ?? name}:${value}`;
          i = e;
        }
      }
      if (name === 'sort') {
        const read = SORTS[value.toLowerCase().replace(/[.,;!?]+$/, '')];
        if (read) sort = read;
        else errors.push({ code: 'bad_sort', text: typed });
      } else filters.push(typed);
      tokens.push({ kind: 'filter', text: typed });
      continue;
    }
    tokens.push(...wordTokens(chunk, errors));
  }
  return { tokens, filters, sort };
}

// A chunk with a wildcard is split into its words (`al-Qa*da` → al, qa*da); one without stays whole
// (`al-Shabaab`, so the search can join its parts).
function wordTokens(chunk: string, errors: OperatorError[]): OperatorToken[] {
  // An address (`https://example.org/a?b=c`) is no pattern.
  if (chunk.includes('://')) return [{ kind: 'word', text: chunk }];
  const star = chunk.includes('*');
  const innerQuestion = /\?[\p{L}\p{N}*]/u.test(chunk);
  if (!star && !innerQuestion) return [{ kind: 'word', text: chunk }];
  const out: OperatorToken[] = [];
  for (const piece of chunk.split(/[^\p{L}\p{N}'’*?]+/u)) {
    const trimmed = piece.replace(/\?+$/, '');
    if (trimmed === '' || /^[*?'’]+$/.test(trimmed)) {
      if (trimmed.includes('*')) errors.push({ code: 'leading_wildcard', text: trimmed });
      continue;
    }
    if (!trimmed.includes('*') && !trimmed.includes('?')) {
      out.push({ kind: 'word', text: trimmed });
      continue;
    }
    if (trimmed.startsWith('*') || trimmed.startsWith('?')) {
      errors.push({ code: 'leading_wildcard', text: trimmed });
      const rest = trimmed.replace(/^[*?]+/, '');
      if (/[\p{L}\p{N}]/u.test(rest))
        out.push(
          rest.includes('*') || rest.includes('?') ? { kind: 'wildcard', text: rest } : { kind: 'word', text: rest },
        );
      continue;
    }
    if (trimmed.length > MAX_PATTERN_LENGTH) {
      errors.push({ code: 'long_pattern', text: trimmed });
      out.push({ kind: 'wildcard', text: trimmed.slice(0, MAX_PATTERN_LENGTH) });
      continue;
    }
    out.push({ kind: 'wildcard', text: trimmed });
  }
  return out;
}
