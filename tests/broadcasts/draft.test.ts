import { describe, expect, it } from 'vitest';
import { draftInputOf, formatDuration, formatMoment, parseSendTime, validateDraft } from '../../bot/broadcasts/draft.ts';

const now = new Date('2026-03-02T10:00:00Z'); // 11:00 in Amsterdam
const ctx = { now, timezone: 'Europe/Amsterdam', knownGroupIds: new Set(['g1', 'g2']) };

describe('validateDraft', () => {
  it('accepts a complete form and trims it', () => {
    const r = validateDraft(
      { title: '  Nieuwe   meldcode ', text: 'Lees **dit**.\r\n- punt', linkUrl: 'https://www.rijksoverheid.nl/meldcode', linkTitle: '', imageUrl: 'https://example.nl/a.png', audience: 'groups', groupIds: 'g1,g2,g1' },
      ctx,
    );
    expect(r).toEqual({
      ok: true,
      draft: {
        content: { title: 'Nieuwe meldcode', text: 'Lees **dit**.\n- punt', link: { title: 'Lees meer', url: 'https://www.rijksoverheid.nl/meldcode' }, imageUrl: 'https://example.nl/a.png' },
        audience: { kind: 'groups', groupIds: ['g1', 'g2'] },
        sendAt: undefined,
      },
    });
  });

  it('reports every problem next to its field', () => {
    const r = validateDraft({ title: 'x'.repeat(101), text: ' ', linkUrl: 'javascript:alert(1)', imageUrl: 'http://example.nl/a.png', audience: 'iedereen' }, ctx);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.errors).sort()).toEqual(['audience', 'imageUrl', 'linkUrl', 'text', 'title']);
    expect(r.errors.title).toMatch(/te lang: 101 tekens/);
  });

  it('groups: at least one, and only groups that exist', () => {
    const none = validateDraft({ title: 'T', text: 'x', audience: 'groups', groupIds: '' }, ctx);
    expect(!none.ok && none.errors.groupIds).toMatch(/Kies een of meer groepen/);
    const gone = validateDraft({ title: 'T', text: 'x', audience: 'groups', groupIds: 'g1,deleted' }, ctx);
    expect(!gone.ok && gone.errors.groupIds).toMatch(/bestaat niet meer/);
  });

  it('a link text without an address is a problem', () => {
    const r = validateDraft({ title: 'T', text: 'x', audience: 'personal', linkTitle: 'Lees meer' }, ctx);
    expect(!r.ok && r.errors.linkUrl).toMatch(/geen webadres/);
  });
});

describe('parseSendTime (Europe/Amsterdam)', () => {
  it('both empty: now', () => expect(parseSendTime('', '', now, 'Europe/Amsterdam')).toEqual({ at: undefined }));
  it('local time, winter and summer', () => {
    expect(parseSendTime('2026-03-03', '09:30', now, 'Europe/Amsterdam')).toEqual({ at: new Date('2026-03-03T08:30:00Z') });
    expect(parseSendTime('2026-04-01', '09:30', now, 'Europe/Amsterdam')).toEqual({ at: new Date('2026-04-01T07:30:00Z') });
  });
  it('half a moment, the past, too far ahead, and a time that does not exist (clocks forward)', () => {
    expect(parseSendTime('2026-03-03', '', now, 'Europe/Amsterdam')).toMatchObject({ field: 'sendTime' });
    expect(parseSendTime('', '09:00', now, 'Europe/Amsterdam')).toMatchObject({ field: 'sendDate' });
    expect(parseSendTime('2026-03-02', '10:30', now, 'Europe/Amsterdam')).toMatchObject({ field: 'sendTime', error: expect.stringMatching(/voorbij/) });
    expect(parseSendTime('2026-09-01', '10:30', now, 'Europe/Amsterdam')).toMatchObject({ field: 'sendDate' });
    expect(parseSendTime('2026-03-29', '02:30', now, 'Europe/Amsterdam')).toMatchObject({ field: 'sendTime', error: expect.stringMatching(/bestaat niet/) });
    expect(parseSendTime('2026-02-30', '10:00', now, 'Europe/Amsterdam')).toMatchObject({ field: 'sendDate' });
  });
});

describe('formatting', () => {
  it('moments and durations in Dutch', () => {
    expect(formatMoment('2026-03-03T08:30:00Z', 'Europe/Amsterdam')).toBe('dinsdag 3 maart 2026 om 09:30');
    expect(formatDuration(400)).toBe('minder dan een seconde');
    expect(formatDuration(125_000)).toBe('2 min 5 s');
    expect(formatDuration(3_780_000)).toBe('1 u 3 min');
  });
  it('a saved draft back into the form', () => {
    expect(draftInputOf({ content: { title: 'T', text: 'x' }, audience: { kind: 'groups', groupIds: ['g1', 'g2'] }, sendAt: '2026-03-03T08:30:00.000Z' }, 'Europe/Amsterdam')).toEqual({
      title: 'T',
      text: 'x',
      audience: 'groups',
      groupIds: 'g1,g2',
      sendDate: '2026-03-03',
      sendTime: '09:30',
    });
  });
});
