import { describe, expect, it } from 'vitest';
import { progressReporter, renderProgressBar } from './import-command.js';
import { IMPORT_PROGRESS } from './messages.js';

/** A stand-in stderr that records what is written. */
function stream(isTTY: boolean): NodeJS.WriteStream & { written: string[] } {
  const written: string[] = [];
  return { isTTY, written, write: (chunk: string) => written.push(chunk) > 0 } as unknown as NodeJS.WriteStream & {
    written: string[];
  };
}

describe('renderProgressBar', () => {
  it('fills in proportion', () => {
    expect(renderProgressBar(0, 4, 8)).toBe('[........]');
    expect(renderProgressBar(1, 4, 8)).toBe('[##......]');
    expect(renderProgressBar(4, 4, 8)).toBe('[########]');
  });
});

describe('progressReporter', () => {
  it('rewrites one line on a terminal, even for a few sources', () => {
    const tty = stream(true);
    const report = progressReporter(tty, 2);
    report?.(1);
    report?.(2);
    expect(tty.written).toEqual([
      `\r${IMPORT_PROGRESS(1, 2, renderProgressBar(1, 2))}`,
      `\r${IMPORT_PROGRESS(2, 2, renderProgressBar(2, 2))}\n`,
    ]);
  });

  it('writes a line per quarter to a log for 20 sources or more, and nothing for fewer', () => {
    expect(progressReporter(stream(false), 19)).toBeUndefined();
    const log = stream(false);
    const report = progressReporter(log, 20);
    for (let done = 1; done <= 20; done += 1) report?.(done);
    expect(log.written).toEqual(
      [5, 10, 15, 20].map((done) => `${IMPORT_PROGRESS(done, 20, renderProgressBar(done, 20))}\n`),
    );
  });
});
