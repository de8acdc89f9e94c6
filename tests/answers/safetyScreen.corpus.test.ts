import { describe, expect, it } from 'vitest';
import { screenMessage } from '../../bot/answers/safetyScreen.ts';
import {
  FRESH_MUST,
  SEALED_ACUTE_MISSES,
  SEALED_ACUTE_MUST_NOT,
  SEALED_2_ACUTE,
  SEALED_2_ACUTE_MUST_NOT,
  SEALED_3_ACUTE,
  SEALED_3_ACUTE_MUST_NOT,
  FRESH_MUST_NOT,
  HOME_VISIT_DANGER,
  MUST_NOT_TRIGGER,
  MUST_TRIGGER,
  VIOLENCE_HERE_NOW,
  WEAPON_NOW,
  WEAPON_OR_THREAT_NOT_ACUTE,
} from './safetyScreenCases.ts';

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

describe('screenMessage, weapons, violence here and now, a professional in danger on a home visit', () => {
  const must = [
    ...WEAPON_NOW.map(([t, f]) => ['WEAPON_NOW', t, f] as const),
    ...VIOLENCE_HERE_NOW.map(([t, f]) => ['VIOLENCE_HERE_NOW', t, f] as const),
    ...HOME_VISIT_DANGER.map(([t, f]) => ['HOME_VISIT_DANGER', t, f] as const),
    ...FRESH_MUST.map(([t, f]) => ['FRESH_MUST', t, f] as const),
    ...SEALED_ACUTE_MISSES.map(([t, f]) => ['SEALED_ACUTE_MISSES', t, f] as const),
    ...SEALED_2_ACUTE.map(([t, f]) => ['SEALED_2_ACUTE', t, f] as const),
    ...SEALED_3_ACUTE.map(([t, f]) => ['SEALED_3_ACUTE', t, f] as const),
  ];

  it.each(must)('%s: flags "%s"', (_cls, text, flags) => {
    const screen = screenMessage(text);
    for (const flag of flags) expect(screen[flag], flag).toBe(true);
  });

  it.each([
    ...WEAPON_OR_THREAT_NOT_ACUTE.map((t) => ['WEAPON_OR_THREAT_NOT_ACUTE', t] as const),
    ...FRESH_MUST_NOT.map((t) => ['FRESH_MUST_NOT', t] as const),
    ...SEALED_ACUTE_MUST_NOT.map((t) => ['SEALED_ACUTE_MUST_NOT', t] as const),
    ...SEALED_2_ACUTE_MUST_NOT.map((t) => ['SEALED_2_ACUTE_MUST_NOT', t] as const),
    ...SEALED_3_ACUTE_MUST_NOT.map((t) => ['SEALED_3_ACUTE_MUST_NOT', t] as const),
  ])('%s: does not flag "%s"', (_cls, text) => {
    expect(screenMessage(text)).toEqual({ acuteDanger: false, suicide: false, victim: false });
  });

  it('keeps the new classes large', () => {
    expect(must.length).toBeGreaterThanOrEqual(25);
    expect(WEAPON_OR_THREAT_NOT_ACUTE.length).toBeGreaterThanOrEqual(20);
  });
});
