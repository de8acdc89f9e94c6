import { startConnectorServer } from '../test-support/connectorServer.ts';

/**
 * The stand-in Bot Connector (test-support/connectorServer.ts) in its own process (so its work does not count
 * against the bot): answers every send and update like the connector ({ id }) and reports each one to the parent
 * over IPC with the moment it arrived.
 */
const connector = await startConnectorServer({
  keep: false,
  onCall(call, t) {
    if (call.method !== 'POST' && call.method !== 'PUT') return;
    const attachments = call.body.attachments as Array<{ content?: { refresh?: { action?: { data?: { meetingId?: string } } } } }> | undefined;
    const meetingId = attachments?.[0]?.content?.refresh?.action?.data?.meetingId;
    process.send?.({ t, method: call.method, conversationId: call.conversationId, meetingId });
  },
});
process.send?.({ ready: Number(new URL(connector.url).port) });
process.on('disconnect', () => void connector.close().then(() => process.exit(0)));
