import { IANAZone } from 'luxon';
import { z } from 'zod';
import { StartupError } from './platform/startupError.ts';

/**
 * The only module that reads the environment. Everything is parsed once, here, and handed on as a frozen,
 * typed object; a bad value stops the start with a message that names the variable.
 */

const csv = z
  .string()
  .optional()
  .transform((v) =>
    (v ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s.length > 0),
  );

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Comma-separated Azure AD object ids or tenant ids: a typo would silently leave out a leader or a tenant. */
const guidCsv = (what: string) =>
  csv.superRefine((ids, ctx) => {
    const bad = ids.filter((id) => !guid.test(id));
    if (bad.length > 0) ctx.addIssue({ code: 'custom', message: `moet een lijst van ${what} zijn (GUID's, met komma's ertussen); geen GUID: "${bad.join('", "')}"` });
  })
  // Teams sends these ids in lower case; the portal may show them in upper case.
  .transform((ids) => ids.map((id) => id.toLowerCase()));

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''], { error: 'moet true of false zijn' })
  .optional()
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const positiveInt = (fallback: number, max = Number.MAX_SAFE_INTEGER) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v.trim() === '') return fallback;
      const n = Number(v);
      if (!Number.isInteger(n) || n <= 0 || n > max) {
        ctx.addIssue({ code: 'custom', message: `moet een positief geheel getal zijn${max < Number.MAX_SAFE_INTEGER ? ` van hooguit ${max}` : ''}, niet "${v}"` });
        return z.NEVER;
      }
      return n;
    });

const positiveNumber = <F extends number | undefined>(fallback: F, max = Number.MAX_VALUE) =>
  z
    .string()
    .optional()
    .transform((v, ctx): number | F => {
      if (v === undefined || v.trim() === '') return fallback;
      const n = Number(v);
      if (!Number.isFinite(n) || n <= 0 || n > max) {
        ctx.addIssue({ code: 'custom', message: `moet een positief getal zijn${max < Number.MAX_VALUE ? ` van hooguit ${max}` : ''}, niet "${v}"` });
        return z.NEVER;
      }
      return n;
    });

const optionalText = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

/** Teams allows about 50 requests per second per app and tenant; the bot's one budget may not go above it. */
export const MAX_TEAMS_RATE = 50;
/** The pre-2027 split of that budget, still read (with a deprecation line in the log) when TEAMS_RATE_PER_SECOND is unset. */
const LEGACY_RATE_DEFAULTS = { BROADCAST_RATE_PER_SECOND: 20, REMINDER_RATE_PER_SECOND: 25 } as const;

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test'], { error: 'moet development, production of test zijn' }).optional().default('development'),
  PORT: z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === '') return 3978;
      const n = Number(v);
      if (!Number.isInteger(n) || n < 0 || n > 65535) {
        ctx.addIssue({ code: 'custom', message: `moet een poortnummer zijn (0-65535), niet "${v}"` });
        return z.NEVER;
      }
      return n;
    }),
  HOST: optionalText,
  DATA_DIR: optionalText.transform((v) => v ?? './data'),
  KNOWLEDGE_DIR: optionalText.transform((v) => v ?? './knowledge'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { error: 'moet fatal, error, warn, info, debug, trace of silent zijn' }).optional().default('info'),
  MicrosoftAppId: optionalText.refine((v) => v === undefined || guid.test(v), 'moet een GUID zijn (de app-id van de bot)'),
  MicrosoftAppPassword: optionalText,
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI'], { error: 'moet MultiTenant, SingleTenant of UserAssignedMSI zijn' }).optional().default('MultiTenant'),
  MicrosoftAppTenantId: optionalText.refine((v) => v === undefined || guid.test(v), 'moet een GUID zijn (de tenant-id)'),
  PROJECT_LEADERS: guidCsv('Azure AD object ids'),
  ALLOWED_TENANTS: guidCsv('tenant-ids'),
  BROADCAST_APPROVAL: bool,
  TEAMS_RATE_PER_SECOND: positiveNumber(undefined, MAX_TEAMS_RATE),
  BROADCAST_RATE_PER_SECOND: positiveNumber(undefined),
  REMINDER_RATE_PER_SECOND: positiveNumber(undefined),
  // One timeout on every connector call: proactive sends (reminders, notices, updates, card refreshes) and replies.
  // A reply must be done before Teams gives up on the turn (15 s).
  SEND_TIMEOUT_MS: positiveInt(15_000, 120_000),
  REPLY_TIMEOUT_MS: positiveInt(10_000, 14_000),
  BROADCAST_CONVERSATION_RATE_PER_SECOND: positiveNumber(1),
  BROADCAST_MAX_ATTEMPTS: positiveInt(6),
  // The welcome card and the privacy note promise "hooguit 90 dagen" (issue: at most 90 days).
  RETENTION_UNANSWERED_DAYS: positiveInt(90, 90),
  RETENTION_FEEDBACK_DAYS: positiveInt(365),
  RETENTION_AUDIT_DAYS: positiveInt(730),
  RETENTION_RSVP_DAYS_AFTER_MEETING: positiveInt(30),
  // Questions to experts; the form promises "tot 90 dagen na afloop", so at most 90.
  RETENTION_TICKET_DAYS: positiveInt(90, 90),
  PUBLIC_BASE_URL: optionalText.refine((v) => v === undefined || /^https?:\/\/[^\s]+$/.test(v), 'moet een URL zijn'),
  // The scaled mode (more than one instance): both, or neither.
  DATABASE_URL: optionalText.refine((v) => v === undefined || /^postgres(?:ql)?:\/\/\S+$/.test(v), 'moet een PostgreSQL-URL zijn (postgres://gebruiker:wachtwoord@host:5432/database)'),
  REDIS_URL: optionalText.refine((v) => v === undefined || /^rediss?:\/\/\S+$/.test(v), 'moet een Redis-URL zijn (redis://host:6379 of rediss://...)'),
  TIMEZONE: optionalText
    .transform((v) => v ?? 'Europe/Amsterdam')
    .refine((v) => IANAZone.isValidZone(v), 'moet een IANA-tijdzone zijn, zoals Europe/Amsterdam'),
});

export interface Config {
  readonly env: 'development' | 'production' | 'test';
  /** More than one instance: the stores in PostgreSQL, sending on BullMQ (Redis). undefined: embedded (DATA_DIR). */
  readonly scaled: { readonly databaseUrl: string; readonly redisUrl: string } | undefined;
  readonly port: number;
  readonly host: string | undefined;
  readonly dataDir: string;
  readonly knowledgeDir: string;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** No MicrosoftAppId: the bot accepts unauthenticated activities (Emulator, Agents Playground, tests). */
  readonly localMode: boolean;
  readonly bot: {
    readonly appId: string | undefined;
    readonly appPassword: string | undefined;
    readonly appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
    readonly tenantId: string | undefined;
  };
  readonly projectLeaders: readonly string[];
  readonly allowedTenants: readonly string[];
  /**
   * Everything the bot sends to Teams (replies, reminders, notices, updates, card refreshes) shares one budget:
   * requests per second for the whole app, never above Teams' ~50.
   */
  readonly delivery: {
    readonly ratePerSecond: number;
    /** Longest wait for the connector's answer to a proactive send or update; then it counts as maybe delivered. */
    readonly sendTimeoutMs: number;
    /** Longest wait for one reply in a turn (Teams gives up on a turn after 15 s). */
    readonly replyTimeoutMs: number;
  };
  readonly broadcast: {
    readonly approvalRequired: boolean;
    readonly conversationRatePerSecond: number;
    readonly maxAttempts: number;
  };
  readonly retention: {
    readonly unansweredDays: number;
    readonly feedbackDays: number;
    readonly auditDays: number;
    readonly rsvpDaysAfterMeeting: number;
    /** Questions to experts, after they were answered or closed. */
    readonly ticketDays: number;
  };
  readonly publicBaseUrl: string | undefined;
  readonly timezone: string;
  /** Settings that still work but have a successor: main.ts logs one line per name (names only, no values). */
  readonly deprecated: readonly { readonly name: string; readonly replacedBy: string; readonly note: string }[];
}

export class ConfigError extends StartupError {
  constructor(readonly problems: readonly string[]) {
    super(`Meldwijzer kan niet starten, de configuratie klopt niet:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  const problems: string[] = [];
  const localMode = e.MicrosoftAppId === undefined;
  if (localMode && e.NODE_ENV === 'production') {
    problems.push('MicrosoftAppId: ontbreekt; in productie zijn MicrosoftAppId en MicrosoftAppPassword verplicht');
    if (e.MicrosoftAppPassword === undefined) problems.push('MicrosoftAppPassword: ontbreekt');
  }
  if (!localMode && e.MicrosoftAppType !== 'UserAssignedMSI' && e.MicrosoftAppPassword === undefined) {
    problems.push('MicrosoftAppPassword: ontbreekt terwijl MicrosoftAppId is gezet');
  }
  if (!localMode && e.MicrosoftAppType === 'SingleTenant' && e.MicrosoftAppTenantId === undefined) {
    problems.push('MicrosoftAppTenantId: verplicht bij MicrosoftAppType=SingleTenant');
  }
  // The old pair split the budget statically; they still work, as the total they allowed together.
  const deprecated: Array<{ name: string; replacedBy: string; note: string }> = [];
  const legacySet = (['BROADCAST_RATE_PER_SECOND', 'REMINDER_RATE_PER_SECOND'] as const).filter((name) => e[name] !== undefined);
  let ratePerSecond: number = MAX_TEAMS_RATE;
  if (e.TEAMS_RATE_PER_SECOND !== undefined) {
    ratePerSecond = e.TEAMS_RATE_PER_SECOND;
    for (const name of legacySet) deprecated.push({ name, replacedBy: 'TEAMS_RATE_PER_SECOND', note: 'ignored: TEAMS_RATE_PER_SECOND is set' });
  } else if (legacySet.length > 0) {
    const broadcastRate = e.BROADCAST_RATE_PER_SECOND ?? LEGACY_RATE_DEFAULTS.BROADCAST_RATE_PER_SECOND;
    const reminderRate = e.REMINDER_RATE_PER_SECOND ?? LEGACY_RATE_DEFAULTS.REMINDER_RATE_PER_SECOND;
    if (broadcastRate + reminderRate > MAX_TEAMS_RATE) {
      problems.push(
        `BROADCAST_RATE_PER_SECOND + REMINDER_RATE_PER_SECOND: samen hooguit ${MAX_TEAMS_RATE} per seconde (Teams staat ongeveer 50 toe), niet ${broadcastRate} + ${reminderRate}. Gebruik liever TEAMS_RATE_PER_SECOND.`,
      );
    }
    ratePerSecond = broadcastRate + reminderRate;
    for (const name of legacySet) deprecated.push({ name, replacedBy: 'TEAMS_RATE_PER_SECOND', note: 'read as part of one shared budget (the sum of both)' });
  }
  if ((e.DATABASE_URL === undefined) !== (e.REDIS_URL === undefined)) {
    const missing = e.DATABASE_URL === undefined ? 'DATABASE_URL' : 'REDIS_URL';
    problems.push(`${missing}: ontbreekt. Voor meer dan één instantie zijn DATABASE_URL (PostgreSQL) en REDIS_URL (Redis) allebei nodig; zet ze allebei, of geen van beide (dan werkt Meldwijzer met de bestanden in DATA_DIR).`);
  }
  if (problems.length > 0) throw new ConfigError(problems);

  const config: Config = {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    dataDir: e.DATA_DIR,
    knowledgeDir: e.KNOWLEDGE_DIR,
    logLevel: e.LOG_LEVEL,
    localMode,
    bot: { appId: e.MicrosoftAppId, appPassword: e.MicrosoftAppPassword, appType: e.MicrosoftAppType, tenantId: e.MicrosoftAppTenantId },
    projectLeaders: e.PROJECT_LEADERS,
    allowedTenants: e.ALLOWED_TENANTS,
    delivery: { ratePerSecond, sendTimeoutMs: e.SEND_TIMEOUT_MS, replyTimeoutMs: e.REPLY_TIMEOUT_MS },
    broadcast: {
      approvalRequired: e.BROADCAST_APPROVAL,
      conversationRatePerSecond: e.BROADCAST_CONVERSATION_RATE_PER_SECOND,
      maxAttempts: e.BROADCAST_MAX_ATTEMPTS,
    },
    retention: {
      unansweredDays: e.RETENTION_UNANSWERED_DAYS,
      feedbackDays: e.RETENTION_FEEDBACK_DAYS,
      auditDays: e.RETENTION_AUDIT_DAYS,
      rsvpDaysAfterMeeting: e.RETENTION_RSVP_DAYS_AFTER_MEETING,
      ticketDays: e.RETENTION_TICKET_DAYS,
    },
    publicBaseUrl: e.PUBLIC_BASE_URL,
    timezone: e.TIMEZONE,
    scaled: e.DATABASE_URL !== undefined && e.REDIS_URL !== undefined ? { databaseUrl: e.DATABASE_URL, redisUrl: e.REDIS_URL } : undefined,
    deprecated,
  };
  return deepFreeze(config);
}

/** What `npm run migrate:to-postgres` needs: the DATA_DIR to read and the PostgreSQL to write (REDIS_URL is not needed for it). */
export interface StoreCopyConfig {
  readonly dataDir: string;
  readonly databaseUrl: string;
}

export function loadStoreCopyConfig(env: Record<string, string | undefined> = process.env): StoreCopyConfig {
  const parsed = envSchema.pick({ DATA_DIR: true, DATABASE_URL: true }).safeParse(env);
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  const { DATA_DIR: dataDir, DATABASE_URL: databaseUrl } = parsed.data;
  if (databaseUrl === undefined) throw new ConfigError(['DATABASE_URL: ontbreekt; zet hem op de PostgreSQL-database waar de gegevens heen moeten (postgres://gebruiker:wachtwoord@host:5432/database)']);
  return Object.freeze({ dataDir, databaseUrl });
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
