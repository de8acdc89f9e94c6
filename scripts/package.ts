/**
 * `npm run package`: builds build/appPackage.zip (manifest.json, color.png, outline.png) for upload to Teams.
 *
 *   TEAMS_APP_ID=<guid> MicrosoftAppId=<guid> npm run package
 *
 * This build tool reads its own environment (the bot itself never needs these):
 *   TEAMS_APP_ID     the Teams app id (GUID)                                   required
 *   MicrosoftAppId   the bot's app registration id (GUID)                      required
 *   DEVELOPER_URL, PRIVACY_URL, TERMS_URL   https pages shown in Teams' app details
 *   PUBLIC_BASE_URL  where the bot runs; its host goes into validDomains
 *   VALID_DOMAINS    extra host names for validDomains, comma separated
 *   APP_VERSION      defaults to package.json's version; raise it for every upload that changes the manifest
 *
 * The command lists come from the real composition (startApp without opening a port), the manifest is
 * validated against the bundled 1.22 schema with @microsoft/app-manifest, and the icons are checked.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { strToU8, zipSync } from 'fflate';
import { PNG } from 'pngjs';
import { z } from 'zod';
import { AppManifestUtils } from '@microsoft/app-manifest';
import { startApp } from '../bot/main.ts';
import type { Command } from '../bot/teams/feature.ts';
import { buildManifest, COLOR_ICON, ManifestError, OUTLINE_ICON, type Manifest } from '../manifest/buildManifest.ts';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_OUT_FILE = path.join(ROOT, 'build', 'appPackage.zip');
const MANIFEST_DIR = path.join(ROOT, 'manifest');

/** Until the region publishes pages of its own, Teams links to the region's site (a warning says so). */
export const DEFAULT_URLS = {
  DEVELOPER_URL: 'https://www.regiogv.nl/',
  PRIVACY_URL: 'https://www.regiogv.nl/',
  TERMS_URL: 'https://www.regiogv.nl/',
} as const;

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const text = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));
const id = (what: string) =>
  text.superRefine((v, ctx) => {
    if (v === undefined) ctx.addIssue({ code: 'custom', message: `ontbreekt (${what}, een GUID)` });
    else if (!guid.test(v)) ctx.addIssue({ code: 'custom', message: `moet een GUID zijn (${what}), niet "${v}"` });
  });
const httpsUrl = text.refine((v) => v === undefined || /^https:\/\/[^\s]+$/.test(v), 'moet een https-URL zijn');
const hostName = /^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+$/i;

const envSchema = z.object({
  TEAMS_APP_ID: id('de id van de Teams-app'),
  MicrosoftAppId: id('de app-id van de bot uit de Azure-appregistratie'),
  DEVELOPER_URL: httpsUrl,
  PRIVACY_URL: httpsUrl,
  TERMS_URL: httpsUrl,
  PUBLIC_BASE_URL: text.refine((v) => v === undefined || /^https:\/\/[^\s/]+/.test(v), 'moet een https-URL zijn'),
  VALID_DOMAINS: text.transform((v) => (v ?? '').split(',').map((s) => s.trim()).filter(Boolean)).refine((list) => list.every((d) => hostName.test(d)), 'alleen hostnamen, zoals meldwijzer.example.nl'),
  APP_VERSION: text.refine((v) => v === undefined || /^\d+\.\d+\.\d+$/.test(v), 'moet een versie zijn als 1.2.3'),
  KNOWLEDGE_DIR: text,
});

export class PackageError extends ManifestError {
  constructor(problems: readonly string[]) {
    super(problems);
    this.name = 'PackageError';
  }
}

export interface PackageOptions {
  env: Record<string, string | undefined>;
  outFile?: string;
  /** Where the warnings go (defaults used for URLs). */
  warn?: (message: string) => void;
}

export interface PackageResult {
  file: string;
  manifest: Manifest;
  warnings: string[];
}

/** The commands of the bot as it really starts, without opening a port or touching the real data folder. */
export async function collectCommands(knowledgeDir: string): Promise<readonly Command[]> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'meldwijzer-package-'));
  try {
    const app = await startApp({ env: { DATA_DIR: dataDir, KNOWLEDGE_DIR: knowledgeDir, LOG_LEVEL: 'silent' }, listen: false });
    const commands = app.router.commands;
    await app.close();
    return commands;
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

export async function checkIcon(file: string, size: number, outline: boolean): Promise<string[]> {
  const name = path.basename(file);
  let png: PNG;
  try {
    png = PNG.sync.read(await readFile(file));
  } catch (err) {
    return [`${name}: geen leesbare PNG (${(err as Error).message}); maak hem met npm run icons`];
  }
  const problems: string[] = [];
  if (png.width !== size || png.height !== size) problems.push(`${name}: moet ${size}×${size} pixels zijn, is ${png.width}×${png.height}`);
  if (outline) {
    for (let i = 0; i < png.data.length; i += 4) {
      const alpha = png.data[i + 3] ?? 0;
      if (alpha > 0 && (png.data[i] !== 255 || png.data[i + 1] !== 255 || png.data[i + 2] !== 255)) {
        problems.push(`${name}: moet wit op transparant zijn (pixel ${(i / 4) % png.width},${Math.floor(i / 4 / png.width)} is niet wit)`);
        break;
      }
    }
  }
  return problems;
}

export async function packageApp(options: PackageOptions): Promise<PackageResult> {
  const parsed = envSchema.safeParse(options.env);
  if (!parsed.success) throw new PackageError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  const e = parsed.data;
  const warnings: string[] = [];
  const url = (key: keyof typeof DEFAULT_URLS, value: string | undefined): string => {
    if (value !== undefined) return value;
    warnings.push(`${key} is niet gezet; Teams linkt naar ${DEFAULT_URLS[key]}. Zet ${key} voordat u de app breed uitrolt.`);
    return DEFAULT_URLS[key];
  };
  const pkg = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf-8')) as { version: string };
  const validDomains = [...new Set([...(e.PUBLIC_BASE_URL ? [new URL(e.PUBLIC_BASE_URL).host] : []), ...e.VALID_DOMAINS])];

  const commands = await collectCommands(e.KNOWLEDGE_DIR ?? path.join(ROOT, 'knowledge'));
  const manifest = buildManifest(
    {
      appId: e.TEAMS_APP_ID ?? '',
      botId: e.MicrosoftAppId ?? '',
      version: e.APP_VERSION ?? pkg.version,
      websiteUrl: url('DEVELOPER_URL', e.DEVELOPER_URL),
      privacyUrl: url('PRIVACY_URL', e.PRIVACY_URL),
      termsOfUseUrl: url('TERMS_URL', e.TERMS_URL),
      validDomains,
    },
    commands,
  );

  const problems = [
    ...(await AppManifestUtils.validateAgainstSchema(manifest)).map((p) => `manifest.json${p}`),
    ...(await checkIcon(path.join(MANIFEST_DIR, COLOR_ICON), 192, false)),
    ...(await checkIcon(path.join(MANIFEST_DIR, OUTLINE_ICON), 32, true)),
  ];
  if (problems.length > 0) throw new PackageError(problems);

  const outFile = path.resolve(options.outFile ?? DEFAULT_OUT_FILE);
  // A fixed timestamp keeps the zip identical for identical input.
  const zip = zipSync(
    {
      'manifest.json': strToU8(`${JSON.stringify(manifest, null, 2)}\n`),
      [COLOR_ICON]: new Uint8Array(await readFile(path.join(MANIFEST_DIR, COLOR_ICON))),
      [OUTLINE_ICON]: new Uint8Array(await readFile(path.join(MANIFEST_DIR, OUTLINE_ICON))),
    },
    { level: 9, mtime: new Date('2025-01-01T00:00:00Z') },
  );
  await mkdir(path.dirname(outFile), { recursive: true });
  await writeFile(outFile, zip);
  for (const w of warnings) options.warn?.(w);
  return { file: outFile, manifest, warnings };
}

const isEntryPoint = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isEntryPoint) {
  try {
    const result = await packageApp({ env: process.env, warn: (m) => console.warn(`LET OP  ${m}`) });
    const lists = result.manifest.bots?.[0]?.commandLists ?? [];
    console.log(`Teams-app-pakket gemaakt: ${path.relative(process.cwd(), result.file)}`);
    console.log(`  manifest ${result.manifest.manifestVersion}, versie ${result.manifest.version}, app ${result.manifest.id}`);
    for (const l of lists) console.log(`  ${l.scopes.join(', ')}: ${l.commands.map((c) => c.title).join(', ')}`);
    console.log('Upload het in Teams via Apps > Apps beheren > Een app uploaden, of in het Teams-beheercentrum.');
  } catch (err) {
    console.error(err instanceof ManifestError ? err.message : `Het pakket maken mislukte: ${(err as Error).stack ?? String(err)}`);
    process.exitCode = 1;
  }
}
