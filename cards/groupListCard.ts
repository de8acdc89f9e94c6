import { actionSet, adaptiveCard, container, escapeText, execute, heading, submit, text, type AdaptiveCard, type CardElement } from './cardKit.ts';
import { GROUP_VERBS, MEETING_VERBS } from './meetingVerbs.ts';

export interface GroupListView {
  conversationType: 'personal' | 'groupChat' | 'channel';
  isLeader: boolean;
  groups: ReadonlyArray<{
    id: string;
    name: string;
    description: string;
    following: boolean;
    linkedHere: boolean;
    linkedCount: number;
    followerCount: number;
  }>;
  /** Our own text (may contain an escaped group name): the result of the last action. */
  message?: { text: string; tone: 'good' | 'warning' };
}

/** `groepen`: the groups, with follow (personal chat) or link (channel / group chat, leader) buttons. */
export function groupListCard(v: GroupListView): AdaptiveCard {
  const personal = v.conversationType === 'personal';
  const here = v.conversationType === 'channel' ? 'dit kanaal' : 'deze chat';
  const body: CardElement[] = [heading('Groepen')];
  if (v.message) body.push(container([text(v.message.text)], { style: v.message.tone }));
  body.push(
    text(
      personal
        ? 'Volg een groep om de herinneringen voor haar vergaderingen hier in uw chat met Meldwijzer te krijgen. U kunt ook typen: **volg** *naam van de groep* of **ontvolg** *naam van de groep*.'
        : v.isLeader
          ? `Koppel een groep aan ${here}: dan komen de herinneringen voor haar vergaderingen hier.`
          : `Herinneringen van de groepen die aan ${here} gekoppeld zijn, komen hier. Wilt u ze zelf krijgen? Volg de groep in uw persoonlijke chat met Meldwijzer.`,
      { isSubtle: true, spacing: 'None' },
    ),
  );
  if (v.groups.length === 0) {
    body.push(text(v.isLeader ? 'Er zijn nog geen groepen. Maak er een met de knop hieronder.' : 'Er zijn nog geen groepen.'));
  }
  v.groups.forEach((g, i) => {
    const status: string[] = [];
    if (personal && g.following) status.push('✓ U volgt deze groep');
    if (!personal && g.linkedHere) status.push(`✓ Gekoppeld aan ${here}`);
    if (v.isLeader) status.push(`${g.linkedCount} ${g.linkedCount === 1 ? 'kanaal of chat' : 'kanalen of chats'} · ${g.followerCount} ${g.followerCount === 1 ? 'volger' : 'volgers'}`);
    const buttons: CardElement[] = [];
    if (personal) buttons.push(g.following ? execute('Ontvolgen', GROUP_VERBS.unfollow, { groupId: g.id }) : execute('Volgen', GROUP_VERBS.follow, { groupId: g.id }, { style: 'positive' }));
    if (!personal && v.isLeader) buttons.push(g.linkedHere ? execute(`Ontkoppelen van ${here}`, GROUP_VERBS.unlink, { groupId: g.id }) : execute(`Koppelen aan ${here}`, GROUP_VERBS.link, { groupId: g.id }, { style: 'positive' }));
    if (v.isLeader) buttons.push(execute('Bewerken', GROUP_VERBS.edit, { groupId: g.id }));
    const items: CardElement[] = [text(`**${escapeText(g.name)}**`)];
    if (g.description) items.push(text(escapeText(g.description), { size: 'Small', spacing: 'None' }));
    if (status.length > 0) items.push(text(status.join(' · '), { size: 'Small', isSubtle: true, spacing: 'None' }));
    if (buttons.length > 0) items.push(actionSet(buttons, { spacing: 'Small' }));
    body.push(container(items, { separator: i > 0, spacing: 'Medium' }));
  });
  const actions: CardElement[] = [submit('Vergaderingen bekijken', { verb: MEETING_VERBS.list })];
  if (v.isLeader) actions.push(execute('Nieuwe groep', GROUP_VERBS.create, {}));
  return adaptiveCard(body, { actions, fallbackText: `Groepen: ${v.groups.map((g) => g.name).join(', ') || 'nog geen'}.` });
}
