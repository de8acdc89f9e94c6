import { adaptiveCard, text, type AdaptiveCard } from './cardKit.ts';

/** How a kind of personal data is named in a sentence ("een BSN"); shared by every message that names one. */
const LABELS: Record<string, string> = {
  bsn: 'een BSN',
  phone: 'een telefoonnummer',
  email: 'een e-mailadres',
  'postcode-huisnummer': 'een adres',
  geboortedatum: 'een geboortedatum',
  naam: 'een naam',
};

export const personalDataWord = (kind: string): string => LABELS[kind] ?? 'persoonsgegevens';

export function privacyNoteText(kinds: readonly string[]): string {
  const found = kinds.map(personalDataWord);
  const list = found.length > 1 ? `${found.slice(0, -1).join(', ')} en ${found.at(-1) ?? ''}` : (found[0] ?? 'persoonsgegevens');
  return `Uw bericht lijkt ${list} te bevatten. Dat heb ik niet nodig en ik heb het niet bewaard. Typ liever geen namen of details van een casus. Uw vraag beantwoord ik hieronder.`;
}

export function privacyNoteCard(kinds: readonly string[]): AdaptiveCard {
  const message = privacyNoteText(kinds);
  return adaptiveCard([text('🔒 **Let op uw privacy**'), text(message, { size: 'Small' })], { fallbackText: message });
}
