import { parseArgs } from 'node:util';
import { loadFiles } from '../corpus/load-corpus.js';
import { loadData, progressOptions } from '../corpus/load-data.js';
import type { CliIo } from './cli-io.js';
import { ERROR_LINE, UNKNOWN_COMMAND, USAGE } from './messages.js';
import { evalIncidentsCommand } from './eval-incidents-command.js';
import { evalCommand, searchCommand } from './search-commands.js';
import { compareCommand, countCommand, exportCommand, pictureCommand } from './analysis-commands.js';
import { jsonSafe, terminalSafe } from './terminal-safe.js';
import { renderParseJson, renderParseText } from './parse-command.js';

/**
 * The command line, given its arguments and where to write: returns the exit code. `start.ts` runs it for
 * `npx reportdesk`; tests call it in-process.
 * @example await main(['search', 'Atyrau'], io) //=> 0, with the ranked hits written to io.out
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'parse':
      return parseCommand(rest, io);
    case 'search':
      return searchCommand(rest, io);
    case 'eval':
      return evalCommand(rest, io);
    case 'chart':
    case 'map':
      return pictureCommand(command, rest, io);
    case 'export':
      return exportCommand(rest, io);
    case 'count':
      return countCommand(rest, io);
    case 'compare':
      return compareCommand(rest, io);
    case 'feedback':
      // Loaded on demand: the store's driver costs the other commands nothing.
      return (await import('./feedback-command.js')).feedbackCommand(rest, io);
    case 'eval-incidents':
      return evalIncidentsCommand(rest, io);
    case 'import':
      // Loaded on demand: the HTML and PDF libraries cost the other commands nothing.
      return (await import('./import-command.js')).importCommand(rest, io);
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      io.out(`${USAGE}\n`);
      return command === undefined ? 1 : 0;
    default: {
      io.err(`${terminalSafe(ERROR_LINE(UNKNOWN_COMMAND(command)))}\n\n${USAGE}\n`);
      return 2;
    }
  }
}

async function parseCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, data: { type: 'string' } },
  });
  const corpus = positionals.length
    ? await loadFiles(positionals, { ...progressOptions(io.errStream), keepDuplicates: true })
    : await loadData(values.data, io.errStream);
  io.out(`${values.json ? jsonSafe(renderParseJson(corpus)) : terminalSafe(renderParseText(corpus))}\n`);
  // Non-zero only when a file the user named failed.
  return positionals.length && corpus.errors.length ? 1 : 0;
}
