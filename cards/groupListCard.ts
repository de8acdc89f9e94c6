import { adaptiveCard, buttonRows, container, escapeText, execute, heading, statusBox, submit, text, type AdaptiveCard, type CardElement } from './cardKit.ts';
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
  if (v.message) body.push(statusBox(v.message.text, v.message.tone));
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
  // What a person can do with a group here: follow in the personal chat; link here for a leader elsewhere; edit for a leader.
  const groupActions = (g?: GroupListView['groups'][number]): CardElement[] => {
    const ref = g ? { groupId: g.id } : {};
    const out: CardElement[] = [];
    if (personal) {
      if (!g || !g.following) out.push(execute('Volgen', GROUP_VERBS.follow, ref, { style: 'positive' }));
      if (!g || g.following) out.push(execute('Ontvolgen', GROUP_VERBS.unfollow, ref));
    }
    if (!personal && v.isLeader) {
      if (!g || !g.linkedHere) out.push(execute(`Koppelen aan ${here}`, GROUP_VERBS.link, ref, { style: 'positive' }));
      if (!g || g.linkedHere) out.push(execute(`Ontkoppelen van ${here}`, GROUP_VERBS.unlink, ref));
    }
    if (v.isLeader) out.push(execute('Bewerken', GROUP_VERBS.edit, ref));
    return out;
  };
  const footer: CardElement[] = [submit('Vergaderingen bekijken', { verb: MEETING_VERBS.list })];
  if (v.isLeader) footer.push(execute('Nieuwe groep', GROUP_VERBS.create, {}));
  // Buttons per group while the card keeps at most 6; with more groups, one choice of group and one set of buttons.
  const inline = v.groups.reduce((n, g) => n + groupActions(g).length, 0) + footer.length <= 6;
  v.groups.forEach((g, i) => {
    const status: string[] = [];
    if (personal && g.following) status.push('✓ U volgt deze groep');
    if (!personal && g.linkedHere) status.push(`✓ Gekoppeld aan ${here}`);
    if (v.isLeader) status.push(`${g.linkedCount} ${g.linkedCount === 1 ? 'kanaal of chat' : 'kanalen of chats'} · ${g.followerCount} ${g.followerCount === 1 ? 'volger' : 'volgers'}`);
    const items: CardElement[] = [text(`**${escapeText(g.name)}**`)];
    if (g.description) items.push(text(escapeText(g.description), { size: 'Small', spacing: 'None' }));
    if (status.length > 0) items.push(text(status.join(' · '), { size: 'Small', isSubtle: true, spacing: 'None' }));
    if (inline) items.push(...buttonRows(groupActions(g), personal ? 2 : 1, { spacing: 'Small' }));
    body.push(container(items, { separator: i > 0, spacing: 'Medium' }));
  });
  const chooser = groupActions();
  if (!inline && chooser.length > 0) {
    body.push(
      {
        type: 'Input.ChoiceSet',
        id: 'groupId',
        label: 'Kies een groep',
        style: 'compact',
        isRequired: true,
        errorMessage: 'Kies eerst een groep.',
        choices: v.groups.map((g) => ({ title: g.name, value: g.id })),
        spacing: 'Medium',
        separator: true,
      },
      ...buttonRows(chooser, personal ? 2 : 1, { spacing: 'Small' }),
    );
  }
  body.push(...buttonRows(footer, 1, { spacing: 'Medium' }));
  return adaptiveCard(body, { fallbackText: `Groepen: ${v.groups.map((g) => g.name).join(', ') || 'nog geen'}.` });
}
