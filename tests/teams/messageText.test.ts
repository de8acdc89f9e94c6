import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainText as decode, stripTags } from '../../bot/teams/messageText.ts';

// The bot trims what it gets (a closing </p> leaves a space).
const plainText = (html: string) => decode(html).trim();

describe('plainText: the words of a message as Teams sends it', () => {
  it('decodes every HTML entity, not only &amp; &lt; &gt; &nbsp;', () => {
    expect(plainText('<p>wat betekent &#39;aandachtsfunctionaris&#39;?</p>')).toBe("wat betekent 'aandachtsfunctionaris'?");
    expect(plainText('<p>&quot;Veilig Thuis&quot; &#x27;s nachts</p>')).toBe('"Veilig Thuis" \'s nachts');
    expect(plainText('<p>&eacute;&eacute;n vraag over de co&ouml;rdinator</p>')).toBe('één vraag over de coördinator');
  });

  it('decodes a message that has entities but no tag', () => {
    expect(plainText('Jeugd &amp; Gezin')).toBe('Jeugd & Gezin');
    expect(plainText('wat is de kindcheck&#63;')).toBe('wat is de kindcheck?');
  });

  it('drops tags before decoding, so an escaped tag someone typed stays text', () => {
    expect(plainText('<p>wat doet &lt;b&gt; hier</p>')).toBe('wat doet <b> hier');
    expect(plainText('<div><strong>meldcode</strong> stappen</div>')).toBe('meldcode stappen');
  });

  it('keeps the words of two lines or paragraphs apart, and a non-breaking space is a space', () => {
    expect(plainText('<p>meldcode</p><p>stappen</p>')).toBe('meldcode stappen');
    expect(plainText('eerste regel<br/>tweede&nbsp;regel')).toBe('eerste regel tweede regel');
  });

  it('leaves plain text as it is', () => {
    for (const text of ['wat zijn de stappen van de meldcode?', 'AT&T en R&D', 'bel 0800-2000', 'Jeugd & Gezin']) expect(decode(text)).toBe(text);
  });
});

describe('stripTags: linear in the message, whatever it holds (issue 15, finding 13)', () => {
  // What a tag is, said as the regular expression that was used before: it tried up to 500 characters after every "<".
  const BREAK = /<(?:br\s*\/?|\/(?:p|div|li|h[1-6]|td|th|tr|blockquote)\s*)>$/i;
  const reference = (text: string) => text.replace(/<[^>]{0,500}>/g, (tag) => (BREAK.test(tag) ? ' ' : ''));

  it('drops the same tags as the regular expression did, and turns the same breaks into spaces', () => {
    const piece = fc.oneof(
      fc.constantFrom('<', '>', '<p>', '</p>', '<br/>', '<br >', '</li>', '<b>', '</ DIV >', 'a', ' ', '&amp;', 'meldcode'),
      fc.integer({ min: 490, max: 510 }).map((n) => `<${'x'.repeat(n)}>`),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
          const text = pieces.join('');
          expect(stripTags(text)).toBe(reference(text));
        }),
      { numRuns: 300 },
    );
  });

  it('a 250 KB message of "<" (or of unclosed tags, or with one ">" at the end) costs at most 3 steps per character', () => {
    const n = 250_000;
    const inputs = ['<'.repeat(n), `${'<'.repeat(n - 1)}>`, '</p'.repeat(n / 3), `${'<b '.repeat(n / 3)}>`, `${'<a>'.repeat(n / 6)}${'<'.repeat(n / 2)}>`];
    for (const text of inputs) {
      const work = { steps: 0 };
      stripTags(text, work);
      expect(work.steps).toBeLessThanOrEqual(3 * text.length + 3);
      // A generous bound on the whole of plainText (with the regular expression: 250-350 ms here): a tripwire.
      const started = performance.now();
      decode(text);
      expect(performance.now() - started).toBeLessThan(100);
    }
  });

  it('work grows with the message, not faster: 250 KB costs 5 times what 50 KB costs', () => {
    const steps = (n: number) => {
      const work = { steps: 0 };
      stripTags(`${'<'.repeat(n)}>${'<x>'.repeat(n / 3)}`, work);
      return work.steps;
    };
    expect(steps(250_002) / steps(50_001)).toBeLessThan(5.1);
  });
});
