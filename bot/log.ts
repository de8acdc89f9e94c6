import { pino, type DestinationStream, type LevelWithSilent, type Logger as PinoLogger, type LoggerOptions } from 'pino';

/**
 * Structured JSON logs. Message text and personal data never go in: log events, ids of knowledge entries,
 * counts and durations. Fields that could carry user text are censored as a second line of defence.
 */
export type Logger = PinoLogger;

export function createLogger(level: LevelWithSilent, destination?: DestinationStream): Logger {
  const options: LoggerOptions = {
    level,
    base: { app: 'meldwijzer' },
    redact: { paths: ['text', '*.text', 'question', '*.question', 'activity.text', 'value', '*.value'], censor: '[weggelaten]' },
  };
  return destination ? pino(options, destination) : pino(options);
}
