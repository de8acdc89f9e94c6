import { describe, expect, it } from 'vitest';
import { draftInputOf, formatDuration, markdownLinkTargets, parseSendTime, validateDraft } from '../../bot/broadcasts/draft.ts';
import { formatMoment } from '../../bot/platform/dutchTime.ts';

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

  it('links in the text: https only; javascript:, data:, http: and others are refused next to the text, with the address shown', () => {
    const form = (text: string) => validateDraft({ title: 'T', text, audience: 'personal' }, ctx);
    for (const text of [
      'Klik [hier](javascript:alert(1)) voor de meldcode',
      '[foto](data:text/html;base64,PHNjcmlwdD4=)',
      '[oud](http://example.nl/meldcode)',
      '[hoofdletters](JAVASCRIPT:alert(1))',
      '[entiteit](java&#115;cript:alert(1))',
      '[spatie]( javascript:alert(1) "titel")',
      '[haken](<javascript:alert(1)>)',
      'Zie <javascript:alert(1)> of <data:text/html,x>',
      'Zie [de site][1]\n\n[1]: javascript:alert(1)',
      '[mail](mailto:iemand@example.nl)',
      '[relatief](/pad/naar/iets)',
    ]) {
      const r = form(text);
      expect(r.ok, text).toBe(false);
      if (r.ok) continue;
      expect(Object.keys(r.errors), text).toEqual(['text']);
      expect(r.errors.text).toMatch(/^Een link in de tekst moet een webadres met https:\/\/ zijn\. Dit adres kan niet: ".+"\. Pas de link aan of haal hem weg\.$/);
    }
    expect(!form('[x](javascript:alert(1))').ok && form('[x](javascript:alert(1))')).toMatchObject({ errors: { text: expect.stringContaining('"javascript:alert(1"') } });
    // https links, with a title, in angle brackets, with parentheses in the address, and text without links: fine.
    for (const text of [
      'Lees [de meldcode](https://www.rijksoverheid.nl/meldcode) en [de uitleg](https://www.rijksoverheid.nl/a "uitleg")',
      'Zie [wiki](https://nl.wikipedia.org/wiki/Meldcode_(Nederland)) en <https://veiligthuis.nl>',
      '[Veilig Thuis]: https://veiligthuis.nl\n\nBel [Veilig Thuis]',
      'Gewone tekst met [haken] en (haakjes), 3 < 4 en 5 > 2.',
    ]) expect(form(text).ok, text).toBe(true);
  });

  it('finds link targets quickly, also in a text of the longest length made to be slow', () => {
    expect(markdownLinkTargets('a](b) <https://x.nl>\n[c]: d')).toEqual(['b', 'https://x.nl', 'd']);
    const started = performance.now();
    for (const text of ['](('.repeat(1000), '](<'.repeat(1000), '<a:'.repeat(1000), '[a'.repeat(1500), ` [${'x'.repeat(2990)}`]) markdownLinkTargets(text);
    expect(performance.now() - started).toBeLessThan(100);
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
  it('reads typed dates and times as the meeting form does (one reader for every form)', () => {
    const at = { at: new Date('2026-03-03T08:30:00Z') };
    expect(parseSendTime('3-3-2026', '9.30', now, 'Europe/Amsterdam')).toEqual(at);
    expect(parseSendTime('03/03/2026', '09:30:00', now, 'Europe/Amsterdam')).toEqual(at);
    expect(parseSendTime('2026-03-03', '24:00', now, 'Europe/Amsterdam')).toMatchObject({ field: 'sendTime' });
    expect(parseSendTime('morgen', '09:30', now, 'Europe/Amsterdam')).toMatchObject({ field: 'sendDate' });
  });
  it('the link button takes https only, as the links in the text', () => {
    const r = validateDraft({ title: 'T', text: 'x', linkUrl: 'http://example.nl/info', audience: 'all' }, ctx);
    expect(r).toMatchObject({ ok: false, errors: { linkUrl: expect.stringMatching(/https:\/\//) } });
  });
});

describe('formatting', () => {
  it('moments and durations in Dutch', () => {
    expect(formatMoment('2026-03-03T08:30:00Z', 'Europe/Amsterdam')).toBe('dinsdag 3 maart 2026, 09.30 uur');
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
