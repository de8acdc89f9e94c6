import type { DraftField, DraftInput, FieldErrors } from '../bot/broadcasts/draft.ts';
import { LIMITS } from '../bot/broadcasts/draft.ts';
import { adaptiveCard, escapeText, execute, heading, statusBox, text, type AdaptiveCard, type CardElement } from './cardKit.ts';
import { BROADCAST_VERBS } from './broadcastVerbs.ts';

export interface BroadcastComposeView {
  /** Set when the form edits a saved draft. */
  draftId?: string | undefined;
  values: DraftInput;
  errors: FieldErrors;
  groups: ReadonlyArray<{ id: string; name: string }>;
  approvalRequired: boolean;
  /** E.g. "Tijden in Nederlandse tijd (Europe/Amsterdam)." */
  zoneNote: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^\d{2}:\d{2}$/;

/** The form to write an update. Problems found on the server are shown under their field; nothing is saved then. */
export function broadcastComposeCard(v: BroadcastComposeView): AdaptiveCard {
  const body: CardElement[] = [
    heading(v.draftId ? 'Update aanpassen' : 'Nieuwe update'),
    text(
      `Schrijf uw update. U ziet eerst een voorbeeld en het aantal ontvangers; er gaat pas iets weg als u op **Versturen** klikt.${v.approvalRequired ? ' Een andere projectleider moet de update daarna goedkeuren.' : ''} Velden met * zijn verplicht.`,
      { size: 'Small', isSubtle: true, spacing: 'None' },
    ),
  ];
  if (Object.keys(v.errors).length > 0) {
    body.push(statusBox('**Er is niets opgeslagen.** Verbeter wat hieronder in rood staat en kies opnieuw Voorbeeld bekijken.', 'attention'));
  }
  const val = (f: DraftField) => v.values[f] ?? '';
  const input = (f: DraftField, el: Record<string, unknown>): CardElement[] => {
    const e = v.errors[f];
    return [{ id: f, ...el }, ...(e ? [text(escapeText(e), { color: 'Attention', size: 'Small', spacing: 'None' })] : [])];
  };
  const audienceChoices = [
    { title: 'Iedereen met Meldwijzer (persoonlijke chats)', value: 'personal' },
    { title: 'Alle kanalen en groepschats met Meldwijzer', value: 'channels' },
    { title: 'Allebei: persoonlijke chats, kanalen en groepschats', value: 'all' },
    ...(v.groups.length > 0 ? [{ title: 'Een of meer groepen (kies hieronder)', value: 'groups' }] : []),
  ];
  body.push(
    ...input('title', { type: 'Input.Text', label: 'Titel', isRequired: true, errorMessage: 'Vul een titel in.', maxLength: LIMITS.title, placeholder: 'Bijvoorbeeld: Nieuwe versie van de meldcode', value: val('title') }),
    ...input('text', {
      type: 'Input.Text',
      label: 'Tekst',
      isRequired: true,
      errorMessage: 'Schrijf de tekst van de update.',
      isMultiline: true,
      maxLength: LIMITS.text,
      placeholder: 'U kunt **vet**, lijstjes met - en links gebruiken.',
      value: val('text'),
    }),
    text('**Knop met een link** (niet verplicht)', { spacing: 'Medium' }),
    {
      type: 'ColumnSet',
      spacing: 'None',
      columns: [
        { type: 'Column', width: 'stretch', items: input('linkUrl', { type: 'Input.Text', label: 'Webadres', style: 'Url', placeholder: 'https://…', value: val('linkUrl') }) },
        { type: 'Column', width: 'stretch', items: input('linkTitle', { type: 'Input.Text', label: 'Tekst op de knop', maxLength: LIMITS.linkTitle, placeholder: 'Lees meer', value: val('linkTitle') }) },
      ],
    },
    ...input('imageUrl', { type: 'Input.Text', label: 'Afbeelding (webadres, niet verplicht)', style: 'Url', placeholder: 'https://…/afbeelding.png', value: val('imageUrl') }),
    ...input('audience', {
      type: 'Input.ChoiceSet',
      label: 'Naar wie?',
      isRequired: true,
      errorMessage: 'Kies naar wie de update gaat.',
      style: 'expanded',
      choices: audienceChoices,
      ...(val('audience') ? { value: val('audience') } : {}),
    }),
  );
  if (v.groups.length > 0) {
    body.push(
      ...input('groupIds', {
        type: 'Input.ChoiceSet',
        label: 'Groepen (alleen bij "Een of meer groepen")',
        isMultiSelect: true,
        style: 'compact',
        choices: v.groups.map((g) => ({ title: g.name, value: g.id })),
        ...(val('groupIds') ? { value: val('groupIds') } : {}),
      }),
      text('Een groep krijgt de update in de gekoppelde kanalen en groepschats, en in de persoonlijke chat van wie de groep volgt.', { size: 'Small', isSubtle: true, spacing: 'None' }),
    );
  }
  body.push(
    text(`**Later versturen** (niet verplicht). ${v.zoneNote} Laat leeg om meteen te versturen.`, { spacing: 'Medium' }),
    {
      type: 'ColumnSet',
      spacing: 'None',
      columns: [
        { type: 'Column', width: 'stretch', items: input('sendDate', { type: 'Input.Date', label: 'Datum', ...(DATE.test(val('sendDate')) ? { value: val('sendDate') } : {}) }) },
        { type: 'Column', width: 'stretch', items: input('sendTime', { type: 'Input.Time', label: 'Tijd', ...(TIME.test(val('sendTime')) ? { value: val('sendTime') } : {}) }) },
      ],
    },
  );
  const data = v.draftId ? { draftId: v.draftId } : {};
  return adaptiveCard(body, {
    actions: [
      execute('Voorbeeld bekijken', BROADCAST_VERBS.preview, data, { style: 'positive', associatedInputs: 'auto' }),
      execute('Annuleren', BROADCAST_VERBS.discard, v.draftId ? { id: v.draftId } : {}, { associatedInputs: 'none' }),
    ],
    fallbackText: 'Formulier voor een nieuwe update. Open dit bericht in Teams.',
  });
}
