import { describe, expect, it } from 'vitest';
import { screenMessage } from '../../bot/answers/safetyScreen.ts';
import { MUST_NOT_TRIGGER, MUST_TRIGGER } from './safetyScreenCases.ts';

describe('screenMessage, large corpus', () => {
  it.each(MUST_TRIGGER.map(([text, flags]) => [text, flags.join('+'), flags] as const))(
    'flags "%s" as %s',
    (text, _label, flags) => {
      const screen = screenMessage(text);
      for (const flag of flags) expect(screen[flag], flag).toBe(true);
    },
  );

  it.each(MUST_NOT_TRIGGER.map((t) => [t]))('does not flag "%s"', (text) => {
    expect(screenMessage(text)).toEqual({ acuteDanger: false, suicide: false, victim: false });
  });

  it('keeps the tables large', () => {
    expect(MUST_TRIGGER.length).toBeGreaterThanOrEqual(80);
    expect(MUST_NOT_TRIGGER.length).toBeGreaterThanOrEqual(60);
  });
});
