import type { CliIo } from './cli-io.js';
import { main } from './main.js';

/**
 * For tests: runs the command line in-process, as `npx reportdesk …` would, with the given settings (`env`, none by
 * default), collecting stdout, stderr and the exit code.
 * @example const { stdout, code } = await runCli({}, 'parse', 'data/crt-2011-kazakhstan.txt');
 */
export async function runCli(
  env: Record<string, string> | undefined,
  ...args: string[]
): Promise<{ stdout: string; stderr: string; code: number }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    out: (text) => {
      stdout += text;
    },
    err: (text) => {
      stderr += text;
    },
    errStream: { isTTY: false, write: (text: string) => (stderr += text) },
    ...(env === undefined ? {} : { env }),
  };
  const code = await main(args, io);
  return { stdout, stderr, code };
}
