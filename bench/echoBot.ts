/**
 * The baseline for bench/load.ts: the smallest bot on Meldwijzer's stack (restify 11 + botbuilder's CloudAdapter,
 * local mode, the same body parser), which answers every message with its own text. The difference between a
 * question turn in Meldwijzer and a turn here is what Meldwijzer itself costs.
 *
 *   npx tsx bench/echoBot.ts      # prints {"event":"listening","url":...} on stdout
 */
import restify from 'restify';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type TurnContext } from 'botbuilder';

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
const logic = async (ctx: TurnContext) => {
  if (ctx.activity.type === 'message') await ctx.sendActivity(ctx.activity.text ?? '');
};
const server = restify.createServer({ name: 'echo' });
server.use(restify.plugins.bodyParser({ maxBodySize: 256 * 1024, mapParams: false, rejectUnknown: true }));
server.post('/api/messages', async (req, res) => {
  await adapter.process(req as Parameters<CloudAdapter['process']>[0], res, logic);
});
server.get('/healthz', async (_req, res) => {
  res.send(200, { status: 'ok' });
});
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ event: 'listening', url: `http://127.0.0.1:${server.address().port}` })}\n`);
});
process.once('SIGTERM', () => server.close(() => process.exit(0)));
