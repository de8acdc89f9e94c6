import {
  ActivityTypes,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
  type Request,
  type TurnContext,
} from 'botbuilder';
// botbuilder's own dependency (same pinned version); CloudAdapter answers 401 only for this class.
import { AuthenticationError, type ConnectorClient, type UserTokenClient } from 'botframework-connector';
import type { Config } from '../config.ts';
import type { Logger } from '../platform/log.ts';
import { describeError } from '../platform/describeError.ts';
import { isTimeout } from '../platform/delivery/timeout.ts';
import type { ProcessActivity } from '../platform/http.ts';

export const APOLOGY = 'Sorry, er ging iets mis aan mijn kant. Probeer het straks opnieuw. Bij direct gevaar: bel 112. Advies: Veilig Thuis 0800-2000.';

export interface AdapterOptions {
  /**
   * Longest wait for authentication, which may fetch the signing keys: botbuilder's fetch has no timeout, and a
   * key server that accepts but never answers would hold every request open. Default 10 s (the Bot Framework
   * gives up on a bot after 15 s).
   */
  authTimeoutMs?: number;
}

/** The CloudAdapter with Bot Framework authentication; with no app id, auth is off (local mode). */
export function createAdapter(config: Config, log: Logger, options: AdapterOptions = {}): CloudAdapter {
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
  failClosed(auth, log, options.authTimeoutMs ?? 10_000);
  reuseClients(auth);
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = async (ctx: TurnContext, error: unknown) => {
    const a = ctx.activity;
    log.error({ event: 'turn-error', err: describeError(error), activityType: a.type, invoke: a.type === ActivityTypes.Invoke ? a.name : undefined }, 'unhandled error in a turn');
    try {
      // A reply the connector did not answer in time: an apology would wait on the same connector, past Teams' limit.
      if (isTimeout(error)) return;
      if (a.type === ActivityTypes.Message) {
        await ctx.sendActivity(APOLOGY);
      } else if (a.type === ActivityTypes.Invoke && a.name === 'adaptiveCard/action') {
        // The user clicked a button: the apology replaces nothing, it shows as a message under the card.
        await ctx.sendActivity({
          type: ActivityTypes.InvokeResponse,
          value: { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: APOLOGY } },
        });
      } else if (a.type === ActivityTypes.Invoke) {
        await ctx.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 500 } });
      }
    } catch (sendError) {
      log.error({ event: 'turn-error-reply-failed', err: describeError(sendError) }, 'could not send the apology');
    }
  };
  return adapter;
}

interface PipelineLike {
  removePolicy(options: { name: string }): unknown;
  addPolicy(policy: { name: string; sendRequest(request: { timeout: number }, next: (request: { timeout: number }) => Promise<unknown>): Promise<unknown> }): void;
  getOrderedPolicies(): Array<{ name: string }>;
}

const TIMEOUT_POLICY = 'meldwijzerConnectorTimeout';

/**
 * The connector client of a turn (a reply, or a proactive turn) as every connector call needs it:
 * - without the SDK's own retries (@azure/core-rest-pipeline's defaultRetryPolicy retries 408/5xx and a 429/503
 *   with Retry-After up to 3 times): each response is seen and counted once, and retried only by our policy;
 * - with a timeout on each request, which aborts a connection that never answers (the caller's own wait is bounded
 *   by withTimeout; this frees the socket).
 * The CloudAdapter makes a new ConnectorClient per turn and keeps it in the turn state.
 */
export function limitConnector(ctx: TurnContext, timeoutMs: number): void {
  const client = ctx.turnState.get(ctx.adapter.ConnectorClientKey) as { client?: { pipeline?: PipelineLike } } | undefined;
  const pipeline = client?.client?.pipeline;
  if (!pipeline) return;
  pipeline.removePolicy({ name: 'defaultRetryPolicy' });
  if (pipeline.getOrderedPolicies().some((p) => p.name === TIMEOUT_POLICY)) return;
  pipeline.addPolicy({
    name: TIMEOUT_POLICY,
    sendRequest(request, next) {
      request.timeout = timeoutMs;
      return next(request);
    },
  });
}

/** Most clients kept for reuse; a serviceUrl comes from the activity, so the count must be bounded. */
const MAX_CACHED_CLIENTS = 32;

/** A small least-recently-used map: the oldest entry goes when it is full. */
function boundedCache<T>(max: number): { get(key: string, make: () => Promise<T>): Promise<T> } {
  const entries = new Map<string, Promise<T>>();
  return {
    get(key, make) {
      const hit = entries.get(key);
      if (hit !== undefined) {
        entries.delete(key);
        entries.set(key, hit);
        return hit;
      }
      const made = make();
      entries.set(key, made);
      // A failed creation is not kept: the next turn tries again.
      made.catch(() => {
        if (entries.get(key) === made) entries.delete(key);
      });
      if (entries.size > max) entries.delete(entries.keys().next().value as string);
      return made;
    },
  };
}

/**
 * CloudAdapter builds a new ConnectorClient (an Azure service client with its own request pipeline) and a new
 * UserTokenClient for every incoming activity; building them cost more CPU than the rest of a command's turn
 * (bench/load.ts profile). They hold no per-turn state (the credentials cache their token), so incoming turns
 * share one per service URL, audience and app id. A failed creation is not kept. Proactive sends are untouched.
 */
/** The app a token was issued to or for (empty in local mode, where there is no token). */
function appIdOf(identity: { getClaimValue(type: string): string | null }): string {
  return identity.getClaimValue('appid') ?? identity.getClaimValue('azp') ?? identity.getClaimValue('aud') ?? '';
}

function reuseClients(auth: ConfigurationBotFrameworkAuthentication): void {
  const connectors = boundedCache<ConnectorClient>(MAX_CACHED_CLIENTS);
  const tokenClients = boundedCache<UserTokenClient>(MAX_CACHED_CLIENTS);
  const authenticate = auth.authenticateRequest.bind(auth);
  auth.authenticateRequest = async (activity, authHeader) => {
    const result = await authenticate(activity, authHeader);
    const factory = result.connectorFactory;
    if (factory === undefined) return result;
    const appId = appIdOf(result.claimsIdentity);
    const create = factory.create.bind(factory);
    const shared = Object.create(factory) as typeof factory;
    shared.create = (serviceUrl: string, audience?: string) => {
      const key = `${appId}\u0000${serviceUrl}\u0000${audience ?? ''}`;
      return connectors.get(key, () => create(serviceUrl, audience));
    };
    return { ...result, connectorFactory: shared };
  };
  const createUserTokenClient = auth.createUserTokenClient.bind(auth);
  auth.createUserTokenClient = (identity) => {
    return tokenClients.get(appIdOf(identity), () => createUserTokenClient(identity));
  };
}

/** POST /api/messages for the server: authentication, the bot's turn and the HTTP answer, all by the adapter. */
export function activityProcessor(adapter: CloudAdapter, bot: { run(ctx: TurnContext): Promise<void> }): ProcessActivity {
  // botbuilder types `method` as a string when present; an HTTP server always sets it.
  return (req, res) => adapter.process(req as Request, res, (ctx) => bot.run(ctx));
}

/**
 * botbuilder's token check lets some failures through as plain errors, which CloudAdapter.process answers with
 * a 500 (botframework-connector/lib/auth/jwtTokenExtractor.js rethrows jsonwebtoken's JsonWebTokenError and
 * NotBeforeError: bad signature, `alg: none`, HS256, not yet valid; openIdMetadata.js lets node-fetch's network
 * errors through). Here every failure becomes an AuthenticationError with 401: a request that could not be
 * authenticated, for whatever reason, is refused, never processed and never a 500. Unreachable signing keys
 * (or not answering in time) are refused the same way (401, not 503): the caller cannot tell our outage from a bad token, and a refusal
 * that looks like one keeps the rule simple. The log says which it was.
 */
function failClosed(auth: ConfigurationBotFrameworkAuthentication, log: Logger, timeoutMs: number): void {
  const authenticate = auth.authenticateRequest.bind(auth);
  auth.authenticateRequest = async (activity, authHeader) => {
    let timer: NodeJS.Timeout | undefined;
    try {
      return await Promise.race([
        authenticate(activity, authHeader),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(Object.assign(new Error(`no answer within ${timeoutMs} ms`), { name: 'AuthTimeout' })), timeoutMs);
        }),
      ]);
    } catch (err) {
      const e = err as { name?: unknown; message?: unknown; statusCode?: unknown };
      const tokenError = ['JsonWebTokenError', 'NotBeforeError', 'TokenExpiredError'].includes(String(e.name));
      // Failed key loads are AuthenticationErrors with status 500, or network errors from node-fetch.
      const keysUnavailable = err instanceof AuthenticationError ? e.statusCode !== 401 : !tokenError;
      log.warn(
        {
          event: keysUnavailable ? 'auth-keys-unavailable' : 'auth-refused',
          err: describeError(err),
        },
        keysUnavailable ? 'request refused: the Bot Framework signing keys could not be loaded' : 'request refused: token not valid',
      );
      if (err instanceof AuthenticationError && e.statusCode === 401) throw err;
      throw new AuthenticationError('Unauthorized. The request could not be authenticated.', 401);
    } finally {
      clearTimeout(timer);
    }
  };
}
