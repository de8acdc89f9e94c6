import { DateTime } from 'luxon';
import { z } from 'zod';
import type { Audience, AudienceKind } from './audience.ts';
import { clockGapMessage, isHttpsUrl, MAX_URL_LENGTH, normalizeDate, normalizeTime, parseLocal, type FieldErrors as FormFieldErrors } from '../platform/formFields.ts';

/** What a broadcast says. The text is Teams markdown by design (the leader may use bold, lists and links). */
export const contentSchema = z.object({
  title: z.string().min(1).max(120),
  text: z.string().min(1).max(4000),
  link: z.object({ title: z.string().min(1).max(60), url: z.url() }).optional(),
  imageUrl: z.url().optional(),
});
export type BroadcastContent = z.infer<typeof contentSchema>;

/** The compose form's fields as Teams sends them (all strings; absent when left empty). */
export interface DraftInput {
  title?: string | undefined;
  text?: string | undefined;
  linkTitle?: string | undefined;
  linkUrl?: string | undefined;
  imageUrl?: string | undefined;
  audience?: string | undefined;
  /** Comma-separated group ids (a multi-select ChoiceSet). */
  groupIds?: string | undefined;
  /** YYYY-MM-DD */
  sendDate?: string | undefined;
  /** HH:mm */
  sendTime?: string | undefined;
}
export type DraftField = keyof DraftInput;
export type FieldErrors = FormFieldErrors<DraftField>;

export interface ValidDraft {
  content: BroadcastContent;
  audience: Audience;
  /** Undefined: send at once after confirmation (or approval). */
  sendAt: Date | undefined;
}

export const LIMITS = { title: 100, text: 3000, linkTitle: 40, url: MAX_URL_LENGTH, scheduleDays: 90 } as const;
const AUDIENCE_KINDS: readonly AudienceKind[] = ['personal', 'channels', 'all', 'groups'];

/**
 * Checks the compose form. Every problem is reported next to its field, in Dutch (B1), so the leader gets the
 * same form back with the messages; nothing is saved until the form is valid.
 */
export function validateDraft(
  input: DraftInput,
  context: { now: Date; timezone: string; knownGroupIds: ReadonlySet<string> },
): { ok: true; draft: ValidDraft } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const clean = (v: string | undefined) => (v ?? '').replace(/\r\n/g, '\n').trim();

  const title = clean(input.title).replace(/\s+/g, ' ');
  if (title.length === 0) errors.title = 'Geef de update een titel.';
  else if (title.length > LIMITS.title) errors.title = `De titel is te lang: ${title.length} tekens. Het mag hooguit ${LIMITS.title} zijn.`;

  const text = clean(input.text);
  if (text.length === 0) errors.text = 'Schrijf de tekst van de update.';
  else if (text.length > LIMITS.text) errors.text = `De tekst is te lang: ${text.length} tekens. Het mag hooguit ${LIMITS.text} zijn.`;

  if (!errors.text) {
    const unsafe = markdownLinkTargets(text).find((target) => !isHttpsUrl(target));
    if (unsafe !== undefined) {
      const shown = unsafe.length > 60 ? `${unsafe.slice(0, 60)}…` : unsafe;
      errors.text = `Een link in de tekst moet een webadres met https:// zijn. Dit adres kan niet: "${shown}". Pas de link aan of haal hem weg.`;
    }
  }

  const linkUrl = clean(input.linkUrl);
  const linkTitle = clean(input.linkTitle).replace(/\s+/g, ' ');
  let link: BroadcastContent['link'];
  if (linkUrl.length > 0) {
    if (!isHttpsUrl(linkUrl)) errors.linkUrl = 'Dit is geen geldig webadres. Begin met https://';
    else if (linkTitle.length > LIMITS.linkTitle) errors.linkTitle = `De knoptekst is te lang. Het mag hooguit ${LIMITS.linkTitle} tekens zijn.`;
    else link = { title: linkTitle || 'Lees meer', url: linkUrl };
  } else if (linkTitle.length > 0) {
    errors.linkUrl = 'U gaf een knoptekst, maar geen webadres. Vul het adres in of maak de knoptekst leeg.';
  }

  const imageUrl = clean(input.imageUrl);
  if (imageUrl.length > 0 && !isHttpsUrl(imageUrl)) errors.imageUrl = 'Een afbeelding moet een https://-adres hebben dat iedereen kan openen.';

  let audience: Audience | undefined;
  const kind = clean(input.audience) as AudienceKind;
  if (!AUDIENCE_KINDS.includes(kind)) {
    errors.audience = 'Kies naar wie de update gaat.';
  } else if (kind === 'groups') {
    const ids = [...new Set(clean(input.groupIds).split(',').map((s) => s.trim()).filter(Boolean))];
    if (ids.length === 0) errors.groupIds = 'Kies een of meer groepen.';
    else if (ids.some((id) => !context.knownGroupIds.has(id))) errors.groupIds = 'Een van de gekozen groepen bestaat niet meer. Kies opnieuw.';
    else audience = { kind: 'groups', groupIds: ids };
  } else {
    audience = { kind } as Audience;
  }

  const sendAt = parseSendTime(clean(input.sendDate), clean(input.sendTime), context.now, context.timezone);
  if ('error' in sendAt) errors[sendAt.field] = sendAt.error;

  if (Object.keys(errors).length > 0 || !audience || 'error' in sendAt) return { ok: false, errors };
  const content: BroadcastContent = { title, text };
  if (link) content.link = link;
  if (imageUrl) content.imageUrl = imageUrl;
  return { ok: true, draft: { content, audience, sendAt: sendAt.at } };
}

/** A send time in the region's time zone (Europe/Amsterdam): both empty means "now". */
export function parseSendTime(date: string, time: string, now: Date, timezone: string): { at: Date | undefined } | { field: 'sendDate' | 'sendTime'; error: string } {
  if (date === '' && time === '') return { at: undefined };
  if (date === '') return { field: 'sendDate', error: 'Kies ook een datum, of maak de tijd leeg om meteen te versturen.' };
  if (time === '') return { field: 'sendTime', error: 'Kies ook een tijd, of maak de datum leeg om meteen te versturen.' };
  const day = normalizeDate(date);
  if (day === undefined) return { field: 'sendDate', error: 'Deze datum klopt niet. Gebruik bijvoorbeeld 28-03-2027.' };
  const clock = normalizeTime(time);
  if (clock === undefined) return { field: 'sendTime', error: 'Deze tijd klopt niet. Gebruik bijvoorbeeld 09:30.' };
  const local = parseLocal(`${day}T${clock}`, timezone);
  if (!local.ok) return local.reason === 'nonexistent' ? { field: 'sendTime', error: clockGapMessage } : { field: 'sendDate', error: 'Deze datum of tijd bestaat niet.' };
  const at = local.dt;
  const ms = at.toMillis();
  if (ms < now.getTime() + 60_000) return { field: 'sendTime', error: 'Dit moment is al voorbij. Kies een later moment, of maak datum en tijd leeg om meteen te versturen.' };
  if (ms > now.getTime() + LIMITS.scheduleDays * 86_400_000) return { field: 'sendDate', error: `Plan hooguit ${LIMITS.scheduleDays} dagen vooruit.` };
  return { at: new Date(ms) };
}

/**
 * Every link target in Teams markdown: inline links `[tekst](adres)`, autolinks `<schema:...>` and reference
 * definitions `[naam]: adres`. The update goes to everyone, so only https web addresses may be in it: a `javascript:`
 * or `data:` link, or an address with an entity or a space in it that a renderer might read differently, is refused
 * (issue 15, finding 11). Broad on purpose: a "](" that was not meant as a link is refused too, with its text shown.
 */
export function markdownLinkTargets(text: string): string[] {
  const targets: string[] = [];
  const unwrap = (t: string) => (t.startsWith('<') && t.endsWith('>') ? t.slice(1, -1) : t);
  for (const m of text.matchAll(/\]\(\s*(<[^>\n]*>|[^\s)]*)/g)) targets.push(unwrap(m[1] ?? ''));
  for (const m of text.matchAll(/<([a-z][a-z0-9+.-]{1,31}:[^\s<>]*)>/gi)) targets.push(m[1] ?? '');
  for (const m of text.matchAll(/^ {0,3}\[[^\]\n]+\]:[ \t]*(<[^>\n]*>|\S*)/gm)) targets.push(unwrap(m[1] ?? ''));
  return targets;
}

/** "2 min 5 s", "1 u 3 min", "minder dan een seconde". */
export function formatDuration(ms: number): string {
  if (ms < 1000) return 'minder dan een seconde';
  const s = Math.round(ms / 1000);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  if (h > 0) return `${h} u ${m} min`;
  if (m > 0) return sec > 0 ? `${m} min ${sec} s` : `${m} min`;
  return `${sec} s`;
}

/** The form's values for a saved draft ("Aanpassen"). */
export function draftInputOf(b: { content: BroadcastContent; audience: Audience; sendAt?: string | undefined }, timezone: string): DraftInput {
  const input: DraftInput = { title: b.content.title, text: b.content.text, audience: b.audience.kind };
  if (b.content.link) {
    input.linkUrl = b.content.link.url;
    input.linkTitle = b.content.link.title;
  }
  if (b.content.imageUrl) input.imageUrl = b.content.imageUrl;
  if (b.audience.kind === 'groups') input.groupIds = b.audience.groupIds.join(',');
  if (b.sendAt) {
    const at = DateTime.fromISO(b.sendAt, { zone: timezone });
    input.sendDate = at.toFormat('yyyy-MM-dd');
    input.sendTime = at.toFormat('HH:mm');
  }
  return input;
}
