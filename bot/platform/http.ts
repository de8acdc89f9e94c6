/**
 * The HTTP shapes the app's code sees. Only bot/server.ts knows the HTTP framework (restify); features hand it
 * routes in these terms, and the Teams edge gets its request and response through `ProcessActivity`.
 */

/** An incoming activity's request: what the Bot Framework adapter reads (body, headers for the token, method). */
export interface ActivityRequest {
  body?: Record<string, unknown>;
  headers: Record<string, string | string[] | undefined>;
  method?: string | undefined;
}

/** The response the Bot Framework adapter answers on. */
export interface ActivityResponse {
  socket: unknown;
  end(...args: unknown[]): unknown;
  header(name: string, value: unknown): unknown;
  send(...args: unknown[]): unknown;
  status(code: number): unknown;
}

/** Runs one POST /api/messages (authentication, the turn, the HTTP answer). */
export type ProcessActivity = (req: ActivityRequest, res: ActivityResponse) => Promise<void>;

export interface RouteRequest {
  /** The path's named parts (`/agenda/:meetingId/:file` gives meetingId and file); always strings. */
  readonly params: Readonly<Record<string, string>>;
}

export interface RouteResponse {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  /** A string is sent as it is (set a Content-Type); an object as JSON. */
  readonly body: string | Readonly<Record<string, unknown>>;
}

/** An extra GET route a feature serves (the .ics download). */
export interface Route {
  readonly method: 'get';
  readonly path: string;
  handle(req: RouteRequest): RouteResponse | Promise<RouteResponse>;
}
