import { describe, expect, it } from 'vitest';
import { parseMeetingForm, type FormContext, type MeetingFormValues } from '../../bot/meetings/meetingForm.ts';
import { normalizeDate, normalizeTime } from '../../bot/platform/formFields.ts';

const ctx: FormContext = { mode: 'create', zone: 'Europe/Amsterdam', now: new Date('2027-01-15T09:00:00Z'), groupExists: (id) => id === 'g1' };
const valid: MeetingFormValues = { group: 'g1', title: 'Taskforce-overleg', date: '2027-03-28', startTime: '10:00', endTime: '12:00', location: 'Gemeentehuis Hilversum' };

const errorsOf = (values: MeetingFormValues, c: FormContext = ctx) => {
  const r = parseMeetingForm(values, c);
  if (r.ok) throw new Error('expected errors');
  return r.errors;
};

describe('the meeting form', () => {
  it('accepts a complete form, with 7 days and 1 day before as default reminders', () => {
    const r = parseMeetingForm(valid, ctx);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.draft).toMatchObject({ groupId: 'g1', title: 'Taskforce-overleg', location: 'Gemeentehuis Hilversum', reminders: ['P7D', 'P1D'] });
    expect(r.draft.occurrences).toEqual([{ start: '2027-03-28T10:00', end: '2027-03-28T12:00' }]);
  });

  it('accepts typed Dutch dates and times', () => {
    expect(normalizeDate('28-3-2027')).toBe('2027-03-28');
    expect(normalizeDate('28/03/2027')).toBe('2027-03-28');
    expect(normalizeDate('30-02-2027')).toBeUndefined();
    expect(normalizeTime('9.30')).toBe('09:30');
    expect(normalizeTime('24:00')).toBeUndefined();
  });

  it('points at every wrong field with a Dutch message', () => {
    const e = errorsOf({ group: 'nope', title: 'x', date: '31-02-2027', startTime: 'tien uur', endTime: '', onlineUrl: 'http://example.org', agendaUrl: 'javascript:alert(1)' });
    expect(e.group).toMatch(/bestaat niet/);
    expect(e.title).toMatch(/minstens 3 tekens/);
    expect(e.date).toMatch(/geen geldige datum/);
    expect(e.startTime).toMatch(/geen geldige tijd/);
    expect(e.endTime).toMatch(/eindtijd/);
    expect(e.onlineUrl).toMatch(/https:\/\//);
    expect(e.agendaUrl).toMatch(/https:\/\//);
  });

  it('refuses a start in the hour that does not exist when summer time starts', () => {
    expect(errorsOf({ ...valid, startTime: '02:30', endTime: '04:00' }).startTime).toMatch(/bestaat niet op 28-03-2027/);
  });

  it('refuses an end before the start, a moment in the past, and neither place nor link', () => {
    expect(errorsOf({ ...valid, endTime: '09:00' }).endTime).toMatch(/eindigen na de begintijd/);
    expect(errorsOf({ ...valid, date: '2027-01-14' }).date).toMatch(/al voorbij/);
    expect(errorsOf({ ...valid, location: '' }).location).toMatch(/plaats/);
    expect(parseMeetingForm({ ...valid, location: '', onlineUrl: 'https://teams.microsoft.com/l/meetup-join/abc' }, ctx).ok).toBe(true);
  });

  it('does not accept a title over two lines or with control characters', () => {
    expect(errorsOf({ ...valid, title: 'Overleg\nmet [link](https://evil.example)' }).title).toMatch(/één regel/);
  });

  it('takes the chosen reminders in order, none at all, and refuses unknown ones', () => {
    const r = parseMeetingForm({ ...valid, reminders: 'PT1H,P14D,P1D' }, ctx);
    expect(r.ok && r.draft.reminders).toEqual(['P14D', 'P1D', 'PT1H']);
    const none = parseMeetingForm({ ...valid, reminders: '' }, ctx);
    expect(none.ok && none.draft.reminders).toEqual([]);
    expect(errorsOf({ ...valid, reminders: 'P5D' }).reminders).toMatch(/uit de lijst/);
  });

  it('expands a repetition and a list of dates, and refuses both at once', () => {
    const series = parseMeetingForm({ ...valid, repeat: 'P4M', repeatCount: '3' }, ctx);
    expect(series.ok && series.draft.occurrences.map((o) => o.start)).toEqual(['2027-03-28T10:00', '2027-07-28T10:00', '2027-11-28T10:00']);
    const dates = parseMeetingForm({ ...valid, extraDates: '12-05-2027, 08-09-2027' }, ctx);
    expect(dates.ok && dates.draft.occurrences).toHaveLength(3);
    expect(errorsOf({ ...valid, repeat: 'P1M', repeatCount: '2', extraDates: '12-05-2027' }).extraDates).toMatch(/niet allebei/);
    expect(errorsOf({ ...valid, repeat: 'P1M' }).repeatCount).toMatch(/hoe vaak/);
    expect(errorsOf({ ...valid, extraDates: '12-05-2027, morgen' }).extraDates).toMatch(/"morgen" is geen geldige datum/);
  });

  it('refuses a series where a later meeting falls in the skipped hour', () => {
    const e = errorsOf({ ...valid, date: '2027-03-21', startTime: '02:30', endTime: '03:30', repeat: 'P1W', repeatCount: '2' });
    expect(e.repeat).toMatch(/zondag 28 maart 2027/);
  });

  it('in the edit form: no repetition, and an unchanged time in the past is fine', () => {
    const edit: FormContext = { ...ctx, mode: 'edit', now: new Date('2027-03-28T08:30:00Z'), current: { start: '2027-03-28T10:00', end: '2027-03-28T12:00' } };
    expect(parseMeetingForm({ ...valid, agenda: 'Nieuw punt' }, edit).ok).toBe(true);
    expect(errorsOf({ ...valid, repeat: 'P1M', repeatCount: '2' }, edit).repeat).toMatch(/nieuwe vergadering/);
  });
});
