import nock from 'nock';

export interface ConnectorCall {
  method: 'POST' | 'PUT';
  path: string;
  conversationId: string;
  body: Record<string, unknown>;
  authorization: string | undefined;
}

/**
 * Stands in for the Bot Connector service at a Teams serviceUrl: records every reply, proactive message and
 * update the bot sends, and answers like the connector does ({ id }).
 */
export function stubConnector(serviceUrl: string) {
  const calls: ConnectorCall[] = [];
  let n = 0;
  const origin = new URL(serviceUrl).origin;
  const prefix = new URL(serviceUrl).pathname.replace(/\/$/, '');
  const record = (method: 'POST' | 'PUT') =>
    function (this: { req: { headers: Record<string, string | string[] | undefined> } }, uri: string, body: unknown) {
      const match = /\/v3\/conversations\/([^/]+)\/activities/.exec(uri);
      const auth = this.req.headers.authorization;
      calls.push({
        method,
        path: uri,
        conversationId: decodeURIComponent(match?.[1] ?? ''),
        body: (typeof body === 'string' ? JSON.parse(body) : body) as Record<string, unknown>,
        authorization: Array.isArray(auth) ? auth[0] : auth,
      });
      return [200, { id: `sent-${++n}` }] as [number, { id: string }];
    };
  const scope = nock(origin)
    .persist()
    .post(new RegExp(`^${prefix}/v3/conversations/[^/]+/activities`))
    .reply(record('POST'))
    .put(new RegExp(`^${prefix}/v3/conversations/[^/]+/activities/[^/]+`))
    .reply(record('PUT'));

  return {
    calls,
    /** Message activities only (typing indicators left out). */
    messages: () => calls.filter((c) => c.body.type === 'message'),
    /** The Adaptive Card contents of the messages, in order. */
    cards: () =>
      calls
        .filter((c) => c.body.type === 'message')
        .flatMap((c) => ((c.body.attachments as Array<{ contentType: string; content: Record<string, unknown> }> | undefined) ?? []).filter((a) => a.contentType === 'application/vnd.microsoft.card.adaptive').map((a) => a.content)),
    reset: () => {
      calls.length = 0;
    },
    done: () => scope.persist(false),
  };
}

/** All text in a card (TextBlocks, FactSets, action titles), joined: for asserting what a user would read. */
export function cardText(card: unknown): string {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(walk);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if (o.type === 'TextBlock' && typeof o.text === 'string') out.push(o.text);
    if (typeof o.title === 'string' && typeof o.type === 'string' && o.type.startsWith('Action.')) out.push(o.title);
    if (o.type === 'FactSet' && Array.isArray(o.facts)) for (const f of o.facts as Array<{ title: string; value: string }>) out.push(`${f.title} ${f.value}`);
    for (const [k, v] of Object.entries(o)) if (k !== 'data') walk(v);
  };
  walk(card);
  return out.join('\n');
}

/** Every action in a card, flattened. */
export function cardActions(card: unknown): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if (typeof o.type === 'string' && o.type.startsWith('Action.')) out.push(o);
    for (const [k, v] of Object.entries(o)) if (k !== 'data') walk(v);
  };
  walk(card);
  return out;
}
