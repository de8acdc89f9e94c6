import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { AppManifestUtils } from '@microsoft/app-manifest';
import { unzipSync } from 'fflate';
import nock from 'nock';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageApp, ROOT, type PackageResult } from '../../scripts/package.ts';
import { drawColorIcon, drawOutlineIcon } from '../../scripts/make-icons.ts';
import { ACCENT_COLOR, MANIFEST_SCHEMA, MAX_COMMAND_DESCRIPTION, MAX_COMMAND_TITLE, MAX_COMMANDS_PER_SCOPE, type Manifest } from '../../manifest/buildManifest.ts';
import { SEARCH_COMMAND_ID, SEARCH_PARAMETER } from '../../bot/answers/messageExtension.ts';
import type { Command, Scope } from '../../bot/teams/feature.ts';
import { startTestBot } from '../../test-support/harness.ts';
import { composeQuery } from '../../test-support/activities.ts';

// Made-up ids with GUID shape; real ids are never committed.
const TEAMS_APP_ID = '0e5b3a2c-1d4f-4a6b-9c8d-7e6f5a4b3c2d';
const BOT_APP_ID = '9a8b7c6d-5e4f-4321-8fed-cba987654321';
const ENV = {
  TEAMS_APP_ID,
  MicrosoftAppId: BOT_APP_ID,
  DEVELOPER_URL: 'https://www.regiogv.nl/meldwijzer',
  PRIVACY_URL: 'https://www.regiogv.nl/meldwijzer/privacy',
  TERMS_URL: 'https://www.regiogv.nl/meldwijzer/gebruiksvoorwaarden',
  PUBLIC_BASE_URL: 'https://meldwijzer.example.nl',
};

let outDir: string;
let result: PackageResult;
let files: Record<string, Uint8Array>;
let manifest: Manifest;
/** The commands of the bot as the test harness starts it (the real composition root). */
let routerCommands: readonly Command[];

beforeAll(async () => {
  outDir = await mkdtemp(path.join(tmpdir(), 'meldwijzer-pkg-test-'));
  result = await packageApp({ env: ENV, outFile: path.join(outDir, 'appPackage.zip') });
  files = unzipSync(new Uint8Array(await readFile(result.file)));
  manifest = JSON.parse(Buffer.from(files['manifest.json'] ?? new Uint8Array()).toString('utf-8')) as Manifest;
  const bot = await startTestBot();
  routerCommands = bot.app.router.commands;
  await bot.stop();
}, 120_000);

afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
  nock.enableNetConnect();
});

describe('npm run package: build/appPackage.zip', () => {
  it('holds manifest.json and both icons at its root, nothing else', () => {
    expect(Object.keys(files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
  });

  it('has a manifest that passes @microsoft/app-manifest schema validation, offline', async () => {
    expect(manifest.$schema).toBe(MANIFEST_SCHEMA);
    expect(manifest.manifestVersion).toBe('1.22');
    nock.disableNetConnect(); // the bundled schema is used; a network fetch would fail here
    expect(await AppManifestUtils.validateAgainstSchema(manifest)).toEqual([]);
  });

  it('uses a validator that does catch mistakes (so the green check above means something)', async () => {
    const broken = structuredClone(manifest) as unknown as Record<string, unknown>;
    (broken.name as Record<string, string>).short = 'M'.repeat(31);
    delete broken.developer;
    const problems = await AppManifestUtils.validateAgainstSchema(broken as unknown as Manifest);
    expect(problems.join('\n')).toMatch(/name\/short/);
    expect(problems.join('\n')).toMatch(/developer/);
  });

  it('takes the app id and bot id from the environment', () => {
    expect(manifest.id).toBe(TEAMS_APP_ID);
    expect(manifest.bots?.[0]?.botId).toBe(BOT_APP_ID);
    expect(manifest.composeExtensions?.[0]?.botId).toBe(BOT_APP_ID);
  });

  it('is Dutch, with the developer, privacy and terms URLs from configuration and the bot host as valid domain', () => {
    expect(manifest.localizationInfo?.defaultLanguageTag).toBe('nl-nl');
    expect(manifest.name.short).toBe('Meldwijzer');
    expect(manifest.description.short).toMatch(/meldcode/);
    expect(manifest.description.full).toMatch(/Veilig Thuis/);
    expect(manifest.developer.websiteUrl).toBe(ENV.DEVELOPER_URL);
    expect(manifest.developer.privacyUrl).toBe(ENV.PRIVACY_URL);
    expect(manifest.developer.termsOfUseUrl).toBe(ENV.TERMS_URL);
    expect(manifest.validDomains).toEqual(['meldwijzer.example.nl']);
    expect(manifest.accentColor).toBe(ACCENT_COLOR);
    expect(result.warnings).toEqual([]);
  });

  it('offers the bot in all three scopes', () => {
    expect([...(manifest.bots?.[0]?.scopes ?? [])].sort()).toEqual(['groupChat', 'personal', 'team']);
  });

  it('has one command list per scope, equal to the commands the router really has', () => {
    const lists = manifest.bots?.[0]?.commandLists ?? [];
    const scopes: Scope[] = ['personal', 'team', 'groupChat'];
    for (const scope of scopes) {
      const expected = routerCommands.filter((c) => !c.hidden && c.scopes.includes(scope));
      const list = lists.filter((l) => l.scopes.includes(scope));
      if (expected.length === 0) {
        expect(list).toEqual([]);
        continue;
      }
      expect(list, `one list for ${scope}`).toHaveLength(1);
      const commands = list[0]?.commands ?? [];
      expect(commands.map((c) => c.title).sort(), `titles for ${scope}`).toEqual(expected.map((c) => c.verbs[0]).sort());
      expect(commands.length).toBeLessThanOrEqual(MAX_COMMANDS_PER_SCOPE);
      for (const c of commands) {
        const command = expected.find((e) => e.verbs[0] === c.title);
        expect(c.description).toContain(command?.description ?? '<missing>');
        expect(c.title.length).toBeLessThanOrEqual(MAX_COMMAND_TITLE);
        expect(c.description.length).toBeLessThanOrEqual(MAX_COMMAND_DESCRIPTION);
      }
    }
    expect(lists.every((l) => l.scopes.length === 1)).toBe(true);
  });

  it('declares the search message extension the bot answers, with the ids the invoke fixtures use', () => {
    const extensions = manifest.composeExtensions ?? [];
    expect(extensions).toHaveLength(1);
    const command = extensions[0]?.commands?.[0];
    expect(command?.id).toBe(SEARCH_COMMAND_ID);
    expect(command?.type).toBe('query');
    expect(command?.initialRun).toBe(true);
    expect(command?.context).toEqual(['compose', 'commandBox']);
    expect(command?.title).toMatch(/Zoek/);
    expect(command?.parameters?.map((p) => p.name)).toEqual([SEARCH_PARAMETER]);
    const fixture = composeQuery('meldcode').value;
    expect(fixture.commandId).toBe(command?.id);
    expect(fixture.parameters[0]?.name).toBe(command?.parameters?.[0]?.name);
  });
});

describe('icons', () => {
  const read = (name: string) => PNG.sync.read(Buffer.from(files[name] ?? new Uint8Array()));

  it('has a 192×192 colour icon, opaque in the middle, in the accent colour', () => {
    const png = read('color.png');
    expect([png.width, png.height]).toEqual([192, 192]);
    const at = (x: number, y: number) => [...png.data.subarray((y * 192 + x) * 4, (y * 192 + x) * 4 + 4)];
    const accent = [1, 3, 5].map((i) => parseInt(ACCENT_COLOR.slice(i, i + 2), 16));
    expect(at(10, 96)).toEqual([...accent, 255]);
    expect(at(50, 70)).toEqual([255, 255, 255, 255]); // the speech bubble
    expect(at(96, 80)).toEqual([...accent, 255]); // the house in it
    expect(at(0, 0)[3]).toBe(0); // rounded corner
  });

  it('has a 32×32 outline icon that is white on a fully transparent background', () => {
    const png = read('outline.png');
    expect([png.width, png.height]).toEqual([32, 32]);
    let opaque = 0;
    let transparent = 0;
    for (let i = 0; i < png.data.length; i += 4) {
      const alpha = png.data[i + 3] ?? 0;
      if (alpha === 0) transparent++;
      else expect([png.data[i], png.data[i + 1], png.data[i + 2]]).toEqual([255, 255, 255]);
      if (alpha === 255) opaque++;
    }
    expect(opaque).toBeGreaterThan(150);
    expect(transparent).toBeGreaterThan(200);
    for (const [x, y] of [[0, 0], [31, 0], [0, 31], [31, 31]] as const) expect(png.data[(y * 32 + x) * 4 + 3]).toBe(0);
  });

  it('ships the committed icons, and those are what scripts/make-icons.ts draws today', async () => {
    for (const [name, drawn] of [['color.png', drawColorIcon()], ['outline.png', drawOutlineIcon()]] as const) {
      const committed = await readFile(path.join(ROOT, 'manifest', name));
      expect(Buffer.from(files[name] ?? new Uint8Array()).equals(committed)).toBe(true);
      expect(Buffer.from(PNG.sync.read(committed).data).equals(Buffer.from(drawn.data)), `${name} is stale: run npm run icons`).toBe(true);
    }
  });
});

describe('packaging without the ids', () => {
  it('fails and names both missing variables', async () => {
    await expect(packageApp({ env: {}, outFile: path.join(outDir, 'none.zip') })).rejects.toThrow(/TEAMS_APP_ID: ontbreekt[\s\S]*MicrosoftAppId: ontbreekt/);
  });

  it('names only the one that is missing, and a malformed one', async () => {
    const err = await packageApp({ env: { TEAMS_APP_ID, MicrosoftAppId: 'not-a-guid' }, outFile: path.join(outDir, 'bad.zip') }).catch((e: unknown) => e as Error);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toMatch(/MicrosoftAppId: moet een GUID zijn/);
    expect((err as Error).message).not.toMatch(/TEAMS_APP_ID/);
  });

  it('exits 1 from the command line and says what is missing', async () => {
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries(process.env)) if (v !== undefined && k !== 'TEAMS_APP_ID' && k !== 'MicrosoftAppId') env[k] = v;
    const run = promisify(execFile)(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', 'package.ts')], { cwd: ROOT, env });
    const failure = await run.then(
      () => undefined,
      (e: unknown) => e as { code: number; stderr: string },
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toMatch(/TEAMS_APP_ID: ontbreekt/);
    expect(failure?.stderr).toMatch(/MicrosoftAppId: ontbreekt/);
  }, 60_000);
});
