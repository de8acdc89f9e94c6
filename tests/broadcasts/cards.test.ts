import { describe, expect, it } from 'vitest';
import type { ApprovalView, DetailsView, ReportView } from '../../bot/broadcasts/broadcastService.ts';
import { LIMITS } from '../../bot/broadcasts/draft.ts';
import { broadcastApprovalCard } from '../../cards/broadcastApprovalCard.ts';
import { broadcastComposeCard } from '../../cards/broadcastComposeCard.ts';
import { broadcastDetailsCard } from '../../cards/broadcastDetailsCard.ts';
import { broadcastMessageCard } from '../../cards/broadcastMessageCard.ts';
import { broadcastOverviewCard } from '../../cards/broadcastOverviewCard.ts';
import { broadcastPreviewCard } from '../../cards/broadcastPreviewCard.ts';
import { broadcastReportCard } from '../../cards/broadcastReportCard.ts';
import { cardText } from '../../test-support/connectorStub.ts';
import { adaptiveCardProblems, messageBytes } from '../../test-support/validateCard.ts';

const longest = {
  title: 'T'.repeat(LIMITS.title),
  text: `${'Een lange update met **vet** en [een link](https://example.nl). '.repeat(60)}`.slice(0, LIMITS.text),
  link: { title: 'L'.repeat(LIMITS.linkTitle), url: `https://example.nl/${'p'.repeat(1900)}` },
  imageUrl: `https://example.nl/${'i'.repeat(1900)}.png`,
};
const report = (over: Partial<ReportView> = {}): ReportView => ({
  id: 'b1',
  title: longest.title,
  status: 'sending',
  audienceLabel: 'Groepen: Taskforce HG/KM, Netwerk AF',
  counts: { total: 5000, sent: 2500, failed: 12, pending: 2488, skipped: 0 },
  estimate: undefined,
  sendAtText: undefined,
  startedAtText: 'dinsdag 3 maart 2026, 09.30 uur',
  durationText: undefined,
  composerName: 'Projectleider Test',
  approval: { required: true, decision: 'approved', byName: 'Tweede Projectleider' },
  cancelledByName: undefined,
  canCancel: true,
  canResend: false,
  canEdit: false,
  ...over,
});
const approval = (state: ApprovalView['state']): ApprovalView => ({ id: 'b1', content: longest, audienceLabel: 'Iedereen', estimate: 5000, sendAtText: undefined, composerName: 'P*j_e [x]', state, decidedByName: 'Tweede' });
const details: DetailsView = {
  id: 'b1',
  title: longest.title,
  counts: { total: 5000, sent: 4900, failed: 80, pending: 0, skipped: 20 },
  failures: [
    { reason: 'removed', count: 40, statuses: [403, 404] },
    { reason: 'throttled', count: 10, statuses: [429] },
    { reason: 'server-error', count: 10, statuses: [503] },
    { reason: 'network', count: 10, statuses: [] },
    { reason: 'rejected', count: 10, statuses: [400] },
  ],
  skipped: [
    { reason: 'opted-out', count: 10 },
    { reason: 'inactive', count: 5 },
    { reason: 'cancelled', count: 5 },
  ],
  failedPlaces: Array.from({ length: 20 }, (_, i) => `Team ${i} > Algemeen`),
  resendable: 40,
};

const cards: Array<[string, Record<string, unknown>]> = [
  ['message (personal)', broadcastMessageCard({ content: longest, conversationType: 'personal' })],
  ['message (channel)', broadcastMessageCard({ content: { title: 'Kort', text: 'x' }, conversationType: 'channel' })],
  [
    'compose with errors',
    broadcastComposeCard({
      draftId: 'b1',
      values: { title: longest.title, text: longest.text, audience: 'groups', groupIds: 'g1', sendDate: '2026-03-03', sendTime: '09:30' },
      errors: { title: 'te lang', text: 'te lang', linkUrl: 'x', imageUrl: 'x', audience: 'x', groupIds: 'x', sendDate: 'x', sendTime: 'x' },
      groups: Array.from({ length: 30 }, (_, i) => ({ id: `g${i}`, name: `Groep ${i}` })),
      approvalRequired: true,
      zoneNote: 'Tijden in Nederlandse tijd.',
    }),
  ],
  ['compose empty, no groups', broadcastComposeCard({ values: {}, errors: {}, groups: [], approvalRequired: false, zoneNote: 'Tijden in Nederlandse tijd.' })],
  ['preview', broadcastPreviewCard({ id: 'b1', content: longest, audienceLabel: 'Iedereen', count: 5000, optedOut: 12, inactive: 3, sendAtText: 'morgen', approvalRequired: true, problem: 'Er is geen andere projectleider.' })],
  ...(['draft', 'awaiting-approval', 'rejected', 'scheduled', 'sending', 'done', 'cancelled'] as const).map(
    (status): [string, Record<string, unknown>] => [`report ${status}`, broadcastReportCard(report({ status, canResend: status === 'done', durationText: status === 'done' ? '2 min 5 s' : undefined }))],
  ),
  ['report before sending', broadcastReportCard(report({ status: 'scheduled', counts: undefined, estimate: 12, sendAtText: 'dinsdag 3 maart 2026, 09.30 uur' }))],
  ['details', broadcastDetailsCard(details)],
  ...(['open', 'approved', 'rejected', 'withdrawn'] as const).map((s): [string, Record<string, unknown>] => [`approval ${s}`, broadcastApprovalCard(approval(s))]),
  ['overview', broadcastOverviewCard({ items: Array.from({ length: 10 }, (_, i) => ({ id: `b${i}`, title: longest.title, status: 'done' as const, when: 'gisteren', sent: 10, total: 12 })) })],
  ['overview empty', broadcastOverviewCard({ items: [] })],
];

describe('broadcast cards', () => {
  it.each(cards)('%s: valid Adaptive Card 1.5, under 80 KB', (_name, card) => {
    expect(adaptiveCardProblems(card)).toEqual([]);
    expect(card.version).toBe('1.5');
    expect(messageBytes({ type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }] })).toBeLessThan(80_000);
  });

  it('leader-typed names and titles are shown literally; the update text keeps its markdown', () => {
    const card = broadcastApprovalCard(approval('open'));
    expect(cardText(card)).toContain('P\\*j\\_e \\[x\\] wil deze update versturen');
    const msg = broadcastMessageCard({ content: { title: '**geen vet**', text: '**wel vet**' }, conversationType: 'personal' });
    expect(cardText(msg)).toContain('\\*\\*geen vet\\*\\*');
    expect(cardText(msg)).toContain('**wel vet**');
  });

  it('the report buttons follow the state', () => {
    const titles = (v: ReportView) => (JSON.stringify(broadcastReportCard(v)).match(/"title":"[^"]+"/g) ?? []).filter((t) => /Stoppen|Annuleren|Opnieuw|Details|Vernieuwen|Aanpassen/.test(t));
    expect(titles(report())).toEqual(['"title":"Stoppen"', '"title":"Vernieuwen"', '"title":"Details"']);
    expect(titles(report({ status: 'done', canCancel: false, canResend: true }))).toEqual(['"title":"Opnieuw naar mislukte"', '"title":"Details"']);
    expect(titles(report({ status: 'done', canCancel: false, canResend: false }))).toEqual(['"title":"Details"']);
  });
});

describe('the update text as Teams renders it', () => {
  it('keeps every line, lists, bold and links; an image or a heading stays text', () => {
    const card = broadcastMessageCard({ conversationType: 'personal', content: { title: 'T', text: 'Regel een\nRegel twee\n- punt **vet**\n- [site](https://example.nl)\n# kop\n![x](https://example.nl/a.png)' } });
    expect(cardText(card)).toContain('Regel een\n\nRegel twee\n\n- punt **vet**\n- [site](https://example.nl)\n\n\\# kop\n\n\\![x](https://example.nl/a.png)');
  });
});
