/**
 * Every card the bot can send, with realistic (and worst-case) data: the cases of tests/cards/cards.test.ts (schema,
 * size, verbs) and of tests/browser/cardPictures.test.ts (pictures, labels, buttons, contrast). A case whose name
 * starts with "worst case" or "far more" is a stress test of size, not something a person normally sees.
 */
import { NEXT_STEPS_ENTRY } from '../../bot/answers/answerService.ts';
import { CATEGORIES, type CategoryId, type KnowledgeEntry } from '../../bot/answers/knowledgeSchema.ts';
import { renderAnswer } from '../../bot/answers/answerReplies.ts';
import { shareableAnswerCard } from '../../bot/answers/messageExtension.ts';
import { answerSummary } from '../../cards/answerCard.ts';
import { emergencyCard, emergencySummary } from '../../cards/emergencyCard.ts';
import { helpCard } from '../../cards/helpCard.ts';
import { noAnswerCard } from '../../cards/noAnswerCard.ts';
import { clarifyCard } from '../../cards/clarifyCard.ts';
import { invalidInputCard, noticeCard } from '../../cards/noticeCard.ts';
import { privacyNoteCard, privacyNoteText } from '../../cards/privacyNoteCard.ts';
import { categoryCard, topicsCard } from '../../cards/topicsCard.ts';
import { welcomeCard } from '../../cards/welcomeCard.ts';
import { englishCard } from '../../cards/englishCard.ts';
import { smallTalkReply } from '../../bot/answers/smalltalk.ts';
import { forgetMeCancelledCard, forgetMeConfirmCard, forgetMeDoneCard } from '../../cards/forgetMeCard.ts';
import { groupFormCard, groupRemoveCard } from '../../cards/groupFormCard.ts';
import { groupListCard } from '../../cards/groupListCard.ts';
import { meetingAttendeesCard } from '../../cards/meetingAttendeesCard.ts';
import { meetingCancelCard } from '../../cards/meetingCancelCard.ts';
import { meetingCard, meetingSummary, type MeetingCardView } from '../../cards/meetingCard.ts';
import { meetingFormCard } from '../../cards/meetingFormCard.ts';
import { meetingListCard } from '../../cards/meetingListCard.ts';
import { meetingNoticeCard, meetingNoticeSummary } from '../../cards/meetingNoticeCard.ts';
import { broadcastMessageCard, broadcastSummary } from '../../cards/broadcastMessageCard.ts';
import { approvalSummary, broadcastApprovalCard } from '../../cards/broadcastApprovalCard.ts';
import { broadcastComposeCard } from '../../cards/broadcastComposeCard.ts';
import { broadcastDetailsCard } from '../../cards/broadcastDetailsCard.ts';
import { broadcastOverviewCard } from '../../cards/broadcastOverviewCard.ts';
import { broadcastPreviewCard } from '../../cards/broadcastPreviewCard.ts';
import { broadcastReportCard, reportSummary } from '../../cards/broadcastReportCard.ts';
import type { ReportView } from '../../bot/broadcasts/broadcastService.ts';
import { BROADCAST_STATUSES } from '../../bot/broadcasts/broadcastStore.ts';
import { FAILURE_REASONS } from '../../bot/broadcasts/backoff.ts';
import { insightsCard, type InsightsEntryRow, type InsightsView } from '../../cards/insightsCard.ts';
import { INSIGHTS_QUESTIONS, INSIGHTS_ROWS } from '../../bot/insights/insightsFeature.ts';
import type { AnswerService } from '../../bot/answers/answerService.ts';
import { expertAskCard, expertCancelledCard, expertSentCard } from '../../cards/expertAskCard.ts';
import { expertAnswerCard, expertClosedCard } from '../../cards/expertAnswerCard.ts';
import { expertReminderCard, expertTicketCard, expertTicketListCard, type TicketCardView } from '../../cards/expertTicketCard.ts';

export type Card = Record<string, unknown>;
export interface Case {
  name: string;
  card: Card;
  /** The message's plain-text summary, as the bot sends it. */
  summary: string;
}

export interface CaseContext {
  answers: AnswerService;
  /** The router's visible commands, for the help card. */
  commands: ReadonlyArray<{ verb: string; description: string; leaderOnly: boolean; scopes?: ReadonlyArray<'personal' | 'groupChat' | 'team'> }>;
}

/** Card builder ("file.ts#builderCard") -> its cases. */
export function cardCases(context: CaseContext): Record<string, () => Case[]> {
  const answers = context.answers;
  const entries = answers.entries;
  const summaryOf = (card: Card): string => String(card.fallbackText ?? 'Meldwijzer');
  const c = (name: string, card: Card, summary = summaryOf(card)): Case => ({ name, card, summary });
  const long = (words: number, word = 'meldcodeafwegingskader') => Array.from({ length: words }, () => word).join(' ');

  /** The largest entry the knowledge schema allows: for the size limit. */
  const worstEntry: KnowledgeEntry = {
    id: 'worst-case-entry',
    title: `${'Wat doe ik als '.repeat(6)}?`.slice(0, 90),
    category: 'verwijzen',
    questions: ['vraag een', 'vraag twee', 'vraag drie'],
    keywords: ['test'],
    steps: Array.from({ length: 10 }, (_, i) => `Stap ${i + 1}: ${long(25, 'zorgvuldigheid')}`),
    contacts: Array.from({ length: 9 }, (_, i) => ({ name: `Organisatie nummer ${i + 1} in de regio`, phone: `0800-${String(1000 + i)}`, url: `https://example.nl/organisatie/${i + 1}/${'pad/'.repeat(20)}`, hours: 'maandag tot en met vrijdag van 9.00 tot 17.00 uur' })),
    sources: Array.from({ length: 5 }, (_, i) => ({ title: `Bron ${i + 1}: ${long(8, 'kwaliteitskader')}`, url: `https://www.rijksoverheid.nl/documenten/${'lang-pad-'.repeat(20)}${i}` })),
    related: entries.slice(0, 4).map((e) => e.id),
    uncertain: long(40, 'onzeker'),
    reviewed: '2026-01-15',
    owner: 'projectleider',
    answer: long(170),
  };
  const withMost = (pick: (e: KnowledgeEntry) => number) => [...entries].sort((a, b) => pick(b) - pick(a))[0] as KnowledgeEntry;
  const contactCount = (e: KnowledgeEntry) => e.contacts.reduce((n, x) => n + (x.phone ? 1 : 0) + (x.url ? 1 : 0), 0);

    const commands = context.commands;
  const helpCommands = commands.some((x) => x.leaderOnly) ? commands : [...commands, { verb: 'update nieuw', description: 'Stel een update op voor een of meer doelgroepen', leaderOnly: true }];

  const meeting: MeetingCardView = {
    meetingId: 'mtg-2027-03-02',
    title: 'Taskforce HG/KM: *voorjaarsoverleg* [concept]',
    groupName: 'Taskforce huiselijk geweld & kindermishandeling',
    when: 'dinsdag 2 maart 2027, 14.00–16.00 uur',
    location: 'Gemeentehuis Hilversum, zaal 2',
    onlineUrl: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0',
    agenda: '1. Opening\n2. Cijfers Veilig Thuis\n3. Rondvraag',
    agendaUrl: 'https://www.regiogv.nl/agenda/taskforce-2027-03',
    state: 'planned',
    counts: { yes: 7, no: 2, maybe: 1 },
    calendarUrl: 'https://meldwijzer.example.nl/agenda/mtg-2027-03-02.ics',
  };
  const groups = [
    { id: 'grp-verwijsindex', name: 'Werkgroep verwijsindex', description: 'Aandachtsfunctionarissen die de verwijsindex gebruiken', following: true, linkedHere: true, linkedCount: 3, followerCount: 12 },
    { id: 'grp-af', name: 'Netwerk aandachtsfunctionarissen', description: '', following: false, linkedHere: false, linkedCount: 1, followerCount: 1 },
    { id: 'grp-_*weird*_', name: 'Groep met [rare] *tekens*', description: '# kop? > citaat', following: false, linkedHere: false, linkedCount: 0, followerCount: 0 },
  ];
  const broadcast = {
    title: 'Nieuwe versie afwegingskader *Beroepsgeheim*',
    text: '**Belangrijk:** vanaf 1 januari geldt een nieuwe versie.\n\n- Lees de samenvatting\n- Bespreek het in uw team\n\n[Meer op de site](https://www.regiogv.nl/nieuws)',
    link: { title: 'Lees de samenvatting', url: 'https://www.regiogv.nl/nieuws/afwegingskader' },
    imageUrl: 'https://www.regiogv.nl/wp-content/uploads/2026/01/afwegingskader.png',
  };

  const insightsRows = (n: number, title: (i: number) => string): InsightsEntryRow[] => Array.from({ length: n }, (_, i) => ({ title: title(i), up: 120 - i, down: 80 - i, shown: 100_000 + i }));
  const insights: InsightsView = {
    unanswered: [
      { when: '12 maart 2027, 14.05 uur', text: 'Wat moet ik doen als een ouder [naam] belt over *de* school? <b>nu</b> 1. eerst' },
      { when: '11 maart 2027, 9.30 uur', text: 'Mag ik bellen naar [telefoonnummer] zonder toestemming?' },
    ],
    unansweredTotal: 37,
    unansweredDays: 90,
    feedbackDays: 365,
    mostDown: entries.slice(0, 3).map((e, i) => ({ title: e.title, up: i, down: 5 - i, shown: 40 + i })),
    mostUp: entries.slice(3, 8).map((e, i) => ({ title: e.title, up: 9 - i, down: 0, shown: 12 })),
    mostShown: entries.slice(0, 5).map((e, i) => ({ title: e.title, up: 1, down: 1, shown: 100 - i })),
  };
  /** The most the feature sends: the stored maximum of 500 characters per question, each character one that escaping makes longer. */
  const worstQuestion = (i: number) => `${i} <*_[]()#>`.repeat(50).slice(0, 500);
  const worstInsights = (questions: number): InsightsView => ({
    ...insights,
    unanswered: Array.from({ length: questions }, (_, i) => ({ when: '30 september 2027, 23.59 uur', text: worstQuestion(i) })),
    unansweredTotal: 99_999,
    mostDown: insightsRows(INSIGHTS_ROWS, (i) => `${worstEntry.title} ${i} *[x]*`),
    mostUp: insightsRows(INSIGHTS_ROWS, (i) => `${worstEntry.title} ${i}`),
    mostShown: insightsRows(INSIGHTS_ROWS, (i) => `${worstEntry.title} ${i}`),
  });

  const CASES: Record<string, () => Case[]> = {
    'insightsCard.ts#insightsCard': () => [
      c('questions and feedback', insightsCard(insights)),
      c('with questions to experts', insightsCard({ ...insights, experts: { weeks: [49, 48, 47, 46].map((w, i) => ({ week: `week ${w} (${30 - 7 * i} nov)`, asked: 12 - i, answered: 10 - i })), medianToAnswer: '1 dag en 4 uur', answeredCount: 37 } })),
      c('nothing yet', insightsCard({ ...insights, unanswered: [], unansweredTotal: 0, mostDown: [], mostUp: [], mostShown: [] })),
      c('worst case: the most the feature sends', insightsCard(worstInsights(INSIGHTS_QUESTIONS))),
      c('far more than the feature sends: cut to size', insightsCard({ ...worstInsights(300), mostDown: insightsRows(50, (i) => `${worstEntry.title} ${i}`) })),
    ],
    'answerCard.ts#answerCard': () => [
      // Every real entry, as the bot shows it after a question: feedback buttons, related, alternatives.
      ...entries.map((e, i) => c(`${e.id} (ask)`, renderAnswer(answers, e, 'ask', entries.slice(i + 1, i + 4)), answerSummary(e))),
      c('entry with most steps, thanks', renderAnswer(answers, withMost((e) => e.steps?.length ?? 0), 'thanks')),
      c('after 👎, ask an expert', renderAnswer(answers, withMost((e) => e.steps?.length ?? 0), 'thanks', [], undefined, { question: 'Over "De meldcode": ' })),
      c('entry with most contacts, none', renderAnswer(answers, withMost(contactCount), 'none')),
      c('uncertain entry', renderAnswer(answers, entries.find((e) => e.uncertain) ?? worstEntry, 'ask')),
      c('shared through the message extension', shareableAnswerCard(withMost(contactCount))),
      c('worst case: every field at its maximum', renderAnswer(answers, worstEntry, 'ask', entries.slice(0, 3)), answerSummary(worstEntry)),
      c(
        'case description: the meldcode steps under the answer',
        renderAnswer(answers, withMost(contactCount), 'ask', entries.slice(0, 3), answers.byId(NEXT_STEPS_ENTRY)),
        answerSummary(withMost(contactCount)),
      ),
    ],
    'emergencyCard.ts#emergencyCard': () =>
      [false, true].flatMap((acuteDanger) =>
        [false, true].flatMap((suicide) =>
          [false, true].map((victim) => {
            const view = { acuteDanger, suicide, victim };
            return c(`acute=${acuteDanger} suicide=${suicide} victim=${victim}`, emergencyCard(view), emergencySummary(view));
          }),
        ),
      ),
    'helpCard.ts#helpCard': () =>
      (['personal', 'groupChat', 'channel'] as const).flatMap((conversationType) =>
        [false, true].map((isLeader) => c(`${conversationType}, leader=${isLeader}`, helpCard({ commands: helpCommands, isLeader, conversationType }), 'Wat kan Meldwijzer?')),
      ),
    'clarifyCard.ts#clarifyCard': () => [
      c(
        'three people and someone else',
        clarifyCard({
          options: [
            { id: 'kind', label: 'een kind' },
            { id: 'partner', label: 'een (ex-)partner' },
            { id: 'oudere', label: 'een oudere' },
            { id: null, label: 'iemand anders' },
          ],
        }),
        'Over wie maakt u zich zorgen?',
      ),
    ],
    'noAnswerCard.ts#noAnswerCard': () => [
      c('nothing close', noAnswerCard({ closest: [] })),
      c('three close topics', noAnswerCard({ closest: entries.slice(0, 3).map((e) => ({ id: e.id, title: e.title })) })),
      c('three close topics, ask an expert', noAnswerCard({ closest: entries.slice(0, 3).map((e) => ({ id: e.id, title: e.title })), askExpert: { question: long(40, 'vraag').slice(0, 1000) } })),
      c(
        'tentative answer to a case, with the meldcode steps',
        noAnswerCard({ closest: entries.slice(0, 3).map((e) => ({ id: e.id, title: e.title })), tentative: worstEntry, ...(answers.byId(NEXT_STEPS_ENTRY) ? { nextSteps: answers.byId(NEXT_STEPS_ENTRY) as KnowledgeEntry } : {}) }),
      ),
      c(
        'a worry no topic fits: the meldcode steps on their own, ask an expert',
        noAnswerCard({ closest: entries.slice(0, 2).map((e) => ({ id: e.id, title: e.title })), askExpert: { question: 'vraag' }, ...(answers.byId(NEXT_STEPS_ENTRY) ? { nextSteps: answers.byId(NEXT_STEPS_ENTRY) as KnowledgeEntry } : {}) }),
      ),
    ],
    'noticeCard.ts#noticeCard': () =>
      (['default', 'good', 'warning', 'attention'] as const).flatMap((tone) => [
        c(`${tone}, no title`, noticeCard('Dit onderwerp bestaat niet meer. Typ **onderwerpen** om verder te bladeren.', { tone })),
        c(`${tone}, title`, noticeCard('U krijgt geen updates meer. Typ **wel updates** om ze weer te krijgen.', { tone, title: 'Afgemeld' })),
      ]),
    'noticeCard.ts#invalidInputCard': () => [c('invalid input', invalidInputCard())],
    'privacyNoteCard.ts#privacyNoteCard': () =>
      [['bsn'], ['phone', 'email'], ['bsn', 'phone', 'email', 'postcode-huisnummer', 'geboortedatum', 'naam'], ['iets-nieuws']].map((kinds) =>
        c(kinds.join('+'), privacyNoteCard(kinds), privacyNoteText(kinds)),
      ),
    'topicsCard.ts#topicsCard': () => {
      const counts = new Map<CategoryId, number>();
      for (const e of entries) counts.set(e.category, (counts.get(e.category) ?? 0) + 1);
      return [c('all categories', topicsCard(counts), 'Onderwerpen'), c('one category', topicsCard(new Map([['meldcode', 3]])), 'Onderwerpen')];
    },
    'topicsCard.ts#categoryCard': () =>
      (Object.keys(CATEGORIES) as CategoryId[]).map((id) => c(id, categoryCard(id, answers.byCategory(id).map((e) => ({ id: e.id, title: e.title }))), CATEGORIES[id])),
    'englishCard.ts#englishCard': () => [c('english input', englishCard(smallTalkReply('english')), 'Meldwijzer antwoordt in het Nederlands')],
    'welcomeCard.ts#welcomeCard': () => (['personal', 'groupChat', 'channel'] as const).map((t) => c(t, welcomeCard({ conversationType: t }), 'Welkom bij Meldwijzer')),
    'forgetMeCard.ts#forgetMeConfirmCard': () => [c('confirm', forgetMeConfirmCard())],
    'forgetMeCard.ts#forgetMeDoneCard': () => [
      c('erased', forgetMeDoneCard({ erased: [{ label: 'Groepen die u volgt', count: 2 }, { label: 'Beoordelingen', count: 5 }, { label: 'Afmeldingen', count: 0 }], incomplete: false })),
      c('nothing stored', forgetMeDoneCard({ erased: [], incomplete: false })),
      c('incomplete', forgetMeDoneCard({ erased: [{ label: 'Beoordelingen', count: 1 }], incomplete: true })),
    ],
    'forgetMeCard.ts#forgetMeCancelledCard': () => [c('cancelled', forgetMeCancelledCard())],
    'groupFormCard.ts#groupFormCard': () => [
      c('new, empty', groupFormCard({ values: {}, errors: {} })),
      c('edit, filled', groupFormCard({ groupId: 'grp-verwijsindex', values: { name: 'Werkgroep verwijsindex', description: long(30, 'omschrijving') }, errors: {} })),
      c('errors', groupFormCard({ values: { name: '' }, errors: { name: 'Vul een naam in.', form: 'De naam "Werkgroep *test*" bestaat al.' } })),
      c(
        'edit, the experts\u2019 group toggle on',
        groupFormCard({
          groupId: 'grp-af',
          values: { name: 'Netwerk aandachtsfunctionarissen', description: 'Alle aandachtsfunctionarissen van de regio' },
          errors: {},
          options: [{ id: 'expertsGroup', title: 'Groep van de experts', hint: 'Vragen aan een expert gaan naar het kanaal van deze groep. Er is maar één groep van de experts.', on: true }],
        }),
      ),
    ],
    'groupFormCard.ts#groupRemoveCard': () => [0, 1, 3].map((n) => c(`${n} upcoming`, groupRemoveCard({ groupId: 'grp-af', name: 'Netwerk *AF*', upcomingMeetings: n }))),
    'groupListCard.ts#groupListCard': () => [
      c('personal', groupListCard({ conversationType: 'personal', isLeader: false, groups })),
      c('personal, leader, message', groupListCard({ conversationType: 'personal', isLeader: true, groups, message: { text: 'U volgt nu **Werkgroep verwijsindex**.', tone: 'good' } })),
      c('channel, leader', groupListCard({ conversationType: 'channel', isLeader: true, groups })),
      c('group chat, not leader', groupListCard({ conversationType: 'groupChat', isLeader: false, groups, message: { text: 'Dat kan alleen de projectleider.', tone: 'warning' } })),
      c('no groups', groupListCard({ conversationType: 'personal', isLeader: true, groups: [] })),
      c('many groups', groupListCard({ conversationType: 'channel', isLeader: true, groups: Array.from({ length: 25 }, (_, i) => ({ ...groups[0]!, id: `grp-${i}`, name: `Werkgroep ${i}` })) })),
    ],
    'meetingAttendeesCard.ts#meetingAttendeesCard': () => [
      c('answers', meetingAttendeesCard({ meetingId: meeting.meetingId, title: meeting.title, when: meeting.when, yes: ['Anna de Vries', 'B. *Bakker*', 'Chris_Jansen'], no: ['Dirk'], maybe: [] })),
      c('60 names', meetingAttendeesCard({ meetingId: meeting.meetingId, title: meeting.title, when: meeting.when, yes: Array.from({ length: 60 }, (_, i) => `Deelnemer met een lange naam ${i}`), no: [], maybe: [] })),
    ],
    'meetingCancelCard.ts#meetingCancelCard': () => [0, 5].map((n) => c(`${n} later`, meetingCancelCard({ meetingId: meeting.meetingId, title: meeting.title, when: meeting.when, laterInSeries: n }))),
    'meetingCard.ts#meetingCard': () => [
      c('reminder, everything', meetingCard({ ...meeting, lead: 'Herinnering · morgen', refresh: true }), meetingSummary({ ...meeting, lead: 'Herinnering · morgen' })),
      ...(['yes', 'no', 'maybe'] as const).map((myAnswer) => c(`my answer ${myAnswer}, leader`, meetingCard({ ...meeting, myAnswer, leaderActions: true, banner: { text: 'Gepland. De groepen krijgen herinneringen.', tone: 'good' } }))),
      c('cancelled', meetingCard({ ...meeting, state: 'cancelled', leaderActions: true })),
      c('past', meetingCard({ ...meeting, state: 'past', counts: { yes: 0, no: 0, maybe: 0 } })),
      c('minimal', meetingCard({ meetingId: 'm1', title: 'Overleg', groupName: 'Groep', when: 'maandag 1 maart, 10.00 uur', state: 'planned', counts: { yes: 0, no: 0, maybe: 0 } })),
      c('long agenda', meetingCard({ ...meeting, agenda: long(300, 'agendapunt'), leaderActions: true, refresh: true })),
    ],
    'meetingFormCard.ts#meetingFormCard': () => {
      const base = { groups: groups.map((g) => ({ id: g.id, name: g.name })), zoneNote: 'Tijden in Nederlandse tijd (Europe/Amsterdam).' };
      return [
        c('create, empty', meetingFormCard({ ...base, mode: 'create', values: {}, errors: {} })),
        c('create, errors', meetingFormCard({ ...base, mode: 'create', values: { group: 'grp-af', title: 'Overleg', date: '31-02-2027', startTime: '14:00', endTime: '13:00', repeat: 'P1W' }, errors: { date: 'De datum "31-02-2027" bestaat niet.', endTime: 'De eindtijd ligt voor de begintijd.', repeatCount: 'Kies hoe vaak de vergadering is.', form: 'Er is iets misgegaan.' } })),
        c('edit, filled', meetingFormCard({ ...base, mode: 'edit', meetingId: meeting.meetingId, values: { group: 'grp-verwijsindex', title: meeting.title, date: '2027-03-02', startTime: '14:00', endTime: '16:00', location: meeting.location ?? '', onlineUrl: meeting.onlineUrl ?? '', agenda: meeting.agenda ?? '', reminders: 'P7D,P1D,PT1H' }, errors: {} })),
      ];
    },
    'meetingListCard.ts#meetingListCard': () => [
      c('ten and more', meetingListCard({ title: 'Vergaderingen', intro: 'De komende vergaderingen van uw groepen.', items: Array.from({ length: 10 }, (_, i) => ({ meetingId: `m${i}`, title: `${meeting.title} ${i}`, groupName: meeting.groupName, when: meeting.when, counts: meeting.counts })), more: 4, emptyText: 'Geen vergaderingen.', canPlan: true })),
      c('empty', meetingListCard({ title: 'Vergaderingen', items: [], more: 0, emptyText: 'Er zijn geen vergaderingen gepland.', canPlan: false })),
    ],
    'meetingNoticeCard.ts#meetingNoticeCard': () => {
      const moved = { kind: 'moved' as const, meetingId: meeting.meetingId, title: meeting.title, groupName: meeting.groupName, when: meeting.when, previousWhen: 'dinsdag 23 februari 2027, 14.00 uur', calendarUrl: meeting.calendarUrl ?? '' };
      const cancelled = { kind: 'cancelled' as const, meetingId: meeting.meetingId, title: meeting.title, groupName: meeting.groupName, previousWhen: meeting.when, following: 3 };
      return [c('moved', meetingNoticeCard(moved), meetingNoticeSummary(moved)), c('cancelled', meetingNoticeCard(cancelled), meetingNoticeSummary(cancelled)), c('cancelled, one', meetingNoticeCard({ ...cancelled, following: 0 }))];
    },
    'broadcastApprovalCard.ts#broadcastApprovalCard': () =>
      (['open', 'approved', 'rejected', 'withdrawn'] as const).map((state) => {
        const view = { id: 'bc-1', content: broadcast, audienceLabel: 'Iedereen met Meldwijzer', estimate: 312, sendAtText: state === 'approved' ? 'maandag 8 maart, 09.00 uur' : undefined, composerName: 'Projectleider *Test*', state, decidedByName: state === 'open' ? undefined : 'Tweede Leider' };
        return c(state, broadcastApprovalCard(view), approvalSummary(view));
      }),
    'broadcastComposeCard.ts#broadcastComposeCard': () => {
      const base = { groups: groups.map((g) => ({ id: g.id, name: g.name })), zoneNote: 'Tijden in Nederlandse tijd (Europe/Amsterdam).' };
      return [
        c('new, empty', broadcastComposeCard({ ...base, values: {}, errors: {}, approvalRequired: false })),
        c('draft with errors, approval', broadcastComposeCard({ ...base, draftId: 'bc-1', approvalRequired: true, values: { title: broadcast.title, text: broadcast.text, linkUrl: 'ftp://x', linkTitle: 'Lees', audience: 'groups', groupIds: 'grp-af,grp-verwijsindex', sendDate: '2027-03-08', sendTime: '09:00' }, errors: { linkUrl: 'Dit is geen geldig webadres. Begin met https://', sendDate: 'Dit moment is al voorbij.' } })),
        c('no groups', broadcastComposeCard({ ...base, groups: [], values: { title: 'x' }, errors: {}, approvalRequired: false })),
      ];
    },
    'broadcastDetailsCard.ts#broadcastDetailsCard': () => [
      c('failures and skips', broadcastDetailsCard({ id: 'bc-1', title: broadcast.title, counts: { total: 312, sent: 290, failed: 15, pending: 0, skipped: 7 }, failures: FAILURE_REASONS.map((reason, i) => ({ reason, count: i + 1, statuses: reason === 'network' ? [] : [403, 429, 502].slice(0, i + 1) })), skipped: [{ reason: 'opted-out', count: 5 }, { reason: 'inactive', count: 2 }], failedPlaces: ['Algemeen', 'Werkgroep *verwijsindex*'], resendable: 9 })),
      c('all sent', broadcastDetailsCard({ id: 'bc-1', title: 'Kort', counts: { total: 3, sent: 3, failed: 0, pending: 0, skipped: 0 }, failures: [], skipped: [], failedPlaces: [], resendable: 0 })),
    ],
    'broadcastOverviewCard.ts#broadcastOverviewCard': () => [
      c('every status', broadcastOverviewCard({ items: BROADCAST_STATUSES.map((status, i) => ({ id: `bc-${i}`, title: `${broadcast.title} ${i}`, status, when: '8 maart 2027, 09.00 uur', sent: status === 'done' ? 300 : undefined, total: status === 'done' || status === 'sending' ? 312 : undefined })) })),
      c('none yet', broadcastOverviewCard({ items: [] })),
    ],
    'broadcastPreviewCard.ts#broadcastPreviewCard': () => [
      c('now, no approval', broadcastPreviewCard({ id: 'bc-1', content: broadcast, audienceLabel: 'Alle kanalen en groepschats', count: 41, optedOut: 3, inactive: 1, sendAtText: undefined, approvalRequired: false })),
      c('scheduled, approval, problem', broadcastPreviewCard({ id: 'bc-1', content: broadcast, audienceLabel: 'Groep Werkgroep verwijsindex', count: 1, optedOut: 1, inactive: 0, sendAtText: 'maandag 8 maart, 09.00 uur', approvalRequired: true, problem: 'Er is geen andere projectleider om goed te keuren.' })),
      c('nobody', broadcastPreviewCard({ id: 'bc-1', content: { title: 'Leeg', text: 'Niemand' }, audienceLabel: 'Groep zonder leden', count: 0, optedOut: 0, inactive: 0, sendAtText: undefined, approvalRequired: false })),
    ],
    'broadcastReportCard.ts#broadcastReportCard': () =>
      BROADCAST_STATUSES.map((status) => {
        const started = status === 'sending' || status === 'done' || status === 'cancelled';
        const view: ReportView = {
          id: 'bc-1',
          title: broadcast.title,
          status,
          audienceLabel: 'Iedereen met Meldwijzer',
          counts: started ? { total: 312, sent: status === 'done' ? 297 : 120, failed: status === 'done' ? 15 : 2, pending: status === 'done' ? 0 : 190, skipped: 5 } : undefined,
          estimate: started ? undefined : 312,
          sendAtText: status === 'scheduled' ? 'maandag 8 maart, 09.00 uur' : undefined,
          startedAtText: started ? '8 maart, 09.00 uur' : undefined,
          durationText: status === 'done' ? '4 minuten' : undefined,
          composerName: 'Projectleider',
          approval: { required: true, decision: status === 'rejected' ? 'rejected' : started ? 'approved' : undefined, byName: 'Tweede Leider' },
          cancelledByName: status === 'cancelled' ? 'Projectleider' : undefined,
          canCancel: status === 'scheduled' || status === 'sending' || status === 'awaiting-approval',
          canResend: status === 'done',
          canEdit: status === 'rejected',
        };
        return c(status, broadcastReportCard(view), reportSummary(view));
      }),
    'broadcastMessageCard.ts#broadcastMessageCard': () => [
      c('personal, image and link', broadcastMessageCard({ content: broadcast, conversationType: 'personal' }), broadcastSummary(broadcast)),
      c('channel, text only', broadcastMessageCard({ content: { title: 'Kort bericht', text: 'Alleen tekst.' }, conversationType: 'channel' })),
      c('longest allowed', broadcastMessageCard({ content: { ...broadcast, title: 'T'.repeat(100), text: long(230, 'woordenschat').slice(0, 3000) }, conversationType: 'groupChat' })),
    ],
  };
  Object.assign(CASES, expertCases(c, long));
  return CASES;
}

/** "Vraag het een expert" (bot/experts/): the form, the ticket in the experts' channel in every state, the answer. */
function expertCases(c: (name: string, card: Card, summary?: string) => Case, long: (words: number, word?: string) => string): Record<string, () => Case[]> {
  const question = 'Mag ik een melding doen bij Veilig Thuis als de ouders niet willen meewerken? Ik twijfel of het *nodig* is.';
  const answer = { text: 'Ja, dat mag als het nodig is voor de veiligheid van het kind.\n1. Overleg met een collega of de aandachtsfunctionaris\n2. Bel Veilig Thuis voor advies: 0800-2000', link: 'https://www.veiligthuis.nl/professionals', source: 'Meldcode, stap 2 en 5' };
  const ticket: TicketCardView = { ticketId: 'ticket-1', number: 12, status: 'new', question, askedAt: '3 december 2026, 14.05 uur', askedBy: 'Professional Test' };
  const longest = { text: long(400, 'antwoord').slice(0, 4000), link: `https://example.nl/${'pad/'.repeat(90)}`.slice(0, 500), source: long(40, 'bron').slice(0, 300) };
  return {
    'expertAskCard.ts#expertAskCard': () => [
      c('prefilled', expertAskCard({ question, showName: true })),
      c('empty, anonymous', expertAskCard({ question: '', showName: false })),
      c('personal data refused', expertAskCard({ question: 'De leerling heeft BSN 111222333, wat nu?', showName: true, error: 'Uw vraag bevat een BSN. Haal dat weg: een expert hoeft niet te weten om wie het gaat.' })),
      c('worst case: longest question', expertAskCard({ question: long(200, 'vraag').slice(0, 1000), showName: true, error: 'Uw vraag is te lang.' })),
    ],
    'expertAskCard.ts#expertSentCard': () => [c('sent', expertSentCard({ number: 12, question }))],
    'expertAskCard.ts#expertCancelledCard': () => [c('cancelled', expertCancelledCard())],
    'expertTicketCard.ts#expertTicketCard': () => [
      c('new', expertTicketCard(ticket)),
      c('new, anonymous', expertTicketCard({ ...ticket, askedBy: undefined })),
      c('picked up', expertTicketCard({ ...ticket, status: 'picked', handlerName: 'Expert Test' })),
      c('answered', expertTicketCard({ ...ticket, status: 'answered', handlerName: 'Expert Test', answer })),
      c('answered, as the leader sees it (Maak concept)', expertTicketCard({ ...ticket, status: 'answered', handlerName: 'Expert Test', answer, canDraft: true })),
      c('answered, draft made', expertTicketCard({ ...ticket, status: 'answered', handlerName: 'Expert Test', answer, draftMade: true, canDraft: true })),
      c('answered, asker removed the app', expertTicketCard({ ...ticket, status: 'answered', handlerName: 'Expert Test', answer, unreachable: true })),
      c('closed', expertTicketCard({ ...ticket, status: 'closed', handlerName: 'Expert Test', closeReason: 'Bel hiervoor de GGD.' })),
      c('erased on request', expertTicketCard({ ...ticket, status: 'erased', question: '' })),
      c('worst case: longest question and answer', expertTicketCard({ ...ticket, status: 'answered', question: long(200, 'vraag').slice(0, 1000), handlerName: 'N'.repeat(200), answer: longest, canDraft: true })),
    ],
    'expertTicketCard.ts#expertReminderCard': () => [
      c('new', expertReminderCard({ number: 12, question, status: 'nieuw' })),
      c('picked up, longest', expertReminderCard({ number: 12345, question: long(200, 'vraag').slice(0, 1000), status: `opgepakt door ${'N'.repeat(200)}` })),
    ],
    'expertTicketCard.ts#expertTicketListCard': () => [
      c('three open', expertTicketListCard({ tickets: [1, 2, 3].map((n) => ({ number: n, askedAt: `${n} december 2026, 09.00 uur`, status: n === 1 ? 'opgepakt door Expert Test' : 'nieuw', question })) })),
      c('none', expertTicketListCard({ tickets: [] })),
    ],
    'expertAnswerCard.ts#expertAnswerCard': () => [
      c('answer', expertAnswerCard({ ticketId: 'ticket-1', number: 12, question, answer, answeredBy: 'Expert Test', feedback: 'ask' })),
      c('thanks', expertAnswerCard({ ticketId: 'ticket-1', number: 12, question, answer: { text: 'Kort antwoord.' }, answeredBy: 'Expert Test', feedback: 'thanks' })),
      c('worst case: longest', expertAnswerCard({ ticketId: 'ticket-1', number: 12, question: long(200, 'vraag').slice(0, 1000), answer: longest, answeredBy: 'N'.repeat(200), feedback: 'ask' })),
    ],
    'expertAnswerCard.ts#expertClosedCard': () => [c('closed', expertClosedCard({ number: 12, question, reason: 'Bel hiervoor de GGD.' }))],
  };
}

/** Every case of every builder, named "file.ts#builderCard: case". */
export function allCases(cases: Record<string, () => Case[]>): Case[] {
  return Object.entries(cases).flatMap(([key, make]) => make().map((k) => ({ ...k, name: `${key}: ${k.name}` })));
}
