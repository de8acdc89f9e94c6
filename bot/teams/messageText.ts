import { decodeHTML } from 'entities';

/** A line or paragraph break: the words on either side stay apart. */
const BREAK = /<br\s*\/?>|<\/(?:p|div|li|h[1-6]|td|th|tr|blockquote)\s*>/gi;
const TAG = /<[^>]{0,500}>/g;
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
  const withoutTags = hasTag ? text.replace(BREAK, ' ').replace(TAG, '') : text;
  return decodeHTML(withoutTags).replace(/\u00a0/g, ' ');
}
