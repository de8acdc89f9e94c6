/**
 * `npm run delivery:close -- <update-id>`: closes an update whose delivery files are damaged or missing, without
 * sending anything more (bot/broadcasts/deliveryRepair.ts says why and what). Run it with the bot's environment
 * (DATA_DIR above all) while the bot is stopped: it takes the DATA_DIR lock, so it refuses while the bot runs.
 *
 * Prints what it did (Dutch, for the operator) on stdout; log lines (JSON) on stderr. Exit code 0 when the update
 * was closed, 1 when it refused or failed (nothing changed), 2 for a wrong call.
 */
import path from 'node:path';
import { destination } from 'pino';
import { loadConfig } from '../bot/config.ts';
import { createLogger } from '../bot/platform/log.ts';
import { acquireDataDirLock } from '../bot/platform/store/dataDirLock.ts';
import { StartupError } from '../bot/platform/startupError.ts';
import { closeDamagedDelivery, RepairRefusal } from '../bot/broadcasts/deliveryRepair.ts';

const USAGE = 'gebruik: npm run delivery:close -- <id van de update>   (het id staat in de foutmelding van de start: broadcast-deliveries/<id>)';

async function main(args: readonly string[]): Promise<number> {
  if (args.length !== 1 || !args[0]) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  let lock: Awaited<ReturnType<typeof acquireDataDirLock>> | undefined;
  try {
    const config = loadConfig();
    const log = createLogger(config.logLevel, destination({ dest: 2, sync: true }));
    const dataDir = path.resolve(config.dataDir);
    lock = await acquireDataDirLock(dataDir, log);
    const r = await closeDamagedDelivery(dataDir, args[0], new Date());
    log.warn({ event: 'delivery-closed', via: 'operator', broadcastId: r.broadcastId, statusBefore: r.statusBefore, statusAfter: r.statusAfter, ...r.counts }, 'closed an update whose delivery files were damaged or missing');
    process.stdout.write(
      [
        `Update ${r.broadcastId} ("${r.title}") is afgesloten: er wordt niets meer van verstuurd.`,
        `Probleem: ${r.problem}`,
        `Status: ${r.statusBefore} -> ${r.statusAfter}.`,
        `Verstuurd: ${r.counts.sent}, mislukt: ${r.counts.failed}, overgeslagen: ${r.counts.skipped}, onbekend: ${r.counts.unknown} (van ${r.counts.total}).`,
        r.counts.unknown > 0
          ? `Van ${r.counts.unknown} ontvangers weet niemand meer of ze de update kregen; ze krijgen hem niet alsnog (dan zouden sommigen hem twee keer krijgen). Is hij belangrijk, stuur dan een nieuwe update.`
          : 'Alle ontvangers waren al afgehandeld.',
        'De bot kan weer starten.',
        '',
      ].join('\n'),
    );
    return 0;
  } catch (err) {
    if (err instanceof RepairRefusal || err instanceof StartupError) process.stderr.write(`${err.message}\n`);
    else process.stderr.write(`delivery:close is mislukt: ${(err as Error).stack ?? String(err)}\n`);
    return 1;
  } finally {
    await lock?.release();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
    process.exit(1);
  },
);
