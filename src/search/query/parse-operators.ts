import { foldWord } from '../index/stem-word.js';
import { forEachWord } from '../index/tokenize.js';
import {
  lexOperators,
  OPERATOR_WORDS,
  type OperatorError,
  type OperatorToken,
  type QuerySort,
} from './lex-operators.js';

export {
  MAX_PATTERN_LENGTH,
  OPERATOR_WORDS,
  type OperatorError,
  type OperatorErrorCode,
  type QuerySort,
} from './lex-operators.js';

/**
 * One node of an operator query, as country-of-origin databases (ecoi.net, Refworld) read them:
 * - `term`: plain words (`attacked police`), every one required, matched with near spellings and synonyms;
 * - `phrase`: `"peace process"`, those words in that order (folded: case, accents and punctuation ignored);
 *   with `within` (`"amnesty rebels"~5`) the words in any order with at most `within` other words between;
 * - `wildcard`: `extrem*`, `Tal?ban` (folded), matched against the words of the reports, exactly;
 * - `and`, `or`, `not`.
 */
export type QueryNode =
  | { type: 'term'; text: string }
  | { type: 'phrase'; words: string[]; within: number | null }
  | { type: 'wildcard'; pattern: string }
  | { type: 'and'; children: QueryNode[] }
  | { type: 'or'; children: QueryNode[] }
  | { type: 'not'; child: QueryNode };

/** `"a b"~N`: the largest N. */
export const MAX_PROXIMITY = 100;
/** Brackets nested deeper than this are refused (a pasted `((((…` must not exhaust the stack). */
export const MAX_DEPTH = 16;

/** What {@link parseOperators} read. */
export interface OperatorQuery {
  /** The words and operators; null when the query has only filters (or nothing). */
  node: QueryNode | null;
  /** Filters as typed (`place:Almaty`, `actor:"Jund al-Khilafah"`), for the filter reader. `sort:` is not one. */
  filters: string[];
  sort: QuerySort;
  /** True when the query uses the query language: quotes, brackets, AND/OR/NOT, a leading `-`, a wildcard or `sort:`. */
  hasOperators: boolean;
  /** Empty when the query reads as typed; else each problem, and `understood` says how it was read. */
  errors: OperatorError[];
  /** The reading written back in the query language (`"peace process" AND Kazakhstan`): what was understood. */
  understood: string;
}

/**
 * Reads the operator language of a query: phrases, AND (the default), OR, NOT or a leading `-`, brackets,
 * `"a b"~N`, `?`/`*` wildcards, filters and `sort:`. A small recursive-descent parser: NOT binds tighter
 * than AND, AND tighter than OR. It never throws: what it cannot read becomes an {@link OperatorError}, and
 * it reads the rest leniently (an open quote closed at the end, a stray bracket or a lone NOT dropped) so
 * that `understood` can say how the query was taken. A `?` counts as a wildcard only inside a word
 * (`Tal?ban`): at the end it is a question mark (`who attacked the police?`).
 *
 * @param raw - the query as typed
 * @returns the tree, the filters as typed, the sort, and the problems
 * @example
 * parseOperators('genocide NOT Darfur').node;
 * //=> { type: 'and', children: [{ type: 'term', text: 'genocide' }, { type: 'not', child: { type: 'term', text: 'Darfur' } }] }
 */
export function parseOperators(raw: string): OperatorQuery {
  const errors: OperatorError[] = [];
  const { tokens, filters, sort } = lexOperators(raw, errors);
  // Brackets around plain words change nothing (AND is the default), so a question that uses them as punctuation
  // (`are mexican cartels tied to terrorist groups (2009 report)`) is read as a question, not as a strict query.
  const asPunctuation = onlyBalancedBrackets(tokens);
  const hasOperators =
    sort !== null ||
    (!asPunctuation && tokens.some((t) => t.kind !== 'word' && t.kind !== 'filter')) ||
    errors.length > 0;
  checkFilterPlacement(tokens, errors);
  let words = dropStrayBrackets(
    tokens.filter((t) => t.kind !== 'filter'),
    errors,
  );
  if (nestingDepth(words) > MAX_DEPTH) {
    // Read flat rather than recurse thousands of levels deep.
    errors.push({ code: 'too_deep', text: '('.repeat(MAX_DEPTH + 1) });
    words = words.filter((t) => t.kind !== 'open' && t.kind !== 'close');
  }
  const parser = new Parser(words, errors);
  const node = parser.parseQuery();
  if (node !== null && !hasPositive(node) && filters.length === 0)
    errors.push({ code: 'only_excluded', text: renderNode(node) });
  return { node, filters, sort: sort ?? 'relevance', hasOperators, errors, understood: renderNode(node) };
}

// Every operator token is a bracket, and they pair up: `groups (2009 report)`, not `(a OR b)` or `(a b`.
function onlyBalancedBrackets(tokens: readonly { kind: string }[]): boolean {
  let depth = 0;
  let any = false;
  for (const t of tokens) {
    if (t.kind === 'open') {
      depth++;
      any = true;
    } else if (t.kind === 'close') {
      depth--;
      if (depth < 0) return false;
    } else if (t.kind !== 'word' && t.kind !== 'filter') return false;
  }
  return any && depth === 0;
}

/**
 * Writes a query tree back in the query language (`(homosexual OR lesbian) AND discrimination`).
 *
 * @example
 * renderNode({ type: 'phrase', words: ['amnesty', 'rebels'], within: 5 }); //=> '"amnesty rebels"~5'
 */
export function renderNode(node: QueryNode | null): string {
  if (node === null) return '';
  switch (node.type) {
    case 'term':
      return node.text;
    case 'wildcard':
      return node.pattern;
    case 'phrase':
      return `"${node.words.join(' ')}"${node.within === null ? '' : `~${node.within}`}`;
    case 'not':
      return `NOT ${wrap(node.child)}`;
    case 'and':
      return node.children.map(wrap).join(' AND ');
    case 'or':
      return node.children.map((c) => (c.type === 'and' ? `(${renderNode(c)})` : renderNode(c))).join(' OR ');
  }
}

function wrap(node: QueryNode): string {
  return node.type === 'and' || node.type === 'or' ? `(${renderNode(node)})` : renderNode(node);
}

/** True when the tree asks for something to be there (not only for things to be absent). */
export function hasPositive(node: QueryNode): boolean {
  switch (node.type) {
    case 'not':
      return false;
    case 'and':
    case 'or':
      return node.children.some(hasPositive);
    default:
      return true;
  }
}

// A closing bracket with no opening one is read as if it were not there (`Aktobe) OR Aktau`).
function dropStrayBrackets(tokens: OperatorToken[], errors: OperatorError[]): OperatorToken[] {
  let depth = 0;
  return tokens.filter((t) => {
    if (t.kind === 'open') depth++;
    if (t.kind !== 'close') return true;
    if (depth > 0) {
      depth--;
      return true;
    }
    errors.push({ code: 'stray_bracket', text: ')' });
    return false;
  });
}

function nestingDepth(tokens: OperatorToken[]): number {
  let depth = 0;
  let deepest = 0;
  for (const t of tokens) {
    if (t.kind === 'open') deepest = Math.max(deepest, ++depth);
    else if (t.kind === 'close') depth = Math.max(0, depth - 1);
  }
  return deepest;
}

// Filters apply to the whole query: `country:Kenya OR country:Uganda` cannot be read as typed.
function checkFilterPlacement(tokens: OperatorToken[], errors: OperatorError[]): void {
  tokens.forEach((t, k) => {
    if (t.kind !== 'filter') return;
    const before = tokens[k - 1]?.kind;
    const after = tokens[k + 1]?.kind;
    if (before === 'or' || before === 'not' || before === 'minus' || after === 'or') {
      errors.push({ code: 'filter_with_operator', text: t.text });
    }
  });
}

class Parser {
  private at = 0;

  constructor(
    private readonly tokens: OperatorToken[],
    private readonly errors: OperatorError[],
  ) {}

  parseQuery(): QueryNode | null {
    // Stray closing brackets are gone, so parseOr reads to the end.
    return this.parseOr();
  }

  private peek(): OperatorToken | undefined {
    return this.tokens[this.at];
  }

  private parseOr(): QueryNode | null {
    const children: QueryNode[] = [];
    const first = this.parseAnd();
    if (first) children.push(first);
    while (this.peek()?.kind === 'or') {
      this.at++;
      const next = this.peek();
      const node = next === undefined || next.kind === 'close' || next.kind === 'or' ? null : this.parseAnd();
      if (children.length === 0 || node === null)
        this.errors.push({ code: 'dangling_operator', text: OPERATOR_WORDS.or });
      if (node) children.push(node);
    }
    return combine('or', children);
  }

  private parseAnd(): QueryNode | null {
    const children: QueryNode[] = [];
    for (let t = this.peek(); t !== undefined && t.kind !== 'close' && t.kind !== 'or'; t = this.peek()) {
      if (t.kind === 'and') {
        this.at++;
        const next = this.peek();
        if (
          children.length === 0 ||
          next === undefined ||
          next.kind === 'close' ||
          next.kind === 'or' ||
          next.kind === 'and'
        ) {
          this.errors.push({ code: 'dangling_operator', text: OPERATOR_WORDS.and });
        }
        continue;
      }
      const node = this.parseUnary();
      if (node) children.push(node);
    }
    return combine('and', mergeTerms(children));
  }

  private parseUnary(): QueryNode | null {
    const t = this.peek();
    if (t?.kind === 'not' || t?.kind === 'minus') {
      this.at++;
      const next = this.peek();
      if (next === undefined || next.kind === 'close' || next.kind === 'or' || next.kind === 'and') {
        this.errors.push({ code: 'lone_not', text: t.text });
        return null;
      }
      const child = this.parseUnary();
      if (child === null) return null;
      return child.type === 'not' ? child.child : { type: 'not', child };
    }
    return this.parsePrimary();
  }

  private parsePrimary(): QueryNode | null {
    const t = this.peek();
    if (t === undefined) return null;
    this.at++;
    switch (t.kind) {
      case 'open': {
        const inner = this.parseOr();
        if (this.peek()?.kind === 'close') this.at++;
        else this.errors.push({ code: 'unclosed_bracket', text: `(${renderNode(inner)}` });
        if (inner === null) this.errors.push({ code: 'empty_group', text: '()' });
        return inner;
      }
      case 'phrase': {
        if (!t.closed) this.errors.push({ code: 'unclosed_quote', text: t.raw });
        const words = foldedWords(t.text);
        if (words.length === 0) {
          this.errors.push({ code: 'empty_phrase', text: t.raw });
          return null;
        }
        let within: number | null = null;
        if (t.within !== null) {
          if (/^\d{1,3}$/.test(t.within) && Number(t.within) <= MAX_PROXIMITY) within = Number(t.within);
          else this.errors.push({ code: 'bad_proximity', text: t.raw });
        }
        return { type: 'phrase', words, within: words.length > 1 ? within : null };
      }
      case 'wildcard':
        return { type: 'wildcard', pattern: foldWord(t.text) };
      case 'word':
        return /[\p{L}\p{N}]/u.test(t.text) ? { type: 'term', text: t.text } : null;
      default:
        // `AND`/`OR`/`)` never reach here (parseAnd and parseOr stop at them); a filter was taken out.
        return null;
    }
  }
}

/** The words of a phrase as the index folds them (`Kazakhstan's al-Khilafah` → kazakhstan, al, khilafah). */
export function foldedWords(text: string): string[] {
  const words: string[] = [];
  forEachWord(text, (start, end) => {
    const folded = foldWord(text.slice(start, end));
    if (folded !== '') words.push(folded);
  });
  return words;
}

// Plain words next to each other are one term (`attacked police`), so the search sees them together
// (synonym phrases such as `trash can`, names written apart such as `Kzyl Orda`).
function mergeTerms(children: QueryNode[]): QueryNode[] {
  const out: QueryNode[] = [];
  for (const child of children) {
    const last = out.at(-1);
    if (child.type === 'term' && last?.type === 'term')
      out[out.length - 1] = { type: 'term', text: `${last.text} ${child.text}` };
    else out.push(child);
  }
  return out;
}

function combine(type: 'and' | 'or', children: QueryNode[]): QueryNode | null {
  if (children.length === 0) return null;
  if (children.length === 1) return children[0] ?? null;
  // `a AND (b AND c)` is `a AND b AND c`.
  const flat = children.flatMap((c) => (c.type === type ? c.children : [c]));
  return { type, children: flat };
}
