import { describe, expect, it } from 'vitest';
import { plainText as decode } from '../../bot/teams/messageText.ts';

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
