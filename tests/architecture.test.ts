import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The layout rules of DESIGN.md, checked on the import statements of the app's source:
 * - botbuilder and botframework-* only in the Teams edge files (bot/teams/), so moving to the Microsoft 365
 *   Agents SDK stays a one-folder change;
 * - restify only in bot/server.ts; everything else speaks bot/platform/http.ts;
 * - a feature folder does not reach into another feature's files: it uses what that feature's module.ts or
 *   public.ts offers (the composition root, bot/main.ts, may wire anything).
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Where the app's code lives; tests and benchmarks are not the app (bench/echoBot.ts is botbuilder on purpose). */
const SCANNED = ['bot', 'cards', 'manifest', 'scripts'];

export const RULES = {
  botbuilder: {
    packages: /^(botbuilder(-[\w-]+)?|botframework-[\w-]+)(\/|$)/,
    allowed: ['bot/teams/adapter.ts', 'bot/teams/meldwijzerBot.ts', 'bot/teams/proactiveSender.ts', 'bot/teams/contextTurn.ts', 'bot/teams/pacedReplies.ts', 'bot/teams/teamRoster.ts'],
  },
  restify: { packages: /^restify(\/|$)/, allowed: ['bot/server.ts'] },
  /** Every folder of bot/ is a feature, except these (shared code, the Teams edge). */
  notFeatures: ['platform', 'teams'],
  /** The files of a feature other features may import. */
  featureSurface: ['module.ts', 'public.ts'],
} as const;

/** Every module specifier in import/export-from statements (also `import type` and dynamic import()). */
export function importsOf(source: string): string[] {
  const specs: string[] = [];
  const patterns = [
    // import x from '…', import type { … } from '…' (over several lines), export { … } from '…', export * from '…'
    /(?:^|[\n;])\s*(?:import|export)\b[^;'"]*?\bfrom\s*(['"])([^'"\n]+)\1/g,
    // import '…' (for its side effects)
    /(?:^|[\n;])\s*import\s*(['"])([^'"\n]+)\1/g,
    // await import('…')
    /\bimport\s*\(\s*(['"])([^'"\n]+)\1\s*\)/g,
  ];
  for (const pattern of patterns) for (const m of source.matchAll(pattern)) if (m[2]) specs.push(m[2]);
  return specs;
}

/** The feature a repository path belongs to (bot/<feature>/...), if any. */
function featureOf(file: string): string | undefined {
  const parts = file.split('/');
  const folder = parts[1];
  return parts[0] === 'bot' && parts.length > 2 && folder !== undefined && !(RULES.notFeatures as readonly string[]).includes(folder) ? folder : undefined;
}

/** The feature folders in bot/ now. */
function featureFolders(): string[] {
  return readdirSync(path.join(root, 'bot'), { withFileTypes: true })
    .filter((e) => e.isDirectory() && !(RULES.notFeatures as readonly string[]).includes(e.name))
    .map((e) => e.name);
}

/** The problems with one file's imports; `file` is relative to the repository root, with forward slashes. */
export function violationsIn(file: string, source: string): string[] {
  const problems: string[] = [];
  const from = featureOf(file);
  for (const spec of importsOf(source)) {
    if (RULES.botbuilder.packages.test(spec) && !(RULES.botbuilder.allowed as readonly string[]).includes(file)) problems.push(`${file} imports ${spec}: botbuilder belongs in the Teams edge files (RULES.botbuilder.allowed in tests/architecture.test.ts, at most 6, all in bot/teams/)`);
    if (RULES.restify.packages.test(spec) && !(RULES.restify.allowed as readonly string[]).includes(file)) problems.push(`${file} imports ${spec}: restify belongs in bot/server.ts`);
    if (!spec.startsWith('.')) continue;
    const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
    const to = featureOf(target);
    if (from !== undefined && to !== undefined && to !== from && !(RULES.featureSurface as readonly string[]).includes(path.posix.basename(target))) {
      problems.push(`${file} imports ${target}: use what bot/${to}/ offers in ${RULES.featureSurface.join(' or ')}`);
    }
  }
  return problems;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) out.push(...sourceFiles(rel));
    else if (/\.(ts|mts|cts)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(rel);
  }
  return out;
}

describe('architecture', () => {
  const files = SCANNED.flatMap(sourceFiles);

  it('reads the import statements of the app', () => {
    expect(files).toContain('bot/main.ts');
    expect(files).toContain('bot/teams/meldwijzerBot.ts');
    expect(importsOf(readFileSync(path.join(root, 'bot/teams/adapter.ts'), 'utf-8'))).toContain('botbuilder');
  });

  const problems = () => files.flatMap((f) => violationsIn(f, readFileSync(path.join(root, f), 'utf-8')));

  it('keeps botbuilder in the Teams edge and restify in server.ts', () => {
    expect(problems().filter((p) => !p.includes(': use what bot/'))).toEqual([]);
  });

  it('keeps each feature out of the others\u2019 files', () => {
    expect(problems().filter((p) => p.includes(': use what bot/'))).toEqual([]);
  });

  it('has one folder with a module.ts per feature', () => {
    const features = featureFolders();
    expect(features).toEqual(expect.arrayContaining(['answers', 'groups', 'meetings', 'broadcasts', 'privacy', 'insights']));
    for (const f of features) expect(files, `bot/${f}/ is a feature folder: it needs a module.ts`).toContain(`bot/${f}/module.ts`);
  });

  it('has at most six files that import botbuilder, all in bot/teams/', () => {
    const users = files.filter((f) => importsOf(readFileSync(path.join(root, f), 'utf-8')).some((s) => RULES.botbuilder.packages.test(s)));
    expect(users.length).toBeLessThanOrEqual(6);
    expect(users.every((f) => f.startsWith('bot/teams/'))).toBe(true);
  });

  describe('the checker flags what it should (it can fail)', () => {
    it('botbuilder outside the edge, in every import form', () => {
      const forms = [
        "import { TurnContext } from 'botbuilder';",
        "import type { TurnContext } from 'botbuilder';",
        "import {\n  CardFactory,\n  type Activity,\n} from 'botbuilder';",
        "export { ActivityTypes } from 'botbuilder';",
        "export type { Activity } from \"botbuilder\";",
        "import 'botframework-connector';",
        "import { AuthenticationError } from 'botframework-connector';",
        "const m = await import('botbuilder-core');",
      ];
      for (const source of forms) expect(violationsIn('bot/meetings/meetingService.ts', source), source).toHaveLength(1);
      expect(violationsIn('bot/teams/adapter.ts', forms[0] ?? '')).toEqual([]);
    });

    it('restify outside server.ts', () => {
      expect(violationsIn('bot/meetings/calendarRoute.ts', "import type { Request, Response } from 'restify';")).toHaveLength(1);
      expect(violationsIn('bot/server.ts', "import restify from 'restify';")).toEqual([]);
    });

    it('a feature reaching into another feature, but not through its module or public file', () => {
      expect(violationsIn('bot/broadcasts/audience.ts', "import { reach } from '../groups/groupReach.ts';")).toHaveLength(1);
      expect(violationsIn('bot/broadcasts/audience.ts', "import type { GroupsApi } from '../groups/public.ts';")).toEqual([]);
      expect(violationsIn('bot/broadcasts/audience.ts', "import { x } from '../platform/clock.ts';")).toEqual([]);
      expect(violationsIn('bot/main.ts', "import { x } from './groups/groupStore.ts';")).toEqual([]);
    });

    it('ignores words that only look like imports', () => {
      expect(violationsIn('bot/meetings/x.ts', "const text = 'we import nothing from botbuilder here';")).toEqual([]);
      expect(violationsIn('bot/meetings/x.ts', "export const PACKAGES = ['botbuilder', 'restify'];")).toEqual([]);
    });
  });
});
