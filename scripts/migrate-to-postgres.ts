/**
 * `npm run migrate:to-postgres -- [--data-dir DIR] [--force]`: copies the data of an embedded Meldwijzer (the files
 * in DATA_DIR) into the PostgreSQL of the scaled mode (DATABASE_URL), every store validated by its own schema
 * (bot/migrateToPostgres.ts says how). Run it with the bot stopped: it takes the DATA_DIR lock, and it refuses when
 * a Meldwijzer runs on the database, or when the database already holds data (unless --force, which replaces it).
 *
 * Prints a summary (Dutch, for the operator: stores and counts, no content) on stdout; log lines (JSON) on stderr.
 * Exit code 0 when everything was copied, 1 when it refused or failed, 2 for a wrong call.
 */
import { destination } from 'pino';
import { ConfigError, loadStoreCopyConfig } from '../bot/config.ts';
import { describeMigration, migrateToPostgres, MigrationRefusal } from '../bot/migrateToPostgres.ts';
import { createLogger } from '../bot/platform/log.ts';
import { describePgError } from '../bot/platform/store/pgDatabase.ts';
import { StartupError } from '../bot/platform/startupError.ts';

const USAGE = 'gebruik: npm run migrate:to-postgres -- [--data-dir MAP] [--force]   (DATABASE_URL en eventueel DATA_DIR uit de omgeving)';

function parseArgs(args: readonly string[]): { dataDir: string | undefined; force: boolean } | undefined {
  let dataDir: string | undefined;
  let force = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--force') force = true;
    else if (a === '--data-dir' && args[i + 1] !== undefined && args[i + 1] !== '') dataDir = args[++i];
    else if (a?.startsWith('--data-dir=') && a.length > '--data-dir='.length) dataDir = a.slice('--data-dir='.length);
    else return undefined;
  }
  return { dataDir, force };
}

async function main(args: readonly string[]): Promise<number> {
  const parsed = parseArgs(args);
  if (!parsed) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  try {
    const config = loadStoreCopyConfig(parsed.dataDir === undefined ? process.env : { ...process.env, DATA_DIR: parsed.dataDir });
    const log = createLogger('info', destination({ dest: 2, sync: true }));
    const report = await migrateToPostgres({ dataDir: config.dataDir, databaseUrl: config.databaseUrl, force: parsed.force, log });
    log.info({ event: 'migrated-to-postgres', stores: report.stores.length, records: report.stores.reduce((n, s) => n + s.records, 0), removedFromTarget: report.removedFromTarget, notCopied: report.notCopied.length }, 'copied the DATA_DIR into PostgreSQL');
    process.stdout.write(describeMigration(report));
    return 0;
  } catch (err) {
    if (err instanceof MigrationRefusal || err instanceof StartupError || err instanceof ConfigError) process.stderr.write(`${err.message}\n`);
    // Anything else (the database went away halfway): the URL may be in the message, so it goes through describePgError.
    else process.stderr.write(`migrate:to-postgres is mislukt: ${describePgError(err)}\nDe database kan half gevuld zijn; los het probleem op en draai opnieuw met --force.\n`);
    return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`${describePgError(err)}\n`);
    process.exit(1);
  },
);
