import { parseArgs } from 'node:util';
import { loadFiles } from '../corpus/load-corpus.js';
import { loadData, progressOptions } from './load-data.js';
import { evalCommand, searchCommand } from './search-commands.js';
import { renderParseJson, renderParseText } from './parse-command.js';

const USAGE = `reportdesk: Country Reports on Terrorism, answerable

Usage:
  reportdesk parse [--json] FILE…                 what the parser understood of each file
  reportdesk parse [--json] --data DIR            the same for every .txt under DIR
  reportdesk search [--json] [--limit N] [--incidents] [--data DIR] "<query>"
  reportdesk eval --queries FILE [--json] [--data DIR]
  reportdesk help

DIR defaults to data/. Queries take free text, dates (October 31, Q4 2011, since October)
and filters (place: country: year: kind: actor: since: until:).`;


async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'parse':
      return parseCommand(rest);
    case 'search':
      return searchCommand(rest);
    case 'eval':
      return evalCommand(rest);
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(`${USAGE}\n`);
      return command === undefined ? 1 : 0;
    default: {
      process.stderr.write(`reportdesk: unknown command '${command}'\n\n${USAGE}\n`);
      return 2;
    }
  }
}

async function parseCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, data: { type: 'string' } },
  });
  const corpus = positionals.length ? await loadFiles(positionals, progressOptions()) : await loadData(values.data);
  process.stdout.write(`${values.json ? renderParseJson(corpus) : renderParseText(corpus)}\n`);
  // Non-zero only when a file the user named failed.
  return positionals.length && corpus.errors.length ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`reportdesk: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
