import type { Redis } from 'ioredis';

/**
 * The shared pacing that BullMQ's limiter does not give: sliding windows in Redis, one for the app and one per
 * conversation, checked and taken in one script so two instances can never both take the last place. Times are
 * Redis's own (`TIME`), so the instances' clocks do not have to agree.
 *
 * Why a window next to BullMQ's limiter: BullMQ counts jobs taken in fixed windows, so the end of one window and the
 * start of the next can together put up to twice the limit into one second as Teams counts it; and it counts a
 * job when a worker takes it, not when the request leaves. The window is taken right before the request.
 */

/** What `take` answered: granted, or how long to wait and why. */
export type SlotAnswer =
  | { readonly granted: true }
  | { readonly granted: false; readonly reason: 'paused' | 'conversation' | 'app'; readonly waitMs: number };

const TAKE_SLOT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local windowMs = tonumber(ARGV[3])
if redis.call('GET', KEYS[3]) == ARGV[5] then
  local pttl = redis.call('PTTL', KEYS[3])
  if pttl > 0 then return {1, pttl} end
end
local function waitFor(key, max)
  redis.call('ZREMRANGEBYSCORE', key, '-inf', now - windowMs)
  local n = redis.call('ZCARD', key)
  if n < max then return 0 end
  local edge = redis.call('ZRANGE', key, n - max, n - max, 'WITHSCORES')
  return math.max(1, tonumber(edge[2]) + windowMs - now)
end
local wait = waitFor(KEYS[2], tonumber(ARGV[2]))
if wait > 0 then
  -- A worker's job held back by its conversation gives back the place BullMQ's limiter counted for it.
  if ARGV[6] == '1' then
    local taken = tonumber(redis.call('GET', KEYS[3]) or '0')
    if taken > 0 and redis.call('GET', KEYS[3]) ~= ARGV[5] then redis.call('DECR', KEYS[3]) end
  end
  return {2, wait}
end
wait = waitFor(KEYS[1], tonumber(ARGV[1]))
if wait > 0 then return {3, wait} end
redis.call('ZADD', KEYS[1], now, ARGV[4])
redis.call('PEXPIRE', KEYS[1], windowMs * 2)
redis.call('ZADD', KEYS[2], now, ARGV[4])
redis.call('PEXPIRE', KEYS[2], windowMs * 2)
return {0, 0}
`;

/**
 * Marks a job that no worker has started as failed-before-start (BullMQ's deferred failure: a worker that takes it
 * fails it without running it). Refused (0) when the job is active, locked, finished, or was ever stalled: such a
 * job may have reached Teams, and only a job that certainly did not may be reported as not delivered.
 */
const WITHDRAW = `
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
if redis.call('EXISTS', KEYS[2]) == 1 then return 0 end
if redis.call('HEXISTS', KEYS[1], 'finishedOn') == 1 then return 0 end
if redis.call('HEXISTS', KEYS[1], 'defa') == 1 then return 0 end
if tonumber(redis.call('HGET', KEYS[1], 'stc') or '0') > 0 then return 0 end
if redis.call('LPOS', KEYS[3], ARGV[1]) then return 0 end
redis.call('HSET', KEYS[1], 'defa', ARGV[2])
return 1
`;

/** The value BullMQ writes into its limiter key for a manual rate limit (queue.rateLimit). */
const MANUAL_PAUSE = String(Number.MAX_SAFE_INTEGER);

interface ScriptClient {
  meldwijzerTakeSlot(k1: string, k2: string, k3: string, ...args: Array<string | number>): Promise<[number, number]>;
  meldwijzerWithdraw(k1: string, k2: string, k3: string, ...args: string[]): Promise<number>;
}

export interface RedisWindowsOptions {
  /** Key of the app-wide window. */
  readonly appKey: string;
  /** Key of a conversation's window. */
  readonly conversationKey: (conversationId: string) => string;
  /** BullMQ's limiter key: a manual rate limit there (a 429) holds these windows too. */
  readonly limiterKey: string;
  readonly appLimit: number;
  readonly conversationLimit: number;
  readonly windowMs: number;
}

export class RedisWindows {
  readonly #scripts: ScriptClient;
  readonly #o: RedisWindowsOptions;
  #seq = 0;

  constructor(client: Redis, options: RedisWindowsOptions) {
    client.defineCommand('meldwijzerTakeSlot', { numberOfKeys: 3, lua: TAKE_SLOT });
    client.defineCommand('meldwijzerWithdraw', { numberOfKeys: 3, lua: WITHDRAW });
    this.#scripts = client as unknown as ScriptClient;
    this.#o = options;
  }

  /**
   * Takes a place in both windows for one request to this conversation, or says how long to wait.
   * `fromWorker`: the request is a job BullMQ's limiter has already counted; if its conversation holds it back,
   * the count is given back, so jobs waiting for a busy conversation do not use up the app's rate.
   */
  async take(conversationId: string, tag: string, fromWorker = false): Promise<SlotAnswer> {
    const o = this.#o;
    // The member only has to be unique within a window: the tag (job id) plus a local sequence number.
    const member = `${tag}:${++this.#seq}`;
    const [code, waitMs] = await this.#scripts.meldwijzerTakeSlot(o.appKey, o.conversationKey(conversationId), o.limiterKey, o.appLimit, o.conversationLimit, o.windowMs, member, MANUAL_PAUSE, fromWorker ? '1' : '0');
    if (code === 0) return { granted: true };
    return { granted: false, reason: code === 1 ? 'paused' : code === 2 ? 'conversation' : 'app', waitMs: Math.max(1, waitMs) };
  }

  /** See WITHDRAW: true when the job is now certain never to be sent. */
  async withdraw(jobKey: string, activeKey: string, jobId: string, reason: string): Promise<boolean> {
    return (await this.#scripts.meldwijzerWithdraw(jobKey, `${jobKey}:lock`, activeKey, jobId, reason)) === 1;
  }
}
