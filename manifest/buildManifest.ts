import type { TeamsManifestV1D22 } from '@microsoft/app-manifest';
import type { Command, Scope } from '../bot/teams/feature.ts';
import { SEARCH_COMMAND_ID, SEARCH_PARAMETER } from '../bot/answers/messageExtension.ts';

/**
 * The Teams app manifest, built from the bot's real commands so the two cannot drift apart.
 * Schema 1.22: the newest version the Teams docs call current that @microsoft/app-manifest validates offline.
 */

export const MANIFEST_VERSION = '1.22';
export const MANIFEST_SCHEMA = `https://developer.microsoft.com/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`;
export const COLOR_ICON = 'color.png';
export const OUTLINE_ICON = 'outline.png';
/** Purple, the colour of the domestic violence awareness ribbon; the icons use the same colour. */
export const ACCENT_COLOR = '#5B2A86';

/** Teams shows at most 10 commands per scope; longer titles and descriptions are cut off in the menu. */
export const MAX_COMMANDS_PER_SCOPE = 10;
export const MAX_COMMAND_TITLE = 32;
export const MAX_COMMAND_DESCRIPTION = 128;
export const SCOPES: readonly Scope[] = ['personal', 'team', 'groupChat'];

export type Manifest = TeamsManifestV1D22.TeamsManifestV1D22;

export interface ManifestInput {
  /** The Teams app id (a GUID). */
  appId: string;
  /** The bot's Microsoft App ID (a GUID), often the same as appId. */
  botId: string;
  version: string;
  websiteUrl: string;
  privacyUrl: string;
  termsOfUseUrl: string;
  /** Host names only, e.g. "meldwijzer.example.nl". */
  validDomains: readonly string[];
}

export class ManifestError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Het Teams-app-pakket kan niet gemaakt worden:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ManifestError';
  }
}

export interface ManifestCommand {
  title: string;
  description: string;
}

/**
 * One command list per scope: the commands for that scope that are not hidden, everyone's commands first,
 * then the project leader's (marked as such, since Teams shows the list to everyone). Problems are thrown,
 * not trimmed: a command that would silently go missing from the menu is a decision for whoever adds it.
 */
export function commandListsFor(commands: readonly Command[]): Array<{ scopes: [Scope]; commands: ManifestCommand[] }> {
  const problems: string[] = [];
  const lists = SCOPES.map((scope) => {
    const visible = commands.filter((c) => !c.hidden && c.scopes.includes(scope));
    const ordered = [...visible.filter((c) => !c.leaderOnly), ...visible.filter((c) => c.leaderOnly)];
    const list = ordered.map((c) => ({ title: c.verbs[0] ?? '', description: manifestDescription(c) }));
    if (list.length > MAX_COMMANDS_PER_SCOPE) {
      problems.push(`scope ${scope}: ${list.length} commando's, Teams toont er maximaal ${MAX_COMMANDS_PER_SCOPE} (${list.map((c) => c.title).join(', ')}); maak er een hidden of beperk de scopes`);
    }
    for (const c of list) {
      if (c.title === '' || c.title.length > MAX_COMMAND_TITLE) problems.push(`commando "${c.title}": titel moet 1-${MAX_COMMAND_TITLE} tekens zijn`);
      if (c.description.length === 0 || c.description.length > MAX_COMMAND_DESCRIPTION) {
        problems.push(`commando "${c.title}": beschrijving moet 1-${MAX_COMMAND_DESCRIPTION} tekens zijn (nu ${c.description.length})`);
      }
    }
    return { scopes: [scope] as [Scope], commands: list };
  });
  if (problems.length > 0) throw new ManifestError([...new Set(problems)]);
  return lists.filter((l) => l.commands.length > 0);
}

export function manifestDescription(c: Command): string {
  return c.leaderOnly && !/projectleider/i.test(c.description) ? `Projectleider: ${c.description}` : c.description;
}

export function buildManifest(input: ManifestInput, commands: readonly Command[]): Manifest {
  return {
    $schema: MANIFEST_SCHEMA,
    manifestVersion: MANIFEST_VERSION,
    version: input.version,
    id: input.appId,
    localizationInfo: { defaultLanguageTag: 'nl-nl' },
    developer: {
      name: 'Regio Gooi en Vechtstreek',
      websiteUrl: input.websiteUrl,
      privacyUrl: input.privacyUrl,
      termsOfUseUrl: input.termsOfUseUrl,
    },
    name: { short: 'Meldwijzer', full: 'Meldwijzer: meldcode huiselijk geweld en kindermishandeling' },
    description: {
      short: 'Antwoord op vragen over de meldcode, veiligheid en verwijzen in de regio',
      full: [
        'Meldwijzer helpt professionals in Gooi en Vechtstreek bij vragen over de meldcode huiselijk geweld en kindermishandeling:',
        'de 5 stappen, het afwegingskader, beroepsgeheim, wie verantwoordelijk is voor veiligheid en waar u naartoe verwijst.',
        'Elk antwoord is kort, heeft een bron en telefoonnummers als knoppen.',
        'Bij direct gevaar toont Meldwijzer meteen 112, Veilig Thuis (0800-2000) en 113.',
        'Werkgroepen krijgen herinneringen voor bijeenkomsten en de projectleider kan updates sturen.',
        'Vanuit het opstelvak van elke chat zoekt u een antwoord op en deelt u het met een collega.',
        'Meldwijzer bewaart uw vragen niet bij uw naam; typ geen namen of details van een casus.',
        'Onderdeel van het programma Geweld hoort nergens thuis.',
      ].join(' '),
    },
    icons: { color: COLOR_ICON, outline: OUTLINE_ICON },
    accentColor: ACCENT_COLOR,
    bots: [
      {
        botId: input.botId,
        scopes: [...SCOPES],
        isNotificationOnly: false,
        supportsFiles: false,
        supportsCalling: false,
        supportsVideo: false,
        commandLists: commandListsFor(commands),
      },
    ],
    composeExtensions: [
      {
        botId: input.botId,
        composeExtensionType: 'botBased',
        commands: [
          {
            id: SEARCH_COMMAND_ID,
            type: 'query',
            title: 'Zoek een antwoord',
            description: 'Zoek in Meldwijzer en deel een antwoord over de meldcode of verwijzen in dit gesprek',
            initialRun: true,
            fetchTask: false,
            context: ['compose', 'commandBox'],
            parameters: [
              {
                name: SEARCH_PARAMETER,
                title: 'Zoekterm',
                description: 'Bijvoorbeeld: meldcode stappen, kindcheck, Veilig Thuis',
                inputType: 'text',
              },
            ],
          },
        ],
      },
    ],
    validDomains: [...input.validDomains],
    defaultInstallScope: 'personal',
  };
}
