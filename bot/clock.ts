// Moved to bot/platform/clock.ts; kept so feature code can move over one module at a time.
export { systemClock, type Clock } from './platform/clock.ts';
