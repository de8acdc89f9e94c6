import { DateTime } from 'luxon';
import { z } from 'zod';

/**
 * What every form (meetings, updates, groups, the expert question) reads from a card the same way: Teams posts
 * every input as a string, or leaves it out. One reading of text, web addresses, dates and times, so a time that
 * one form accepts is accepted by every form, and a problem is reported per field in Dutch.
 */

/** Problems per field, in Dutch, shown next to the fields when the form comes back. */
export type FieldErrors<F extends string> = Partial<Record<F, string>>;

/** Longest web address any form accepts. */
export const MAX_URL_LENGTH = 2000;

/** An optional card input as trimmed text with Unix line ends ("" when left empty). */
export const formText = z
  .string()
  .optional()
  .transform((v) => (v ?? '').replace(/\r\n?/g, '\n').trim());

/** Control characters (other than tab and line end) have no place in a typed field. */
export const hasControlChars = (v: string): boolean => /[\u0000-\u0008\u000b-\u001f\u007f]/.test(v);

/**
 * A web address everyone can open safely: https only (an http link would send readers to an unencrypted page;
 * `javascript:` and `data:` are never links), a host with a dot, no spaces, not too long.
 */
export function isHttpsUrl(value: string): boolean {
  if (value.length > MAX_URL_LENGTH || /\s/.test(value)) return false;
  try {
    const u = new URL(value);
    return u.protocol === 'https:' && u.hostname.includes('.');
  } catch {
    return false;
  }
}

/** "2027-03-28" (Input.Date), or typed "28-03-2027" / "28-3-2027" / "28/3/2027". */
export function normalizeDate(value: string): string | undefined {
  const v = value.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(v);
  let y: number, mo: number, d: number;
  if (m) [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(v))) [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else return undefined;
  const dt = DateTime.fromObject({ year: y, month: mo, day: d }, { zone: 'utc' });
  return dt.isValid ? (dt.toISODate() ?? undefined) : undefined;
}

/** "14:00" (Input.Time, also with seconds), or typed "14.00" / "9:30". */
export function normalizeTime(value: string): string | undefined {
  const m = /^(\d{1,2})[:.](\d{2})(?::\d{2})?$/.exec(value.trim());
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h > 23 || min > 59) return undefined;
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}

/** A local date and time as stored: "2027-03-28T14:00", read in the meeting's or region's time zone. */
export type LocalDateTime = string;
export const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

export type LocalParse = { ok: true; dt: DateTime } | { ok: false; reason: 'invalid' | 'nonexistent' };

/**
 * A local date-time in a zone. `nonexistent`: the time falls in the hour the clocks skip (02:30 on the last
 * Sunday of March in Europe/Amsterdam); luxon would quietly move it, so the form says so instead of guessing.
 */
export function parseLocal(local: string, zone: string): LocalParse {
  if (!LOCAL_DATE_TIME.test(local)) return { ok: false, reason: 'invalid' };
  const dt = DateTime.fromISO(local, { zone });
  if (!dt.isValid) return { ok: false, reason: 'invalid' };
  if (dt.toFormat("yyyy-MM-dd'T'HH:mm") !== local) return { ok: false, reason: 'nonexistent' };
  return { ok: true, dt };
}

/** The Dutch sentence for a time in the skipped hour. */
export const clockGapMessage = 'Deze tijd bestaat niet op die dag (de klok gaat dan een uur vooruit). Kies een andere tijd.';
