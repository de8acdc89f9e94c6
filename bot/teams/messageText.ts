import { decodeHTML } from 'entities';

/** A tag is "<", at most this many characters other than ">", then ">"; a longer one is text. */
const MAX_TAG = 500;
/**
 * A line or paragraph break: the words on either side stay apart. Tested on one tag (at most MAX_TAG + 2 characters);
 * a tag that ends in one ("<</p>") is a break too.
 */
const BREAK = /<(?:br\s*\/?|\/(?:p|div|li|h[1-6]|td|th|tr|blockquote)\s*)>$/i;
/** A character reference (&amp; &#39; &#x27; &eacute;): a message without a tag may still be HTML. */
const REFERENCE = /&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i;

/**
 * The words of a message as Teams sends it: channel messages and formatted ones come as HTML (<p>, <br>, entities
 * such as &#39; for an apostrophe), a plain chat message as text. Tags go first, then entities are decoded, so
 * "&lt;b&gt;" that someone typed stays "<b>" and is not taken for a tag; a non-breaking space becomes a space.
 * Text without a tag or a reference is returned as it is.
 */
export function plainText(text: string): string {
  const hasTag = text.includes('<');
  if (!hasTag && !REFERENCE.test(text)) return text;
  const withoutTags = hasTag ? stripTags(text) : text;
  return decodeHTML(withoutTags).replace(/\u00a0/g, ' ');
}

/**
 * Drops every tag (leftmost first, as `/<[^>]{0,500}>/g` would) and turns a break into a space, in time linear in
 * the text: each character is passed at most once by the search for "<" and once by the search for ">". The regular
 * expression it replaces tried up to 500 characters after every "<", so a 250 KB message of "<" held the event loop
 * for about 250 ms (issue 15, finding 13). `work.steps` counts the characters passed, for the test that keeps it so.
 */
export function stripTags(text: string, work: { steps: number } = { steps: 0 }): string {
  let out = '';
  let copied = 0; // text before this index is in `out` or dropped
  let lt = text.indexOf('<');
  work.steps += lt === -1 ? text.length : lt + 1;
  let gt = -2; // the first ">" at or after the current "<"; -1: there is none
  while (lt !== -1) {
    if (gt !== -1 && gt < lt) {
      gt = text.indexOf('>', lt);
      work.steps += (gt === -1 ? text.length : gt + 1) - lt;
    }
    if (gt === -1) break; // no ">" after here: the rest is text
    let from: number;
    if (gt - lt - 1 <= MAX_TAG) {
      const tag = text.slice(lt, gt + 1);
      work.steps += tag.length;
      out += text.slice(copied, lt) + (BREAK.test(tag) ? ' ' : '');
      copied = gt + 1;
      from = gt + 1;
    } else {
      from = lt + 1; // too long for a tag: this "<" is text
    }
    lt = text.indexOf('<', from);
    work.steps += (lt === -1 ? text.length : lt + 1) - from;
  }
  return out + text.slice(copied);
}
