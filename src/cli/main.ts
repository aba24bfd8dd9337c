import { parseArgs } from 'node:util';
import { loadFiles } from '../corpus/load-corpus.js';
import { loadData, progressOptions } from '../corpus/load-data.js';
import { ERROR_LINE, UNKNOWN_COMMAND, USAGE } from './messages.js';
import { evalIncidentsCommand } from './eval-incidents-command.js';
import { evalCommand, searchCommand } from './search-commands.js';
import { jsonSafe, terminalSafe } from './terminal-safe.js';
import { renderParseJson, renderParseText } from './parse-command.js';

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'parse':
      return parseCommand(rest);
    case 'search':
      return searchCommand(rest);
    case 'eval':
      return evalCommand(rest);
    case 'eval-incidents':
      return evalIncidentsCommand(rest);
    case 'import':
      // Loaded on demand: the HTML and PDF libraries cost the other commands nothing.
      return (await import('./import-command.js')).importCommand(rest);
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(`${USAGE}\n`);
      return command === undefined ? 1 : 0;
    default: {
      process.stderr.write(`${terminalSafe(ERROR_LINE(UNKNOWN_COMMAND(command)))}\n\n${USAGE}\n`);
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
  process.stdout.write(`${values.json ? jsonSafe(renderParseJson(corpus)) : terminalSafe(renderParseText(corpus))}\n`);
  // Non-zero only when a file the user named failed.
  return positionals.length && corpus.errors.length ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${terminalSafe(ERROR_LINE(error instanceof Error ? error.message : String(error)))}\n`);
    process.exitCode = 1;
  },
);
