import { z } from 'zod';
import { DEFAULT_MOMENTS, isReminderMoment, sortMoments, type ReminderMoment } from './moments.ts';
import { formatDay } from './meetingTime.ts';
import { formText as text, hasControlChars, isHttpsUrl, MAX_URL_LENGTH, normalizeDate, normalizeTime, parseLocal, type FieldErrors as FormFieldErrors, type LocalDateTime } from '../platform/formFields.ts';
import { expandOccurrences, MAX_OCCURRENCES, REPEAT_INTERVALS, type Occurrence, type Repeat, type RepeatInterval } from './recurrence.ts';

/**
 * The meeting form as the card posts it (every input a string, as Teams sends them), parsed with zod into a
 * draft, or into a Dutch message per field so the form can be shown again with the problems next to the fields.
 */
export const MEETING_FIELDS = [
  'group',
  'title',
  'date',
  'startTime',
  'endTime',
  'endDate',
  'location',
  'onlineUrl',
  'agenda',
  'agendaUrl',
  'reminders',
  'repeat',
  'repeatCount',
  'extraDates',
] as const;
export type MeetingField = (typeof MEETING_FIELDS)[number];
export type MeetingFormValues = Partial<Record<MeetingField, string>>;
/** `form` is for a problem that belongs to no single field. */
export type FieldErrors = FormFieldErrors<MeetingField | 'form'>;

export const LIMITS = { title: 120, location: 200, url: MAX_URL_LENGTH, agenda: 2000 } as const;

export interface MeetingDraft {
  groupId: string;
  title: string;
  location?: string;
  onlineUrl?: string;
  agenda?: string;
  agendaUrl?: string;
  reminders: ReminderMoment[];
  /** First occurrence first; one element unless the form asked for repetition. */
  occurrences: Occurrence[];
}

export interface FormContext {
  mode: 'create' | 'edit';
  zone: string;
  now: Date;
  groupExists(id: string): boolean;
  /** Edit only: the stored times, so an unchanged time in the past is not refused. */
  current?: { start: LocalDateTime; end: LocalDateTime };
}

export type FormResult = { ok: true; draft: MeetingDraft } | { ok: false; errors: FieldErrors };

/** Longest a meeting may last. */
const MAX_DURATION_DAYS = 7;

function formSchema(ctx: FormContext) {
  return z
    .object({
      group: text.pipe(z.string().min(1, 'Kies een groep.').refine((id) => ctx.groupExists(id), 'Deze groep bestaat niet (meer). Kies een andere groep.')),
      title: text.pipe(
        z
          .string()
          .min(3, 'Vul een titel in van minstens 3 tekens.')
          .max(LIMITS.title, `Maak de titel korter (hooguit ${LIMITS.title} tekens).`)
          .refine((v) => !v.includes('\n') && !hasControlChars(v), 'Gebruik voor de titel één regel gewone tekst.'),
      ),
      date: text.pipe(z.string().min(1, 'Vul de datum in.').transform((v, c) => normalizeDate(v) ?? (c.addIssue({ code: 'custom', message: 'Dit is geen geldige datum. Gebruik bijvoorbeeld 28-03-2027.' }), z.NEVER))),
      startTime: text.pipe(z.string().min(1, 'Vul de begintijd in.').transform((v, c) => normalizeTime(v) ?? (c.addIssue({ code: 'custom', message: 'Dit is geen geldige tijd. Gebruik bijvoorbeeld 14:00.' }), z.NEVER))),
      endTime: text.pipe(z.string().min(1, 'Vul de eindtijd in.').transform((v, c) => normalizeTime(v) ?? (c.addIssue({ code: 'custom', message: 'Dit is geen geldige tijd. Gebruik bijvoorbeeld 16:00.' }), z.NEVER))),
      endDate: text.transform((v, c) => (v === '' ? undefined : normalizeDate(v) ?? (c.addIssue({ code: 'custom', message: 'Dit is geen geldige datum. Laat leeg als de vergadering op één dag is.' }), z.NEVER))),
      location: text.pipe(z.string().max(LIMITS.location, `Maak de plaats korter (hooguit ${LIMITS.location} tekens).`).refine((v) => !hasControlChars(v), 'Gebruik gewone tekst.')),
      onlineUrl: text.pipe(z.string().refine((v) => v === '' || isHttpsUrl(v), 'Vul een volledige link in die begint met https://')),
      agenda: text.pipe(z.string().max(LIMITS.agenda, `Maak de agenda korter (hooguit ${LIMITS.agenda} tekens), of zet hem in een document en vul de link in.`).refine((v) => !hasControlChars(v), 'Gebruik gewone tekst.')),
      agendaUrl: text.pipe(z.string().refine((v) => v === '' || isHttpsUrl(v), 'Vul een volledige link in die begint met https://')),
      reminders: z
        .string()
        .optional()
        .transform((v, c) => {
          if (v === undefined) return [...DEFAULT_MOMENTS];
          const parts = v.split(',').map((s) => s.trim()).filter(Boolean);
          const bad = parts.filter((p) => !isReminderMoment(p));
          if (bad.length > 0) {
            c.addIssue({ code: 'custom', message: 'Kies de herinneringen uit de lijst.' });
            return z.NEVER;
          }
          return sortMoments(parts as ReminderMoment[]);
        }),
      repeat: text.transform((v, c) => {
        if (v === '' || v === 'none') return undefined;
        if ((REPEAT_INTERVALS as readonly string[]).includes(v)) return v as RepeatInterval;
        c.addIssue({ code: 'custom', message: 'Kies een herhaling uit de lijst.' });
        return z.NEVER;
      }),
      repeatCount: text.transform((v, c) => {
        if (v === '') return undefined;
        const n = Number(v);
        if (!Number.isInteger(n) || n < 2 || n > MAX_OCCURRENCES) {
          c.addIssue({ code: 'custom', message: `Kies een aantal van 2 tot en met ${MAX_OCCURRENCES}.` });
          return z.NEVER;
        }
        return n;
      }),
      extraDates: text.transform((v, c) => {
        if (v === '') return [] as string[];
        const parts = v.split(/[\s,;]+/).filter(Boolean);
        const out: string[] = [];
        for (const p of parts) {
          const d = normalizeDate(p);
          if (!d) {
            c.addIssue({ code: 'custom', message: `"${p.slice(0, 20)}" is geen geldige datum. Gebruik bijvoorbeeld 12-05-2027, 08-09-2027.` });
            return z.NEVER;
          }
          out.push(d);
        }
        if (out.length > MAX_OCCURRENCES - 1) {
          c.addIssue({ code: 'custom', message: `Vul hooguit ${MAX_OCCURRENCES - 1} extra datums in.` });
          return z.NEVER;
        }
        return out;
      }),
    })
    .superRefine((f, c) => {
      const fail = (field: MeetingField, message: string) => c.addIssue({ code: 'custom', path: [field], message });
      if (f.location === '' && f.onlineUrl === '') fail('location', 'Vul een plaats in, of een link om online deel te nemen (of allebei).');
      if (ctx.mode === 'edit' && (f.repeat !== undefined || f.extraDates.length > 0)) fail('repeat', 'Herhalen kan alleen bij een nieuwe vergadering.');
      if (f.repeat !== undefined && f.extraDates.length > 0) fail('extraDates', 'Kies een herhaling óf vul losse datums in, niet allebei.');
      if (f.repeat !== undefined && f.repeatCount === undefined) fail('repeatCount', 'Kies hoe vaak de vergadering is.');

      const start = `${f.date}T${f.startTime}`;
      const end = `${f.endDate ?? f.date}T${f.endTime}`;
      const s = parseLocal(start, ctx.zone);
      const e = parseLocal(end, ctx.zone);
      if (!s.ok) {
        fail('startTime', s.reason === 'nonexistent' ? gapMessage(f.date) : 'Deze begintijd klopt niet.');
        return;
      }
      if (!e.ok) {
        fail('endTime', e.reason === 'nonexistent' ? gapMessage(f.endDate ?? f.date) : 'Deze eindtijd klopt niet.');
        return;
      }
      if (e.dt <= s.dt) fail(f.endDate ? 'endDate' : 'endTime', 'De vergadering moet eindigen na de begintijd.');
      else if (e.dt.diff(s.dt, 'days').days > MAX_DURATION_DAYS) fail('endDate', `Een vergadering duurt hooguit ${MAX_DURATION_DAYS} dagen.`);
      const changed = ctx.current === undefined || ctx.current.start !== start || ctx.current.end !== end;
      if (changed && s.dt.toMillis() <= ctx.now.getTime()) fail('date', 'Dit moment is al voorbij. Kies een datum en tijd in de toekomst.');
      for (const d of f.extraDates) {
        if (d < f.date) fail('extraDates', `${formatDay(`${d}T12:00`, ctx.zone)} ligt vóór de eerste datum. Zet de vroegste datum bovenaan bij Datum.`);
      }
    });
}

function gapMessage(date: string): string {
  return `Dit tijdstip bestaat niet op ${date.split('-').reverse().join('-')}: die nacht gaat de klok van 02.00 naar 03.00 uur (zomertijd). Kies een andere tijd.`;
}

export function parseMeetingForm(values: MeetingFormValues, ctx: FormContext): FormResult {
  const parsed = formSchema(ctx).safeParse(values);
  if (!parsed.success) return { ok: false, errors: errorsOf(parsed.error.issues) };
  const f = parsed.data;
  const first: Occurrence = { start: `${f.date}T${f.startTime}`, end: `${f.endDate ?? f.date}T${f.endTime}` };
  const repeat: Repeat =
    f.repeat !== undefined && f.repeatCount !== undefined
      ? { kind: 'interval', every: f.repeat, count: f.repeatCount }
      : f.extraDates.length > 0
        ? { kind: 'dates', dates: f.extraDates }
        : { kind: 'none' };
  const occurrences = expandOccurrences(first, repeat);
  // A later occurrence can land on a clock change (a series at 02.30 on the last Sunday of March).
  for (const o of occurrences.slice(1)) {
    const s = parseLocal(o.start, ctx.zone);
    const e = parseLocal(o.end, ctx.zone);
    if (!s.ok || !e.ok) {
      const field: MeetingField = repeat.kind === 'dates' ? 'extraDates' : 'repeat';
      return { ok: false, errors: { [field]: `Op ${formatDay(`${o.start.slice(0, 10)}T12:00`, ctx.zone)} bestaat deze tijd niet (de klok gaat naar zomertijd). Kies een andere tijd of andere datums.` } };
    }
  }
  const draft: MeetingDraft = { groupId: f.group, title: f.title, reminders: f.reminders, occurrences };
  if (f.location !== '') draft.location = f.location;
  if (f.onlineUrl !== '') draft.onlineUrl = f.onlineUrl;
  if (f.agenda !== '') draft.agenda = f.agenda;
  if (f.agendaUrl !== '') draft.agendaUrl = f.agendaUrl;
  return { ok: true, draft };
}

function errorsOf(issues: readonly z.core.$ZodIssue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const head = issue.path[0];
    const field = typeof head === 'string' && (MEETING_FIELDS as readonly string[]).includes(head) ? (head as MeetingField) : 'form';
    errors[field] ??= issue.message;
  }
  return errors;
}
