import { describe, expect, it } from 'vitest';
import { detectSmallTalk, smallTalkReply } from '../../bot/answers/smalltalk.ts';

describe('small talk', () => {
  it.each([
    ['hoi', 'greeting'],
    ['Goedemorgen Meldwijzer!', 'greeting'],
    ['dankjewel!', 'thanks'],
    ['heel erg bedankt voor de info', 'thanks'],
    ['Thanks!', 'thanks'],
    ['wat kun jij allemaal?', 'greeting'],
    ['wie ben jij', 'greeting'],
    ['tot ziens!', 'goodbye'],
    ['Fijn weekend', 'goodbye'],
    ['doei, jij ook', 'goodbye'],
    ['fijne dag nog', 'goodbye'],
    ['hoi meldwijzer, wat doe jij precies?', 'greeting'],
    // After sealed set 6: a thank-you that says it helped, thanks with a goodbye, asking how the bot is.
    ['dankjewel, dit helpt echt', 'thanks'],
    ['thanks, bye', 'thanks'],
    ['bedankt en fijne dag', 'thanks'],
    ['hey meldwijzer, hoe gaat ie', 'greeting'],
    ['hoi, alles goed?', 'greeting'],
    ['What should I do if a child tells me about abuse?', 'english'],
    ['How do I report domestic violence?', 'english'],
    ['Hi, can you help me in English? My client says her husband hits her.', 'english'],
  ])('"%s" is %s', (text, kind) => {
    expect(detectSmallTalk(text)).toBe(kind);
  });

  it.each([
    'hoi, wat is de kindcheck?',
    'bedankt, maar moet ik nu melden bij Veilig Thuis?',
    'wat is de meldcode',
    'ik ben juf en een kind heeft blauwe plekken',
    'top',
    'Veilig Thuis',
    'fijne dag nog, maar mag ik nog iets vragen over de kindcheck?',
    'tot wanneer mag ik wachten met melden?',
    'hoe gaat het verder na een melding?',
    'hoe gaat het met het kind na de melding',
    'dank je, maar helpt een melding echt?',
  ])('"%s" is a question (or nothing), not small talk', (text) => {
    expect(detectSmallTalk(text)).toBeUndefined();
  });

  it('replies in plain Dutch; the English reply also says 112 in English', () => {
    expect(smallTalkReply('greeting')).toMatch(/Typ geen namen/);
    expect(smallTalkReply('english')).toMatch(/Nederlands/);
    expect(smallTalkReply('english')).toMatch(/112/);
  });
});
