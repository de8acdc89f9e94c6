/**
 * `npm run kb:check`: validates every knowledge file and synonyms.yaml.
 * Exit code 1 when there is an error; entries not reviewed for more than 12 months only warn.
 */
import path from 'node:path';
import { checkKnowledge } from '../bot/answers/loadKnowledge.ts';

const dir = path.resolve(process.argv[2] ?? 'knowledge');
const result = await checkKnowledge(dir, new Date());

// One stream, so that errors, warnings and the summary stay in order.
const duplicates = result.errors.filter((e) => e.includes('komt dubbel voor'));
for (const error of result.errors) console.log(`FOUT  ${error}`);
if (duplicates.length > 0) {
  console.log(`Dubbele id's:`);
  for (const d of duplicates) console.log(`  ${d}`);
}
for (const stale of result.stale) console.log(`OUD   ${stale}`);

console.log(
  `kb:check ${dir}: ${result.count} item(s) geldig, ${result.errors.length} fout(en)` +
    ` (waarvan ${duplicates.length} dubbele id), ${result.stale.length} niet herzien in 12 maanden`,
);
process.exitCode = result.errors.length > 0 ? 1 : 0;
