import { AsyncLocalStorage } from 'node:async_hooks';
import { pino, type DestinationStream, type LevelWithSilent, type Logger as PinoLogger, type LoggerOptions } from 'pino';

/**
 * Structured JSON logs. Message text and personal data never go in: log events, ids of knowledge entries,
 * counts and durations. Fields that could carry user text are censored as a second line of defence.
 */
export type Logger = PinoLogger;

export interface RequestScope {
  /** Random id per HTTP request to /api/messages (one turn); every log line written during it carries it. */
  readonly requestId: string;
}

/**
 * The request scope follows the async call chain of a turn, through botbuilder, into features and stores.
 * This is the one module-level object in the service: it holds no state of its own (each turn's scope lives
 * in that turn's async context), and every logger made by createLogger reads it, including the tests'.
 */
export const requestScope = new AsyncLocalStorage<RequestScope>();

export function createLogger(level: LevelWithSilent, destination?: DestinationStream): Logger {
  const options: LoggerOptions = {
    level,
    base: { app: 'meldwijzer' },
    redact: { paths: ['text', '*.text', 'question', '*.question', 'activity.text', 'value', '*.value'], censor: '[weggelaten]' },
    mixin: () => {
      const scope = requestScope.getStore();
      return scope ? { requestId: scope.requestId } : {};
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
