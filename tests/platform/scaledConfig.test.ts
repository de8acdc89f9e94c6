import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, loadStoreCopyConfig } from '../../bot/config.ts';

/** The scaled mode's two variables: both (scaled), neither (embedded, unchanged), never one alone. */

const DB = 'postgres://meldwijzer:geheim@db.example:5432/meldwijzer';
const REDIS = 'rediss://:geheim@cache.example:6380';

const message = (fn: () => unknown): string => {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as Error).message;
  }
  throw new Error('expected a ConfigError');
};

describe('configuration of the scaled mode', () => {
  it('is embedded when neither is set, scaled with both', () => {
    expect(loadConfig({}).scaled).toBeUndefined();
    const c = loadConfig({ DATABASE_URL: DB, REDIS_URL: REDIS });
    expect(c.scaled).toEqual({ databaseUrl: DB, redisUrl: REDIS });
    expect(Object.isFrozen(c.scaled)).toBe(true);
    expect(loadConfig({ DATABASE_URL: 'postgresql://db/m', REDIS_URL: 'redis://cache:6379' }).scaled).toBeDefined();
    // Empty counts as not set (as for every variable).
    expect(loadConfig({ DATABASE_URL: ' ', REDIS_URL: '' }).scaled).toBeUndefined();
  });

  it.each([
    [{ DATABASE_URL: DB }, 'REDIS_URL'],
    [{ REDIS_URL: REDIS }, 'DATABASE_URL'],
  ])('stops the start when only one is set, naming the missing one in Dutch', (env, missing) => {
    const text = message(() => loadConfig(env));
    expect(text).toContain(`${missing}: ontbreekt`);
    expect(text).toMatch(/allebei nodig/);
    // The one that is set is not echoed: it may hold a password.
    expect(text).not.toContain('geheim');
  });

  it.each([
    ['DATABASE_URL', 'mysql://db/m', 'REDIS_URL', REDIS],
    ['DATABASE_URL', 'db.example:5432', 'REDIS_URL', REDIS],
    ['REDIS_URL', 'http://cache:6379', 'DATABASE_URL', DB],
  ])('names %s when it is no URL of its kind (%s), without echoing it', (name, value, other, otherValue) => {
    const text = message(() => loadConfig({ [name]: value, [other]: otherValue }));
    expect(text).toContain(name);
    expect(text).not.toContain(value);
    expect(text).not.toContain('geheim');
  });

  it('gives migrate:to-postgres DATA_DIR and DATABASE_URL without needing REDIS_URL', () => {
    expect(loadStoreCopyConfig({ DATA_DIR: '/srv/meldwijzer', DATABASE_URL: DB })).toEqual({ dataDir: '/srv/meldwijzer', databaseUrl: DB });
    expect(loadStoreCopyConfig({ DATABASE_URL: DB }).dataDir).toBe('./data');
    expect(message(() => loadStoreCopyConfig({}))).toContain('DATABASE_URL: ontbreekt');
    expect(message(() => loadStoreCopyConfig({ DATABASE_URL: 'mysql://x' }))).toContain('DATABASE_URL');
  });
});
