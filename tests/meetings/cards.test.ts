import { describe, expect, it } from 'vitest';
import { groupFormCard, groupRemoveCard } from '../../cards/groupFormCard.ts';
import { groupListCard } from '../../cards/groupListCard.ts';
import { meetingAttendeesCard } from '../../cards/meetingAttendeesCard.ts';
import { meetingCancelCard } from '../../cards/meetingCancelCard.ts';
import { meetingCard, type MeetingCardView } from '../../cards/meetingCard.ts';
import { meetingFormCard } from '../../cards/meetingFormCard.ts';
import { meetingListCard } from '../../cards/meetingListCard.ts';
import { meetingNoticeCard } from '../../cards/meetingNoticeCard.ts';
import { cardActions, cardText } from '../../test-support/connectorStub.ts';
import { adaptiveCardProblems, messageBytes } from '../../test-support/validateCard.ts';

const long = (n: number) => 'Punt over de meldcode en het afwegingskader. '.repeat(Math.ceil(n / 45)).slice(0, n);
const meeting: MeetingCardView = {
  meetingId: 'm1',
  title: 'Taskforce *HG/KM* [klik](https://evil.example)',
  groupName: 'Taskforce HG/KM',
  when: 'dinsdag 3 maart, 14.00–16.00 uur',
  location: 'Gemeentehuis Hilversum, zaal 2',
  onlineUrl: 'https://teams.microsoft.com/l/meetup-join/abc',
  agenda: long(2000),
  agendaUrl: 'https://example.org/agenda.pdf',
  state: 'planned',
  counts: { yes: 3, no: 1, maybe: 2 },
  lead: 'Herinnering · morgen',
  calendarUrl: 'https://meldwijzer.example/agenda/m1/token.ics',
  refresh: true,
};

const cards: Record<string, Record<string, unknown>> = {
  reminder: meetingCard(meeting),
  personalView: meetingCard({ ...meeting, myAnswer: 'yes', leaderActions: true, banner: { text: '**Gepland.**', tone: 'good' } }),
  cancelled: meetingCard({ ...meeting, state: 'cancelled' }),
  past: meetingCard({ ...meeting, state: 'past' }),
  formEmpty: meetingFormCard({ mode: 'create', groups: [{ id: 'g1', name: 'Taskforce' }], values: {}, errors: {}, zoneNote: 'Tijden zijn in Nederlandse tijd.' }),
  formErrors: meetingFormCard({
    mode: 'edit',
    meetingId: 'm1',
    groups: [{ id: 'g1', name: 'Taskforce' }],
    values: { group: 'g1', title: 'x', date: '31-02-2027', startTime: 'tien', endTime: '16:00' },
    errors: { title: 'Te kort.', date: 'Dit is geen geldige datum.', startTime: 'Geen tijd.', form: 'Algemeen probleem' },
    zoneNote: 'Tijden zijn in Nederlandse tijd.',
  }),
  list: meetingListCard({
    title: 'Komende vergaderingen',
    intro: 'Van de groepen die u volgt.',
    items: Array.from({ length: 15 }, (_, i) => ({ meetingId: `m${i}`, title: long(120), groupName: long(80), when: 'dinsdag 3 maart, 14.00–16.00 uur', counts: { yes: i, no: 0, maybe: 1 } })),
    more: 4,
    emptyText: 'Geen',
    canPlan: true,
  }),
  listEmpty: meetingListCard({ title: 'Komende vergaderingen', items: [], more: 0, emptyText: 'U volgt nog geen groep.', canPlan: false }),
  attendees: meetingAttendeesCard({ meetingId: 'm1', title: 'Overleg', when: 'dinsdag 3 maart, 14.00–16.00 uur', yes: Array.from({ length: 120 }, (_, i) => `Deelnemer ${i} van Achternaam-Dubbel`), no: ['Anna'], maybe: [] }),
  cancel: meetingCancelCard({ meetingId: 'm1', title: 'Overleg', when: 'dinsdag 3 maart, 14.00–16.00 uur', laterInSeries: 2 }),
  moved: meetingNoticeCard({ kind: 'moved', meetingId: 'm1', title: 'Overleg', groupName: 'Taskforce', when: 'woensdag 4 maart, 14.00–16.00 uur', previousWhen: 'dinsdag 3 maart, 14.00–16.00 uur', calendarUrl: 'https://x.example/a.ics' }),
  cancelledNotice: meetingNoticeCard({ kind: 'cancelled', meetingId: 'm1', title: 'Overleg', groupName: 'Taskforce', previousWhen: 'dinsdag 3 maart, 14.00–16.00 uur', following: 3 }),
  groupsPersonal: groupListCard({
    conversationType: 'personal',
    isLeader: false,
    groups: Array.from({ length: 30 }, (_, i) => ({ id: `g${i}`, name: long(80), description: long(300), following: i % 2 === 0, linkedHere: false, linkedCount: 1, followerCount: 10 })),
  }),
  groupsChannelLeader: groupListCard({ conversationType: 'channel', isLeader: true, groups: [{ id: 'g1', name: 'Netwerk', description: '', following: false, linkedHere: true, linkedCount: 1, followerCount: 0 }], message: { text: 'Gekoppeld.', tone: 'good' } }),
  groupForm: groupFormCard({ groupId: 'g1', values: { name: 'x' }, errors: { name: 'Te kort "x*"' } }),
  groupRemove: groupRemoveCard({ groupId: 'g1', name: 'Netwerk', upcomingMeetings: 0 }),
};

describe('meeting and group cards', () => {
  it.each(Object.entries(cards))('%s is a valid Adaptive Card 1.5 under the Teams size limit', (_name, card) => {
    expect(adaptiveCardProblems(card)).toEqual([]);
    expect(card.version).toBe('1.5');
    expect(messageBytes({ type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }] })).toBeLessThan(80_000);
  });

  it('the reminder card: Dutch time, place, Deelnemen, RSVP buttons with counts, agenda link and refresh', () => {
    const t = cardText(cards.reminder);
    expect(t).toContain('dinsdag 3 maart, 14.00–16.00 uur');
    expect(t).toContain('3 komen · 1 kan niet · 2 misschien');
    const actions = cardActions(cards.reminder);
    expect(actions.filter((a) => a.verb === 'meeting.rsvp').map((a) => a.title)).toEqual(['Ik kom', 'Ik kan niet', 'Misschien']);
    expect(actions.filter((a) => a.type === 'Action.OpenUrl').map((a) => a.title)).toEqual(['Deelnemen', 'Zet in mijn agenda']);
    // The agenda link is a text link under the agenda (at most 6 buttons per card).
    expect(t).toContain('[Agenda openen](https://example.org/agenda.pdf)');
    expect((cards.reminder!.refresh as { action: { verb: string } }).action.verb).toBe('meeting.view');
    // Nothing for leaders in a card everyone sees.
    expect(t).not.toMatch(/Wie komt er\?\n|Annuleren/);
  });

  it('escapes what a leader typed, so it cannot become a link or markup', () => {
    const t = cardText(cards.reminder);
    expect(t).toContain('Taskforce \\*HG/KM\\* \\[klik\\]\\(https://evil.example\\)');
  });

  it('shows the person their answer and leaders their buttons', () => {
    const t = cardText(cards.personalView);
    expect(t).toContain('Uw antwoord: **Ik kom**');
    expect(cardActions(cards.personalView).map((a) => a.title)).toEqual(expect.arrayContaining(['✓ Ik kom', 'Wie komt er?', 'Wijzigen of verplaatsen', 'Annuleren']));
  });

  it('a cancelled meeting has no RSVP buttons', () => {
    expect(cardText(cards.cancelled)).toContain('gaat niet door');
    expect(cardActions(cards.cancelled).some((a) => a.verb === 'meeting.rsvp')).toBe(false);
  });

  it('a cancelled meeting neither offers nor mentions Deelnemen', () => {
    expect(cardActions(cards.cancelled).map((a) => a.title)).not.toContain('Deelnemen');
    expect(cardText(cards.cancelled)).not.toContain('Deelnemen');
  });

  it('only the chosen answer looks chosen: a ✓ and the positive style; before a choice none does', () => {
    const styled = (card: Record<string, unknown> | undefined) => cardActions(card).filter((a) => a.verb === 'meeting.rsvp' && a.style === 'positive').map((a) => a.title);
    expect(styled(cards.reminder)).toEqual([]);
    expect(styled(cards.personalView)).toEqual(['✓ Ik kom']);
    expect(styled(meetingCard({ ...meeting, myAnswer: 'maybe' }))).toEqual(['✓ Misschien']);
    expect(styled(meetingCard({ ...meeting, myAnswer: 'no' }))).toEqual(['✓ Ik kan niet']);
  });

  it('keeps the lines, lists and bold of an agenda; a link or markup in it stays text', () => {
    const agenda = '1. Opening\n2. Cijfers Veilig Thuis\n\nLocatie:\n- zaal 2 in **Hilversum**\n- [klik](https://evil.example) <b>x</b>\n# kop\nLaatste regel';
    const t = cardText(meetingCard({ ...meeting, agenda }));
    expect(t).toContain('1. Opening\n2. Cijfers Veilig Thuis\n\nLocatie:\n\n- zaal 2 in **Hilversum**\n- \\[klik\\](https://evil.example) &lt;b>x&lt;/b>\n\n\\# kop\n\nLaatste regel');
  });

  it('Wie komt er? says when the answers are erased, in one sentence', () => {
    const t = cardText(meetingAttendeesCard({ meetingId: 'm1', title: 'Overleg', when: 'dinsdag 3 maart, 14.00–16.00 uur', yes: [], no: [], maybe: [], retentionDays: 30 }));
    expect(t).toContain('30 dagen na de vergadering worden de antwoorden gewist.');
  });

  it('a new-meeting form has Annuleren; an edit form goes back without saving', () => {
    expect(cardActions(cards.formEmpty).map((a) => [a.title, a.verb])).toEqual([['Opslaan', 'meeting.save'], ['Annuleren', 'meeting.closeForm']]);
    expect(cardActions(cards.formErrors).map((a) => a.title)).toEqual(['Opslaan', 'Terug zonder opslaan']);
  });

  it('the meeting list: a row per meeting, its screen-reader description names the meeting', () => {
    const rows = cardActions(cards.list).filter((a) => a.title === 'Bekijken');
    expect(rows).toHaveLength(15);
    expect(rows.every((a) => String(a.tooltip).startsWith('Bekijk Punt over de meldcode') && String(a.tooltip).endsWith('dinsdag 3 maart, 14.00–16.00 uur'))).toBe(true);
  });

  it('the form shows the problems next to the fields and keeps what was typed', () => {
    const t = cardText(cards.formErrors);
    expect(t).toContain('Er is niets opgeslagen');
    expect(t).toContain('Dit is geen geldige datum.');
    expect(JSON.stringify(cards.formErrors)).toContain('"value":"x"');
  });
});
