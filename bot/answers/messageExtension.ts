import { z } from 'zod';
import type { AnswerService } from './answerService.ts';
import type { KnowledgeEntry } from './knowledgeSchema.ts';
import { screenMessage, type SafetyScreen } from './safetyScreen.ts';
import { HELPLINES } from './helplines.ts';
import type { AnswerLogStore } from './answerLogStore.ts';
import type { Logger } from '../platform/log.ts';
import { describeError } from '../platform/describeError.ts';
import { answerCard } from '../../cards/answerCard.ts';
import { emergencyCard } from '../../cards/emergencyCard.ts';
import type { AdaptiveCard } from '../../cards/cardKit.ts';
import type { MessageExtension, SearchAttachment, SearchResponse, TurnInfo } from '../teams/feature.ts';

/**
 * The search message extension: from the compose box of any chat, a professional searches the knowledge
 * base and inserts an answer card into the conversation for a colleague.
 *
 * - The ids below are the manifest's (manifest/buildManifest.ts reads them from here).
 * - The query text is never stored or logged; only the entry a user finally picks is counted (by id).
 * - Every outside input is parsed with zod; anything odd gets a polite message, never an error status.
 */

export const SEARCH_COMMAND_ID = 'zoekAntwoord';
export const SEARCH_PARAMETER = 'zoekterm';

/** Teams asks for 25; whole answer cards are a few KB each, so we keep the response small. */
export const MAX_RESULTS = 10;
const MAX_QUERY_LENGTH = 200;

/** Shown on an empty search until the bot has counted what people look at. */
export const DEFAULT_TOPICS: readonly string[] = [
  'meldcode-vijf-stappen-overzicht',
  'afwegingskader-wat-is-het',
  'veilig-thuis-advies-of-melding',
  'verwijzen-welk-nummer-overzicht',
  'meldcode-kindcheck-wat-is-het',
  'beroepsgeheim-meldrecht-geen-meldplicht',
  'meldcode-signalen-herkennen',
  'meldcode-aandachtsfunctionaris-taken',
];

export interface MessageExtensionDeps {
  answers: AnswerService;
  answerLog: AnswerLogStore;
  log: Logger;
}

const querySchema = z.looseObject({
  commandId: z.string().max(64),
  parameters: z
    .array(z.looseObject({ name: z.string().max(64), value: z.unknown().optional() }))
    .max(10)
    .optional(),
  queryOptions: z
    .looseObject({
      skip: z.number().int().min(0).max(1000).optional(),
      count: z.number().int().min(1).max(100).optional(),
    })
    .optional(),
});

/** What a result's tap sends back with composeExtension/selectItem. */
const itemSchema = z.discriminatedUnion('meldwijzer', [
  z.looseObject({ meldwijzer: z.literal('entry'), id: z.string().min(1).max(100) }),
  z.looseObject({ meldwijzer: z.literal('emergency'), acuteDanger: z.boolean(), suicide: z.boolean(), victim: z.boolean() }),
]);
type Item = z.infer<typeof itemSchema>;

const THUMBNAIL = 'application/vnd.microsoft.card.thumbnail';
const ADAPTIVE = 'application/vnd.microsoft.card.adaptive';

export const messages = {
  invalid: 'Deze zoekopdracht begrijp ik niet. Typ een paar woorden, bijvoorbeeld: meldcode stappen.',
  unknownCommand: 'Deze zoekopdracht ken ik niet (meer). Werk de Meldwijzer-app in Teams bij.',
  noResults: 'Geen antwoord gevonden. Probeer andere woorden, bijvoorbeeld "meldcode", "Veilig Thuis" of "kindcheck".',
  gone: 'Dit onderwerp bestaat niet meer. Zoek opnieuw.',
  failed: 'Zoeken lukt nu even niet. Probeer het zo opnieuw.',
} as const;

function message(text: string): SearchResponse {
  return { composeExtension: { type: 'message', text } };
}

function result(attachments: SearchAttachment[]): SearchResponse {
  return { composeExtension: { type: 'result', attachmentLayout: 'list', attachments } };
}

/** The answer's opening, one line for the result list: whole sentences until it says something ("Ja." does not). */
export function firstLine(entry: KnowledgeEntry): string {
  const sentences = entry.answer.replace(/\s+/g, ' ').trim().split(/(?<=[.!?])\s/);
  let line = '';
  for (const s of sentences) {
    line = line === '' ? s : `${line} ${s}`;
    if (line.length >= 40) break;
  }
  return line.length > 140 ? `${line.slice(0, 139).trimEnd()}…` : line;
}

/**
 * The card that goes into someone else's conversation. Only links and phone buttons: a card inserted through
 * a message extension sends Action.Submit to composeExtension/onCardButtonClicked, and the colleagues who see
 * it may not have Meldwijzer, so feedback and "read more" buttons (which need the bot) are left out.
 */
export function shareableAnswerCard(entry: KnowledgeEntry): AdaptiveCard {
  return answerCard({ entry, related: [], feedback: 'none' });
}

function entryAttachment(entry: KnowledgeEntry, withTap: boolean): SearchAttachment {
  const preview: Record<string, unknown> = { title: entry.title, text: firstLine(entry) };
  if (withTap) preview.tap = { type: 'invoke', value: { meldwijzer: 'entry', id: entry.id } satisfies Item };
  return { contentType: ADAPTIVE, content: shareableAnswerCard(entry), preview: { contentType: THUMBNAIL, content: preview } };
}

function emergencyAttachment(screen: SafetyScreen, withTap: boolean): SearchAttachment {
  const preview: Record<string, unknown> = {
    title: 'Direct gevaar? Bel 112',
    text: screen.suicide
      ? `113 Zelfmoordpreventie: ${HELPLINES.suicide.phone}. Veilig Thuis: ${HELPLINES.veiligThuis.phone}, dag en nacht.`
      : `Veilig Thuis: ${HELPLINES.veiligThuis.phone}, gratis, dag en nacht.`,
  };
  if (withTap) preview.tap = { type: 'invoke', value: { meldwijzer: 'emergency', ...screen } satisfies Item };
  return { contentType: ADAPTIVE, content: emergencyCard(screen), preview: { contentType: THUMBNAIL, content: preview } };
}

export function createMessageExtension(deps: MessageExtensionDeps): MessageExtension {
  const { answers, answerLog, log } = deps;

  function mostAsked(n: number): KnowledgeEntry[] {
    const ids = [...answerLog.mostAsked(n), ...DEFAULT_TOPICS];
    const seen = new Set<string>();
    const out: KnowledgeEntry[] = [];
    for (const id of [...ids, ...answers.entries.map((e) => e.id)]) {
      if (out.length >= n) break;
      if (seen.has(id)) continue;
      seen.add(id);
      const entry = answers.byId(id);
      if (entry) out.push(entry);
    }
    return out;
  }

  function searchText(parameters: ReadonlyArray<{ name: string; value?: unknown }>): { text: string; initialRun: boolean } {
    if (parameters.some((p) => p.name === 'initialRun')) return { text: '', initialRun: true };
    const param = parameters.find((p) => p.name === SEARCH_PARAMETER) ?? parameters[0];
    const value = typeof param?.value === 'string' ? param.value : '';
    return { text: value.trim().slice(0, MAX_QUERY_LENGTH), initialRun: false };
  }

  return {
    async query(_turn: TurnInfo, raw: unknown): Promise<SearchResponse> {
      try {
        const parsed = querySchema.safeParse(raw);
        if (!parsed.success) {
          log.warn({ event: 'me-query-invalid' }, 'message extension query failed its schema');
          return message(messages.invalid);
        }
        const q = parsed.data;
        if (q.commandId !== SEARCH_COMMAND_ID) {
          log.warn({ event: 'me-query-unknown-command', commandId: q.commandId.slice(0, 64) }, 'unknown message extension command');
          return message(messages.unknownCommand);
        }
        const { text, initialRun } = searchText(q.parameters ?? []);
        const skip = q.queryOptions?.skip ?? 0;
        const count = Math.min(q.queryOptions?.count ?? MAX_RESULTS, MAX_RESULTS);

        if (text === '') {
          const list = skip === 0 ? mostAsked(count) : [];
          log.info({ event: 'me-query', kind: initialRun ? 'initial' : 'empty', results: list.length }, 'message extension: most asked');
          return result(list.map((e) => entryAttachment(e, true)));
        }

        const screen = screenMessage(text);
        const danger = screen.acuteDanger || screen.suicide || screen.victim;
        const found = answers.search(text, skip + count).slice(skip);
        const attachments = found.map((e) => entryAttachment(e, true));
        // Someone typing about danger sees the emergency numbers first, whatever they searched for.
        if (danger && skip === 0) attachments.unshift(emergencyAttachment(screen, true));
        log.info({ event: 'me-query', kind: 'search', results: found.length, danger }, 'message extension: search');
        if (attachments.length === 0) return skip === 0 ? message(messages.noResults) : result([]);
        return result(attachments);
      } catch (err) {
        log.error({ event: 'me-query-failed', err: describeError(err) }, 'message extension query failed');
        return message(messages.failed);
      }
    },

    async selectItem(_turn: TurnInfo, raw: unknown): Promise<SearchResponse> {
      try {
        const parsed = itemSchema.safeParse(raw);
        if (!parsed.success) {
          log.warn({ event: 'me-select-invalid' }, 'message extension item failed its schema');
          return message(messages.invalid);
        }
        const item = parsed.data;
        if (item.meldwijzer === 'emergency') {
          const screen = { acuteDanger: item.acuteDanger, suicide: item.suicide, victim: item.victim };
          log.info({ event: 'me-select', kind: 'emergency' }, 'message extension: emergency card inserted');
          return result([emergencyAttachment(screen, false)]);
        }
        const entry = answers.byId(item.id);
        if (!entry) {
          log.warn({ event: 'me-select-gone', entryId: item.id }, 'message extension item no longer exists');
          return message(messages.gone);
        }
        answerLog.recordAsked(entry.id);
        log.info({ event: 'me-select', kind: 'entry', entryId: entry.id }, 'message extension: answer inserted');
        return result([entryAttachment(entry, false)]);
      } catch (err) {
        log.error({ event: 'me-select-failed', err: describeError(err) }, 'message extension select failed');
        return message(messages.failed);
      }
    },
  };
}
