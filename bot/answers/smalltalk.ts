import { normalize, tokenize } from './analyzer.ts';

/**
 * Messages that are no question for the knowledge base: a greeting, thanks, or a message in English. They get a
 * short friendly reply and are not kept as unanswered questions (they would only fill `inzichten` with noise).
 * Only whole short messages count: "hoi, wat is de kindcheck?" is a question with a greeting in front.
 */
export type SmallTalk = 'greeting' | 'goodbye' | 'thanks' | 'english';

const GREETINGS = new Set([
  'hoi', 'hallo', 'hai', 'hey', 'hee', 'hi', 'hello', 'goedemorgen', 'goedemiddag', 'goedenavond', 'goeiemorgen',
  'goeiemiddag', 'morgen', 'middag', 'avond', 'dag', 'daar', 'yo', 'meldwijzer', 'bot', 'allemaal', 'iedereen', 'beste',
  'good', 'morning', 'afternoon', 'evening', 'there',
]);
/** Goodbyes ("fijne dag nog", "tot ziens", "doei", "fijn weekend"): all words from here or GREETINGS, one from GOODBYE_CORE. */
const GOODBYES = new Set([
  'doei', 'doeg', 'ciao', 'bye', 'groetjes', 'tot', 'ziens', 'later', 'straks', 'fijne', 'fijn', 'prettige', 'nog',
  'weekend', 'werkdag', 'ook', 'jij', 'u', 'dag', 'avond', 'middag',
]);
const GOODBYE_CORE = new Set(['doei', 'doeg', 'ciao', 'bye', 'groetjes', 'ziens', 'later', 'straks', 'fijne', 'fijn', 'prettige']);
const THANKS = new Set([
  'dank', 'bedankt', 'dankje', 'dankjewel', 'dankuwel', 'thanks', 'thank', 'thx', 'tnx', 'merci', 'top', 'super',
  'fijn', 'mooi', 'prima', 'helder', 'duidelijk', 'ok', 'oke', 'okay', 'oki', 'je', 'jij', 'u', 'wel', 'voor', 'de',
  'hulp', 'info', 'informatie', 'het', 'antwoord', 'heel', 'erg', 'hartelijk', 'veel', 'nogmaals', 'you', 'very',
  'much', 'ja', 'nee', 'goed', 'zo', 'is', 'dat', 'dit', 'alvast', 'groet', 'groeten', 'hier', 'heb', 'ik', 'echt',
  'wat', 'aan', 'fijne', 'nog', 'geholpen', 'mee', 'daar', 'kan', 'verder', 'helpt', 'helpen', 'nuttig', 'handig',
  'enorm', 'zeker', 'weer', 'en',
]);
/** Thanks needs one of these; the rest of THANKS only keeps a longer thank-you together ("heel erg bedankt voor de info"). */
const THANKS_CORE = new Set(['dank', 'bedankt', 'dankje', 'dankjewel', 'dankuwel', 'thanks', 'thank', 'thx', 'tnx', 'merci']);

/** Frequent English function words that are not Dutch words too ("is", "in", "over" are both). */
const ENGLISH = new Set([
  'the', 'what', 'should', 'how', 'do', 'does', 'i', 'you', 'a', 'an', 'if', 'child', 'when', 'who', 'where', 'can',
  'my', 'of', 'to', 'and', 'abuse', 'report', 'help', 'with', 'this', 'that', 'about', 'have', 'has', 'would',
  'could', 'which', 'someone', 'please', 'violence', 'domestic', 'they', 'their', 'there', 'your', 'are', 'for', 'need',
  'says', 'her', 'his', 'husband', 'wife', 'english', 'hits', 'hurt', 'is', 'it',
]);
const DUTCH_HINTS = new Set(['de', 'het', 'een', 'ik', 'wat', 'hoe', 'moet', 'kan', 'niet', 'van', 'bij', 'en', 'is', 'mijn', 'wie', 'waar']);

const MAX_SMALLTALK_WORDS = 8;
/** "hey meldwijzer, hoe gaat ie", "hoi, alles goed?": asking how the bot is, answered like a greeting. */
const HOW_ARE_YOU = /^(?:(?:hoi|hallo|hey|hee|hi|hai|yo|goedemorgen|goedemiddag|goedenavond|beste)\s+)?(?:meldwijzer\s+|bot\s+)?(?:hoe (?:gaat (?:het|ie)|is het)(?: (?:met (?:je|jou|u)|ermee|vandaag))?|alles (?:goed|oke|ok)(?: (?:met (?:je|jou|u)|daar))?|how are you(?: doing)?)$/;
const ABOUT_THE_BOT = /^(?:(?:hoi|hallo|hey|hi|goedemorgen|goedemiddag|beste)\s+)?(?:meldwijzer\s+)?(?:wat (?:kun|kan|doe) (?:je|jij|u)(?: (?:eigenlijk|allemaal|zoal|precies))*|wie (?:ben|bent) (?:je|jij|u)|wat is meldwijzer)$/;

export function detectSmallTalk(text: string): SmallTalk | undefined {
  const words = tokenize(normalize(text)).map((w) => w.replace(/'/g, ''));
  if (words.length === 0) return undefined;
  if (words.length <= MAX_SMALLTALK_WORDS) {
    if (words.every((w) => GREETINGS.has(w))) return 'greeting';
    if (words.some((w) => GOODBYE_CORE.has(w)) && words.every((w) => GOODBYES.has(w) || GREETINGS.has(w))) return 'goodbye';
    // "wat kun jij allemaal?", "wie ben jij?": a question about the bot itself, answered like a greeting.
    if (ABOUT_THE_BOT.test(words.join(' ')) || HOW_ARE_YOU.test(words.join(' '))) return 'greeting';
    // Thanks, also with a goodbye in it ("thanks, bye", "bedankt en fijne dag").
    if (words.some((w) => THANKS_CORE.has(w)) && words.every((w) => THANKS.has(w) || GREETINGS.has(w) || GOODBYES.has(w))) return 'thanks';
  }
  // English: most words are English function words and hardly any is Dutch.
  const english = words.filter((w) => ENGLISH.has(w)).length;
  const dutch = words.filter((w) => DUTCH_HINTS.has(w)).length;
  if (words.length >= 3 && english >= 2 && english >= words.length * 0.25 && dutch <= 1) return 'english';
  return undefined;
}

/** The reply, in plain Dutch (the English one also in English, so the writer understands it). */
export function smallTalkReply(kind: SmallTalk): string {
  switch (kind) {
    case 'greeting':
      return 'Hallo! Stel gerust uw vraag over de meldcode, veiligheid of waar u naartoe kunt verwijzen. Typ **help** om te zien wat ik kan. Typ geen namen of details van een casus.';
    case 'goodbye':
      return 'Tot ziens! U kunt altijd terugkomen met een vraag.';
    case 'thanks':
      return 'Graag gedaan. Hebt u nog een vraag? Typ die gerust.';
    case 'english':
      return 'Ik antwoord alleen in het Nederlands. Stel uw vraag in het Nederlands, alstublieft. (Meldwijzer answers in Dutch only. In danger? Call 112.)';
  }
}
