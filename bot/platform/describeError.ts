import { detectPersonalData } from '../answers/personalData.ts';

/** What a log line may say about an error: no stack, no request body, no file paths, no personal data. */
export interface ErrorDescription {
  name: string;
  message: string;
  /** A system error code (ENOENT, ECONNREFUSED, ...) or a DeliveryError's code. */
  code?: string;
  /** An HTTP status, from a connector or an HTTP error. */
  status?: number;
}

const MAX_MESSAGE = 300;

/**
 * The one way an error goes into a log line. The message is cut to 300 characters; file paths keep only their
 * last part (a data directory may name a person's home folder, and the file name is what helps); anything that
 * looks like personal data (BSN, phone, e-mail, address, date of birth) is replaced.
 */
export function describeError(error: unknown): ErrorDescription {
  if (!(error instanceof Error)) return { name: 'unknown', message: scrub(String(error)) };
  const e = error as Error & { code?: unknown; status?: unknown; statusCode?: unknown };
  const status = typeof e.statusCode === 'number' ? e.statusCode : typeof e.status === 'number' ? e.status : undefined;
  return {
    name: error.name,
    message: scrub(error.message),
    ...(typeof e.code === 'string' ? { code: e.code } : {}),
    ...(status !== undefined ? { status } : {}),
  };
}

// An absolute POSIX path (two segments or more) or a Windows path; a URL's path is left alone (preceded by a host).
const PATH = /(?<![\w.:/-])(?:[A-Za-z]:\\|\/)(?:[^\s'"`,;:()<>[\]{}\\/]+[\\/])+([^\s'"`,;:()<>[\]{}\\/]*)/g;

function scrub(message: string): string {
  const short = message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE)}…` : message;
  return detectPersonalData(short.replace(PATH, (_whole, last: string) => `…/${last}`)).redacted;
}
