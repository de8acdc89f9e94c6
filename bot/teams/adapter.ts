import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
  type TurnContext,
} from 'botbuilder';
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';

/** The CloudAdapter with Bot Framework authentication; with no app id, auth is off (local mode). */
export function createAdapter(config: Config, log: Logger): CloudAdapter {
  const credentials = new ConfigurationServiceClientCredentialFactory({
    MicrosoftAppId: config.bot.appId ?? '',
    MicrosoftAppPassword: config.bot.appPassword ?? '',
    MicrosoftAppType: config.bot.appType,
    MicrosoftAppTenantId: config.bot.tenantId ?? '',
  });
  const auth = new ConfigurationBotFrameworkAuthentication(
    { MicrosoftAppId: config.bot.appId ?? '', MicrosoftAppTenantId: config.bot.tenantId ?? '' },
    credentials,
  );
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = async (ctx: TurnContext, error: unknown) => {
    log.error({ event: 'turn-error', err: describeError(error), activityType: ctx.activity.type }, 'unhandled error in a turn');
    try {
      if (ctx.activity.type === 'message') {
        await ctx.sendActivity('Sorry, er ging iets mis aan mijn kant. Probeer het straks opnieuw. Bij direct gevaar: bel 112. Advies: Veilig Thuis 0800-2000.');
      }
    } catch (sendError) {
      log.error({ event: 'turn-error-reply-failed', err: describeError(sendError) }, 'could not send the apology');
    }
  };
  return adapter;
}

/** Error details without request bodies (which may hold message text). */
export function describeError(error: unknown): { name: string; message: string; status?: number } {
  if (error instanceof Error) {
    const status = (error as { statusCode?: unknown }).statusCode;
    return { name: error.name, message: error.message.slice(0, 300), ...(typeof status === 'number' ? { status } : {}) };
  }
  return { name: 'unknown', message: String(error).slice(0, 300) };
}
