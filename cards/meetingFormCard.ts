import type { FieldErrors, MeetingField, MeetingFormValues } from '../bot/meetings/meetingForm.ts';
import { MOMENT_LABELS, REMINDER_MOMENTS } from '../bot/meetings/moments.ts';
import { MAX_OCCURRENCES, REPEAT_INTERVALS, REPEAT_LABELS } from '../bot/meetings/recurrence.ts';
import { adaptiveCard, container, escapeText, execute, heading, statusText, text, type AdaptiveCard, type CardElement } from './cardKit.ts';
import { MEETING_VERBS } from './meetingVerbs.ts';

export interface MeetingFormView {
  mode: 'create' | 'edit';
  meetingId?: string;
  /** A new-meeting form's own id, sent back with Opslaan: saving the same form twice plans one meeting. */
  formId?: string;
  groups: ReadonlyArray<{ id: string; name: string }>;
  values: MeetingFormValues;
  errors: FieldErrors;
  /** Shown under the heading, e.g. "Tijden in Nederlandse tijd (Europe/Amsterdam)." */
  zoneNote: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^\d{2}:\d{2}$/;

/** The form to plan or change a meeting. Problems found on the server are shown under their field. */
export function meetingFormCard(v: MeetingFormView): AdaptiveCard {
  const body: CardElement[] = [
    heading(v.mode === 'create' ? 'Nieuwe vergadering' : 'Vergadering wijzigen'),
    text(`${v.zoneNote} Velden met * zijn verplicht.`, { size: 'Small', isSubtle: true, spacing: 'None' }),
  ];
  const errorCount = Object.keys(v.errors).length;
  if (errorCount > 0) {
    const items = [statusText('**Er is niets opgeslagen.** Verbeter wat hieronder in rood staat en kies opnieuw Opslaan.', 'attention')];
    if (v.errors.form) items.push(text(v.errors.form));
    body.push(container(items, { style: 'attention' }));
  }
  const val = (f: MeetingField) => v.values[f] ?? '';
  const problem = (f: MeetingField): CardElement[] => {
    const e = v.errors[f];
    return e ? [text(escapeProblem(e), { color: 'Attention', size: 'Small', spacing: 'None' })] : [];
  };
  const input = (f: MeetingField, el: Record<string, unknown>): CardElement[] => [{ id: f, ...el }, ...problem(f)];

  body.push(
    ...input('group', {
      type: 'Input.ChoiceSet',
      label: 'Groep',
      isRequired: true,
      errorMessage: 'Kies een groep.',
      style: 'compact',
      choices: v.groups.map((g) => ({ title: g.name, value: g.id })),
      ...(val('group') ? { value: val('group') } : {}),
    }),
    ...input('title', { type: 'Input.Text', label: 'Titel', isRequired: true, errorMessage: 'Vul een titel in.', maxLength: 120, placeholder: 'Bijvoorbeeld: Taskforce-overleg voorjaar', value: val('title') }),
    ...input('date', { type: 'Input.Date', label: 'Datum', isRequired: true, errorMessage: 'Vul de datum in.', ...(DATE.test(val('date')) ? { value: val('date') } : {}) }),
    {
      type: 'ColumnSet',
      columns: [
        { type: 'Column', width: 'stretch', items: input('startTime', { type: 'Input.Time', label: 'Begintijd', isRequired: true, errorMessage: 'Vul de begintijd in.', ...(TIME.test(val('startTime')) ? { value: val('startTime') } : {}) }) },
        { type: 'Column', width: 'stretch', items: input('endTime', { type: 'Input.Time', label: 'Eindtijd', isRequired: true, errorMessage: 'Vul de eindtijd in.', ...(TIME.test(val('endTime')) ? { value: val('endTime') } : {}) }) },
      ],
    },
    ...input('endDate', { type: 'Input.Date', label: 'Einddatum (alleen als de vergadering meer dagen duurt)', ...(DATE.test(val('endDate')) ? { value: val('endDate') } : {}) }),
    ...input('location', { type: 'Input.Text', label: 'Plaats (adres of zaal)', maxLength: 200, placeholder: 'Bijvoorbeeld: Gemeentehuis Hilversum, zaal 2', value: val('location') }),
    ...input('onlineUrl', { type: 'Input.Text', label: 'Link om online deel te nemen', style: 'Url', placeholder: 'https://teams.microsoft.com/l/meetup-join/…', value: val('onlineUrl') }),
    text('Vul een plaats of een link in, of allebei.', { size: 'Small', isSubtle: true, spacing: 'None' }),
    ...input('agenda', { type: 'Input.Text', label: 'Agenda', isMultiline: true, maxLength: 2000, placeholder: 'De punten van de agenda', value: val('agenda') }),
    ...input('agendaUrl', { type: 'Input.Text', label: 'Of een link naar de agenda', style: 'Url', placeholder: 'https://…', value: val('agendaUrl') }),
    ...input('reminders', {
      type: 'Input.ChoiceSet',
      label: 'Herinnering sturen',
      isMultiSelect: true,
      style: 'expanded',
      choices: REMINDER_MOMENTS.map((m) => ({ title: MOMENT_LABELS[m], value: m })),
      value: v.values.reminders ?? 'P7D,P1D',
    }),
  );

  if (v.mode === 'create') {
    body.push(
      text('**Herhalen** (niet verplicht)', { spacing: 'Medium' }),
      ...input('repeat', {
        type: 'Input.ChoiceSet',
        label: 'Hoe vaak?',
        style: 'compact',
        choices: [{ title: 'Niet herhalen', value: 'none' }, ...REPEAT_INTERVALS.map((r) => ({ title: REPEAT_LABELS[r], value: r }))],
        value: val('repeat') || 'none',
      }),
      ...input('repeatCount', {
        type: 'Input.ChoiceSet',
        label: 'Hoeveel keer in totaal?',
        style: 'compact',
        placeholder: 'Kies een aantal',
        choices: Array.from({ length: MAX_OCCURRENCES - 1 }, (_, i) => ({ title: `${i + 2} keer`, value: String(i + 2) })),
        ...(val('repeatCount') ? { value: val('repeatCount') } : {}),
      }),
      ...input('extraDates', { type: 'Input.Text', label: 'Of: losse extra datums, met komma ertussen', placeholder: '12-05-2027, 08-09-2027', value: val('extraDates') }),
    );
  }

  const data: Record<string, unknown> = { mode: v.mode };
  if (v.meetingId) data.meetingId = v.meetingId;
  if (v.formId) data.formId = v.formId;
  const actions: CardElement[] = [execute('Opslaan', MEETING_VERBS.save, data, { style: 'positive', associatedInputs: 'auto' })];
  // A way out without saving (cards/README.md, rule 9): back to the meeting, or the form closed.
  if (v.mode === 'edit' && v.meetingId) actions.push(execute('Terug zonder opslaan', MEETING_VERBS.view, { meetingId: v.meetingId }, { associatedInputs: 'none' }));
  else actions.push(execute('Annuleren', MEETING_VERBS.closeForm, {}, { associatedInputs: 'none' }));
  return adaptiveCard(body, { actions, fallbackText: 'Formulier voor een vergadering. Open dit bericht in Teams om het in te vullen.' });
}

/** Our messages can quote what was typed (a wrong date); that part must not become markdown. */
function escapeProblem(message: string): string {
  return message.replace(/"([^"]*)"/g, (_m, quoted: string) => `"${escapeText(quoted)}"`);
}
