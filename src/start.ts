/** `npm start`: reportdesk on the real process: .env applied, stdin, stdout and stderr. */
import readline from 'node:readline';
import { config as loadDotenv } from 'dotenv';
import { main } from './main.js';

loadDotenv({ quiet: true });
main(process.argv.slice(2), {
  env: process.env,
  openLines: () => {
    const lines = readline.createInterface({ input: process.stdin, terminal: false });
    return { lines, close: () => lines.close() };
  },
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  errStream: process.stderr,
  stdinIsTTY: process.stdin.isTTY === true,
  stdoutIsTTY: process.stdout.isTTY === true,
}).then(
  (code) => {
    if (code !== 0) process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`reportdesk could not start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
