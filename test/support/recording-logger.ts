/** A Bolt logger that keeps every line, so a test can wait for what the app said instead of sleeping. */
import { type Logger, LogLevel } from '@slack/bolt';

export interface RecordingLogger extends Logger {
  lines: string[];
}

export function createRecordingLogger(): RecordingLogger {
  const lines: string[] = [];
  const record =
    (level: string) =>
    (...messages: unknown[]) => {
      lines.push(`${level} ${messages.map((m) => (m instanceof Error ? m.message : String(m))).join(' ')}`);
    };
  return {
    lines,
    debug: record('debug'),
    info: record('info'),
    warn: record('warn'),
    error: record('error'),
    // Every level is kept whatever Bolt sets: the test filters.
    setLevel: () => undefined,
    getLevel: () => LogLevel.DEBUG,
    setName: () => undefined,
  };
}

/** Resolves once `predicate` holds, polling every 10 ms; rejects with what was seen after `timeoutMs`. */
export async function waitUntil(predicate: () => boolean, describe: () => string, timeoutMs = 5000): Promise<void> {
  const start = Date.now();
  while (!predicate()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting; ${describe()}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
