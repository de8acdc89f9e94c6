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
    const c = loadConfig({ MicrosoftAppId: id, MicrosoftAppPassword: 'x', PROJECT_LEADERS: ' 22222222-2222-4222-8222-222222222222 , 0D7E3F1A-5B2C-4D6E-8F90-123456789ABC,,', BROADCAST_APPROVAL: 'true' });
    expect(c.localMode).toBe(false);
    expect(c.projectLeaders).toEqual(['22222222-2222-4222-8222-222222222222', '0d7e3f1a-5b2c-4d6e-8f90-123456789abc']);
    expect(c.broadcast.approvalRequired).toBe(true);
  });
});

describe('values that would fail silently are refused at the start', () => {
  it.each([
    ['PROJECT_LEADERS', 'jan@regio.nl'],
    ['PROJECT_LEADERS', '22222222-2222-4222-8222-222222222222,22222222-2222-4222-8222'],
    ['ALLOWED_TENANTS', 'contoso.onmicrosoft.com'],
    ['TIMEZONE', 'Mars/Olympus'],
    ['RETENTION_UNANSWERED_DAYS', '365'],
    ['LOG_LEVEL', 'verbose'],
    ['MicrosoftAppType', 'multitenant'],
    ['BROADCAST_APPROVAL', 'ja'],
  ])('%s=%s: the start stops with a Dutch message naming the variable', (name, value) => {
    let error: unknown;
    try {
      loadConfig({ [name]: value });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain(name);
    expect(message).toMatch(/moet /);
    expect(message).not.toMatch(/Invalid|expected/);
  });

  it('accepts ids in upper case and keeps them in lower case, as Teams sends them', () => {
    const c = loadConfig({ PROJECT_LEADERS: '0D7E3F1A-5B2C-4D6E-8F90-123456789ABC', ALLOWED_TENANTS: '72F988BF-0000-4000-8000-00000000C0DE', TIMEZONE: 'Europe/Brussels' });
    expect(c.projectLeaders).toEqual(['0d7e3f1a-5b2c-4d6e-8f90-123456789abc']);
    expect(c.allowedTenants).toEqual(['72f988bf-0000-4000-8000-00000000c0de']);
  });
});

describe('the Teams budget', () => {
  it('is one setting, 50 requests per second by default, never above 50', () => {
    expect(loadConfig({}).delivery.ratePerSecond).toBe(50);
    expect(loadConfig({}).deprecated).toEqual([]);
    expect(loadConfig({ TEAMS_RATE_PER_SECOND: '30' }).delivery.ratePerSecond).toBe(30);
    expect(() => loadConfig({ TEAMS_RATE_PER_SECOND: '51' })).toThrow(/TEAMS_RATE_PER_SECOND: moet een positief getal zijn van hooguit 50/);
    expect(() => loadConfig({ TEAMS_RATE_PER_SECOND: '0' })).toThrow(/TEAMS_RATE_PER_SECOND/);
  });

  it('still reads the old pair (as their sum, at most 50) and names them as deprecated', () => {
    const old = loadConfig({ BROADCAST_RATE_PER_SECOND: '45', REMINDER_RATE_PER_SECOND: '5' });
    expect(old.delivery.ratePerSecond).toBe(50);
    expect(old.deprecated.map((d) => d.name)).toEqual(['BROADCAST_RATE_PER_SECOND', 'REMINDER_RATE_PER_SECOND']);
    expect(loadConfig({ BROADCAST_RATE_PER_SECOND: '10' }).delivery.ratePerSecond).toBe(35);
    expect(() => loadConfig({ BROADCAST_RATE_PER_SECOND: '30' })).toThrow(/BROADCAST_RATE_PER_SECOND \+ REMINDER_RATE_PER_SECOND: samen hooguit 50/);
    expect(() => loadConfig({ REMINDER_RATE_PER_SECOND: '0' })).toThrow(/REMINDER_RATE_PER_SECOND/);
    // The new setting wins; the old names are then only reported.
    const both = loadConfig({ TEAMS_RATE_PER_SECOND: '40', BROADCAST_RATE_PER_SECOND: '45' });
    expect(both.delivery.ratePerSecond).toBe(40);
    expect(both.deprecated).toEqual([{ name: 'BROADCAST_RATE_PER_SECOND', replacedBy: 'TEAMS_RATE_PER_SECOND', note: 'ignored: TEAMS_RATE_PER_SECOND is set' }]);
  });
});
