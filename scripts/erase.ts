/**
 * `npm run erase -- <aadObjectId>`: erases everything Meldwijzer stores about one person, exactly as `vergeet mij`
 * does in Teams, for a request that arrives another way (an AVG request by e-mail to the privacy officer).
 *
 * It composes the real app without opening a port (startApp with listen: false) and calls App.erasePerson, so it
 * erases what the Teams command erases, store for store. startApp takes the DATA_DIR lock, so it refuses to run
 * while the bot runs on the same DATA_DIR: stop the bot first (a running bot would write its in-memory copy back
 * over the erased files). Configuration comes from the environment, as for the bot (DATA_DIR above all).
 *
 * Prints a count per store on stdout, the id given and nothing else about the person; log lines (JSON) go to
 * stderr. Exit code 0 when every store erased, 1 when a store failed or the start was refused, 2 for a bad id.
 */
import { destination } from 'pino';
import { z } from 'zod';
import { loadConfig } from '../bot/config.ts';
import { createLogger } from '../bot/platform/log.ts';
import { DataDirLockedError } from '../bot/platform/store/dataDirLock.ts';
import { StartupError } from '../bot/platform/startupError.ts';

const USAGE = 'usage: npm run erase -- <aadObjectId>   (the person\'s Azure AD / Entra object id, a GUID)';

/** An Azure AD (Entra) object id is a GUID; Teams sends it in lower case, as the stores hold it. */
const aadObjectId = z
  .string()
  .trim()
  .pipe(z.guid({ error: 'is not an Azure AD object id (a GUID such as 1b4e28ba-2fa1-11d2-883f-0016d3cca427)' }))
  .transform((id) => id.toLowerCase());

function table(counts: Readonly<Record<string, number>>): string {
  const width = Math.max(0, ...Object.keys(counts).map((k) => k.length));
  return Object.entries(counts)
    .map(([store, n]) => `  ${store.padEnd(width)}  ${n}\n`)
    .join('');
}

async function main(args: readonly string[]): Promise<number> {
  if (args.length !== 1) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const parsed = aadObjectId.safeParse(args[0]);
  if (!parsed.success) {
    // Not echoed: what was typed may be personal data (a name or an e-mail address instead of the id).
    process.stderr.write(`The argument ${parsed.error.issues[0]?.message ?? 'is not valid'}. Nothing was changed.\n${USAGE}\n`);
    return 2;
  }
  const id = parsed.data;

  // Loaded only now: a bad id is refused before anything (restify, botbuilder, the stores) is loaded.
  const { ErasureError, startApp } = await import('../bot/main.ts');
  let app: Awaited<ReturnType<typeof startApp>>;
  try {
    const config = loadConfig();
    // stdout is for the report; the log (with the lock refusal and the erasure event) goes to stderr.
    const log = createLogger(config.logLevel, destination({ dest: 2, sync: true }));
    app = await startApp({ log, listen: false });
  } catch (err) {
    if (err instanceof StartupError) {
      process.stderr.write(`${err.message}\n`);
      if (err instanceof DataDirLockedError) process.stderr.write('Stop the bot first: erase only runs while no Meldwijzer uses this DATA_DIR. Nothing was changed.\n');
    } else {
      process.stderr.write(`erase could not start: ${(err as Error).stack ?? String(err)}\n`);
    }
    return 1;
  }

  let code = 0;
  try {
    const counts = await app.erasePerson(id);
    app.log.info({ event: 'person-erased', via: 'operator', counts, failed: [] }, 'erased what was stored about a person (operator)');
    process.stdout.write(`Erased what Meldwijzer stored about ${id} in ${app.config.dataDir}:\n${table(counts)}`);
  } catch (err) {
    code = 1;
    if (err instanceof ErasureError) {
      app.log.error({ event: 'person-erased', via: 'operator', counts: err.counts, failed: err.failed }, 'erasing a person failed in some stores (operator)');
      process.stdout.write(`Erased about ${id} in ${app.config.dataDir}, except in the stores that failed:\n${table(err.counts)}`);
      process.stderr.write(`Erasing failed in: ${err.failed.join(', ')} (see the log above). Fix the cause and run erase again; what was erased stays erased.\n`);
    } else {
      process.stderr.write(`erase failed: ${(err as Error).stack ?? String(err)}\n`);
    }
  } finally {
    await app.close();
  }
  return code;
}

process.exitCode = await main(process.argv.slice(2));
