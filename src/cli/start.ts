import { processIo } from './cli-io.js';
import { main } from './main.js';
import { ERROR_LINE } from './messages.js';

// `npx reportdesk …` (bin/reportdesk.js): the command line on the real process.
main(process.argv.slice(2), processIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${ERROR_LINE(error instanceof Error ? error.message : String(error))}\n`);
    process.exitCode = 1;
  },
);
