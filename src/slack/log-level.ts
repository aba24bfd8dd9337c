import { LogLevel } from '@slack/logger';
import type { LogLevelName } from '../config/load-config.js';

const LEVELS: Readonly<Record<LogLevelName, LogLevel>> = Object.freeze({
  debug: LogLevel.DEBUG,
  info: LogLevel.INFO,
  warn: LogLevel.WARN,
  error: LogLevel.ERROR,
});

/** The Slack logger's level for a configured LOG_LEVEL name. */
export function toLogLevel(name: LogLevelName): LogLevel {
  return LEVELS[name];
}
