import { adaptiveCard, container, escapeText, execute, heading, statusText, text, type AdaptiveCard, type CardElement } from './cardKit.ts';
import { GROUP_VERBS } from './meetingVerbs.ts';

export interface GroupFormView {
  groupId?: string;
  values: { name?: string; description?: string };
  errors: { name?: string; description?: string; form?: string };
  /** On/off choices other features add (the experts' group), in the order given. */
  options?: ReadonlyArray<{ id: string; title: string; hint?: string | undefined; on: boolean }>;
}

/** New group, or change the name and description of one. */
export function groupFormCard(v: GroupFormView): AdaptiveCard {
  const body: CardElement[] = [heading(v.groupId ? 'Groep bewerken' : 'Nieuwe groep')];
  if (Object.keys(v.errors).length > 0) {
    const items = [statusText('**Er is niets opgeslagen.** Verbeter wat hieronder in rood staat.', 'attention')];
    if (v.errors.form) items.push(text(escapeQuoted(v.errors.form)));
    body.push(container(items, { style: 'attention' }));
  }
  body.push({ type: 'Input.Text', id: 'name', label: 'Naam', isRequired: true, errorMessage: 'Vul een naam in.', maxLength: 80, placeholder: 'Bijvoorbeeld: Werkgroep verwijsindex', value: v.values.name ?? '' });
  if (v.errors.name) body.push(text(escapeQuoted(v.errors.name), { color: 'Attention', size: 'Small', spacing: 'None' }));
  body.push({ type: 'Input.Text', id: 'description', label: 'Omschrijving (niet verplicht)', isMultiline: true, maxLength: 300, placeholder: 'Wie zitten erin, waar gaat de groep over?', value: v.values.description ?? '' });
  if (v.errors.description) body.push(text(escapeQuoted(v.errors.description), { color: 'Attention', size: 'Small', spacing: 'None' }));
  for (const o of v.options ?? []) {
    body.push({ type: 'Input.Toggle', id: o.id, title: o.title, value: o.on ? 'true' : 'false', valueOn: 'true', valueOff: 'false', wrap: true, spacing: 'Medium' });
    if (o.hint) body.push(text(o.hint, { size: 'Small', isSubtle: true, spacing: 'None' }));
  }
  const data: Record<string, unknown> = v.groupId ? { groupId: v.groupId } : {};
  const actions: CardElement[] = [execute('Opslaan', GROUP_VERBS.save, data, { style: 'positive', associatedInputs: 'auto' }), execute('Terug', GROUP_VERBS.view, {}, { associatedInputs: 'none' })];
  if (v.groupId) actions.push(execute('Groep verwijderen', GROUP_VERBS.removeAsk, { groupId: v.groupId }, { style: 'destructive', associatedInputs: 'none' }));
  return adaptiveCard(body, { actions, fallbackText: 'Formulier voor een groep. Open dit bericht in Teams om het in te vullen.' });
}

export interface GroupRemoveView {
  groupId: string;
  name: string;
  upcomingMeetings: number;
}

export function groupRemoveCard(v: GroupRemoveView): AdaptiveCard {
  const body: CardElement[] = [heading('Groep verwijderen?'), text(`**${escapeText(v.name)}**`)];
  const actions: CardElement[] = [];
  if (v.upcomingMeetings > 0) {
    body.push(statusText(`Deze groep heeft nog ${v.upcomingMeetings} ${v.upcomingMeetings === 1 ? 'vergadering' : 'vergaderingen'} gepland. Annuleer die eerst.`, 'warning'));
  } else {
    body.push(text('De koppelingen met kanalen en chats en de volgers van deze groep verdwijnen. Dit kan niet ongedaan worden gemaakt.'));
    actions.push(execute('Ja, verwijderen', GROUP_VERBS.remove, { groupId: v.groupId }, { style: 'destructive' }));
  }
  actions.push(execute('Nee, terug', GROUP_VERBS.view, {}));
  return adaptiveCard(body, { actions, fallbackText: `Groep verwijderen? ${v.name}` });
}

function escapeQuoted(message: string): string {
  return message.replace(/"([^"]*)"/g, (_m, q: string) => `"${escapeText(q)}"`);
}
