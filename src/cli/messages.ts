/**
 * Every sentence the command line writes of its own: usage, errors on stderr and the words of its
 * text output. Tests assert on these constants. Templates are functions.
 */

export const ANALYSIS_USAGE = `  reportdesk count [--data DIR] "<question or query>"      e.g. "how many were killed in Kenya in 2017"
  reportdesk chart|map [--out FILE] [--data DIR] "<query>"  a timeline or map PNG
  reportdesk export [--format csv|json] [--out FILE] [--data DIR] "<query>"   every matching record
  reportdesk compare [--data DIR] COUNTRY YEAR YEAR SECTION   a section's sentences across two years
  reportdesk feedback [--json] [--limit N] [--data DIR]   👍 / 👎 kept on answers, newest first (DATABASE_URL or
                                                the store file in DIR)`;

export const USAGE = `reportdesk: Country Reports on Terrorism, answerable

Usage:
  reportdesk parse [--json] FILE…                 what the parser understood of each file
  reportdesk parse [--json] --data DIR            the same for every .txt under DIR
  reportdesk search [--json] [--limit N] [--incidents] [--data DIR] "<query>"
  reportdesk eval --queries FILE [--json] [--data DIR]…
${ANALYSIS_USAGE}
  reportdesk eval-incidents --gold FILE [--json] [FILES…]   incident recall, precision, figures
  reportdesk import [--data DIR] [--year N] URL|FILE…   chapters from state.gov, Refworld, ecoi.net pages,
                                                saved .html files and yearly-report PDFs, one .txt each
  reportdesk help

DIR defaults to data/; eval and search take --data more than once to load several folders.
Queries take free text, dates (October 31, Q4 2011, since October) and filters (place: country: year: kind: actor: since: until:).`;

/** How an error reads on stderr: `reportdesk: search needs a query, …`. */
export const ERROR_LINE = (message: string) => `reportdesk: ${message}`;

// Errors
export const UNKNOWN_COMMAND = (command: string) => `unknown command '${command}'`;
export const SEARCH_NEEDS_QUERY = 'search needs a query, e.g. reportdesk search "who claimed the Atyrau bombings?"';
export const LIMIT_OUT_OF_RANGE = '--limit takes a whole number from 1 to 1000';
export const EVAL_NEEDS_QUERIES = 'eval needs --queries FILE (the format of test/fixtures/eval/queries.json)';
export const EVAL_INCIDENTS_NEEDS_GOLD =
  'eval-incidents needs --gold FILE (the format of test/fixtures/eval/incidents-gold.json)';
export const GOLD_FILE_SHAPE = 'expected { "files": { "<file name>": { "incidents": [ … ] } } }';
export const GOLD_FILE_MISSING = (name: string, dirs: readonly string[]) =>
  `${name} (named in the gold) is not in ${dirs.join(' or ')}`;
export const CANNOT_READ = (file: string, reason: string) => `cannot read ${file}: ${reason}`;
export const QUERIES_FILE_SHAPE = 'expected { "queries": [ … ] }';
export const QUERY_ENTRY_SHAPE = (position: number) =>
  `query ${position} needs mode ("incident" or "ask"), query and expect`;
export const SKIPPED_FILE = (file: string, message: string) => `skipped ${file}: ${message}`;
export const NO_REPORTS_LOADED = (dir: string) => `no reports loaded from ${dir}: add chapters as .txt files`;

// search output
export const NO_RESULTS = (query: string) => `no results for "${query}"`;
export const TRY_SUGGESTIONS = (suggestions: readonly string[]) => `try: ${suggestions.join(', ')}`;
export const RESULTS_FOR = (total: number, query: string) => `${total} result${total === 1 ? '' : 's'} for "${query}"`;

// eval output
export const NOT_AT_RANK_ONE = (count: number) => `not at rank 1 (${count}):`;
export const ALL_AT_RANK_ONE = 'every query answered at rank 1';
export const NOT_IN_TOP = (depth: number) => `not in the top ${depth}`;
export const EVAL_KIND_LINE = (kind: string, value: number) => `recall@1 (${kind}): ${value.toFixed(3)}`;
export const EVAL_ANSWERED_LINE = (share: number) => `answerable answered: ${share.toFixed(3)}`;
export const EVAL_ABSTAINED_LINE = (share: number) => `no-answer not answered: ${share.toFixed(3)}`;
export const EVAL_WRONGLY_ANSWERED = (count: number) => `answered though nothing loaded answers (${count}):`;
export const EVAL_NOT_ANSWERED = (count: number) => `not answered though answerable (${count}):`;

// analysis commands
export const NEEDS_QUERY = (command: string) =>
  `${command} needs a query, e.g. reportdesk ${command} "country:Kazakhstan year:2011"`;
export const BAD_FORMAT = '--format takes csv or json';
export const COMPARE_NEEDS =
  'compare needs COUNTRY YEAR YEAR SECTION, e.g. reportdesk compare kazakhstan 2011 2012 legislation';
export const WROTE_FILE = (path: string, what: string) => `wrote ${path}: ${what}`;
export const NOTHING_MATCHES = (query: string) => `no incident record matches "${query}"`;
// import
export const IMPORT_NEEDS_SOURCES =
  'import needs one or more addresses or files, e.g. reportdesk import https://www.state.gov/reports/country-reports-on-terrorism-2021/mali/';
export const YEAR_OUT_OF_RANGE = '--year takes a year of the series, e.g. --year 2011';
export const IMPORT_PROGRESS = (done: number, total: number, bar: string) =>
  `importing ${bar} ${done}/${total} sources`;
export const IMPORTED_FILE = (outcome: string, file: string, country: string, year: number) =>
  `${outcome.padEnd(9)} ${file} (${country}, ${year})`;

// feedback
export const FEEDBACK_HEADER = ['time (UTC)', 'vote', 'query', 'answer id', 'what was wrong'] as const;
export const NO_STORE_FILE = (path: string) =>
  `no feedback kept yet: there is no store file at ${path} (the Slack app creates it; or set DATABASE_URL)`;
export const NO_FEEDBACK = (where: string) => `no feedback kept yet in ${where}`;
export const FEEDBACK_COUNT = (count: number, where: string) =>
  `${count} vote${count === 1 ? '' : 's'} in ${where}, newest first`;
export const FEEDBACK_LIMIT_OUT_OF_RANGE = '--limit takes a whole number from 1 to 100000';
export const STORE_POSTGRES = 'PostgreSQL (DATABASE_URL)';
export const VOTE_LABEL = { up: '👍 up', down: '👎 down' } as const;
