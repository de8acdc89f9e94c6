import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../bot/config.ts';

describe('configuration from the environment', () => {
  it('runs in local mode with defaults when nothing is set', () => {
    const c = loadConfig({});
    expect(c.localMode).toBe(true);
    expect(c.port).toBe(3978);
    expect(c.dataDir).toBe('./data');
    expect(c.timezone).toBe('Europe/Amsterdam');
    expect(Object.isFrozen(c.broadcast)).toBe(true);
  });

  it('refuses to start in production without credentials, naming the missing variables', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    try {
      loadConfig({ NODE_ENV: 'production' });
    } catch (e) {
      expect((e as Error).message).toMatch(/MicrosoftAppId/);
      expect((e as Error).message).toMatch(/MicrosoftAppPassword/);
    }
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['MicrosoftAppId', 'not-a-guid'],
    ['MicrosoftAppType', 'Whatever'],
    ['BROADCAST_APPROVAL', 'misschien'],
    ['BROADCAST_RATE_PER_SECOND', '-3'],
    ['RETENTION_FEEDBACK_DAYS', '1.5'],
    ['LOG_LEVEL', 'loud'],
    ['PUBLIC_BASE_URL', 'ftp//x'],
  ])('names %s when its value (%s) is wrong', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(name));
  });

  it('needs a password when an app id is set, and a tenant for SingleTenant', () => {
    const id = '0d7e3f1a-5b2c-4d6e-8f90-123456789abc';
    expect(() => loadConfig({ MicrosoftAppId: id })).toThrow(/MicrosoftAppPassword/);
    expect(() => loadConfig({ MicrosoftAppId: id, MicrosoftAppPassword: 'x', MicrosoftAppType: 'SingleTenant' })).toThrow(/MicrosoftAppTenantId/);
    const c = loadConfig({ MicrosoftAppId: id, MicrosoftAppPassword: 'x', PROJECT_LEADERS: ' a , b,,', BROADCAST_APPROVAL: 'true' });
    expect(c.localMode).toBe(false);
    expect(c.projectLeaders).toEqual(['a', 'b']);
    expect(c.broadcast.approvalRequired).toBe(true);
  });
});
