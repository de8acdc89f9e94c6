import { z } from 'zod';

/** The categories a professional can browse with `onderwerpen`; order is the browse order. */
export const CATEGORIES = {
  meldcode: 'De meldcode: de 5 stappen',
  afwegingskader: 'Afwegingskader: melden of hulp',
  beroepsgeheim: 'Beroepsgeheim, meldrecht en open melden',
  sectoren: 'Per sector: onderwijs, kinderopvang, artsen',
  vormen: 'Bijzondere vormen van geweld',
  'veilig-thuis': 'Veilig Thuis',
  verwijzen: 'Waar verwijs ik naar? Telefoonnummers',
  veiligheid: 'Wie is verantwoordelijk voor veiligheid?',
  regio: 'Regio Gooi en Vechtstreek: netwerk en programma',
} as const;

export type CategoryId = keyof typeof CATEGORIES;
const categoryIds = Object.keys(CATEGORIES) as [CategoryId, ...CategoryId[]];

const isoDate = z.iso.date({ error: 'moet een datum zijn als JJJJ-MM-DD' });

export const contactSchema = z
  .object({
    name: z.string().min(2),
    phone: z
      .string()
      .regex(/^(\+31 ?|0)[0-9][0-9 -]{2,14}[0-9]$|^112$|^113$/, 'geen geldig Nederlands telefoonnummer')
      .optional(),
    url: z.url({ protocol: /^https$/ }).optional(),
    hours: z.string().min(2).optional(),
  })
  .strict()
  .refine((c) => c.phone !== undefined || c.url !== undefined, 'een contact heeft een telefoonnummer of een URL');

/**
 * Sites that copy documents of others (document-sharing sites): a source must be the page of the organisation
 * that states the fact, not a copy of it.
 */
export const COPY_SITES: readonly string[] = ['wetten.legaltools.nl', '5dok.net', 'docplayer.nl', 'docplayer.net', 'fdocuments.net', 'studeersnel.nl', 'scribd.com', 'yumpu.com'];

/** A source URL must name the page that states the fact: a path, not a bare domain, and not a copy site. */
const sourceUrl = z
  .url({ protocol: /^https?$/ })
  .refine((u) => {
    const url = new URL(u);
    return url.pathname.replace(/\/+$/, '') !== '' || url.search !== '';
  }, 'noem de pagina met het feit, niet alleen het domein')
  .refine((u) => {
    const host = new URL(u).hostname.replace(/^www\./, '');
    return !COPY_SITES.some((site) => host === site || host.endsWith(`.${site}`));
  }, 'een kopieersite is geen bron; noem de pagina van de organisatie zelf');

export const sourceSchema = z
  .object({
    title: z.string().min(3),
    url: sourceUrl.optional(),
    /** A document without a public URL, e.g. the regional action programme in shared/seed. */
    document: z.string().min(3).optional(),
  })
  .strict()
  .refine((s) => s.url !== undefined || s.document !== undefined, 'een bron heeft een url of een document');

/** Facet ids: lower case words joined by dashes; checked against knowledge/lexicon.yaml when the knowledge base loads. */
const facetId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'alleen kleine letters, cijfers en streepjes');

/**
 * What an entry is specifically about, in the lexicon's facets (knowledge/lexicon.yaml): the forms of violence,
 * who is at risk, who asks (role or sector) and what they want to know. A question is analysed into the same
 * facets, so a case description lands on the entry for that form x that role x that intent even when no
 * example question resembles it. Leave a facet out when the entry is about all of its values.
 */
export const FACET_KINDS = ['forms', 'subjects', 'roles', 'intents'] as const;
export type FacetKind = (typeof FACET_KINDS)[number];
export const entryFacetsSchema = z
  .object({
    // `forms: []`: the entry is about no form of violence in particular, whatever its title's words suggest
    // ("U wordt bedreigd ..." is about aggression against the professional, not about psychisch geweld).
    forms: z.array(facetId).optional(),
    subjects: z.array(facetId).min(1).optional(),
    roles: z.array(facetId).min(1).optional(),
    intents: z.array(facetId).min(1).optional(),
  })
  .strict();
export type EntryFacets = z.infer<typeof entryFacetsSchema>;

const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

export const frontMatterSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'alleen kleine letters, cijfers en streepjes'),
    title: z.string().min(5).max(90),
    /** For a button or a list row, when the title is too long to show whole in Teams' narrow chat column (cards/README.md). */
    shortTitle: z.string().min(3).max(40).optional(),
    category: z.enum(categoryIds),
    questions: z.array(z.string().min(5)).min(3, 'minstens 3 voorbeeldvragen'),
    keywords: z.array(z.string().min(2)).min(1),
    steps: z.array(z.string().min(3)).max(10).optional(),
    contacts: z.array(contactSchema).default([]),
    sources: z
      .array(sourceSchema)
      .min(1, 'minstens 1 bron')
      .refine((list) => list.some((s) => s.url !== undefined), 'minstens 1 bron met een URL'),
    related: z.array(z.string()).max(4).default([]),
    /** Set when a fact in the answer is disputed or dated; shown to the user as a caveat. */
    uncertain: z.string().min(10).optional(),
    facets: entryFacetsSchema.optional(),
    /**
     * The year (or years) of the material the answer rests on, when that material is dated (the regional action
     * programme of 2019, figures of one year). The card says so: "Deze informatie komt uit 2019."
     */
    asOf: z.union([z.number().int(), z.string()]).transform(String).pipe(z.string().regex(/^(19|20)\d\d(-(19|20)\d\d)?$/, 'een jaar (2019) of jaren (2019-2021)')).optional(),
    /** The date someone checked THIS entry against its sources (not the date of a bulk edit). */
    reviewed: isoDate,
    owner: z.string().min(3),
  })
  .strict();

export const entrySchema = frontMatterSchema
  .extend({
    answer: z
      .string()
      .min(40, 'het antwoord is te kort')
      .refine((a) => wordCount(a) <= 170, 'het antwoord is langer dan ongeveer 150 woorden'),
  })
  .strict();

export type KnowledgeEntry = z.infer<typeof entrySchema>;
export type Contact = z.infer<typeof contactSchema>;
export type Source = z.infer<typeof sourceSchema>;

export const synonymsSchema = z
  .object({
    /** Abbreviation or variant -> the words it stands for (lower case). */
    synonyms: z.record(z.string().min(1), z.array(z.string().min(1)).min(1)),
  })
  .strict();
export type Synonyms = z.infer<typeof synonymsSchema>['synonyms'];

/** One facet value of the lexicon: a short Dutch label (used on clarifying buttons) and the words that signal it. */
const facetValueSchema = z
  .object({
    label: z.string().min(2),
    /**
     * Words and phrases that signal this value in a question, as people type them: nouns, verbs, participles,
     * everyday descriptions ("blauwe plekken", "van haar geld beroofd"). Lower case; matched after accent folding
     * and stemming, a phrase as consecutive words. A description whose words stand apart is written with `+`
     * between its parts ("trouwen + neef"): all parts within a few words of each other, in any order.
     */
    terms: z
      .array(
        z
          .string()
          .min(2)
          .refine((t) => t.split('+').every((part) => part.trim().length >= 2), { message: 'elk deel rond + heeft minstens twee tekens' }),
      )
      .min(1),
  })
  .strict();

/** knowledge/lexicon.yaml: the domain lexicon, one map per facet kind, and the meldcode's instruments. */
export const lexiconSchema = z
  .object({
    forms: z.record(facetId, facetValueSchema),
    subjects: z.record(facetId, facetValueSchema),
    roles: z.record(facetId, facetValueSchema),
    intents: z.record(facetId, facetValueSchema),
    /**
     * Names of the meldcode's own instruments and organisations (Veilig Thuis, huisverbod, vertrouwensinspecteur ...):
     * a question that names one is about the domain. Lower case, matched as whole words after accent folding.
     */
    instruments: z.array(z.string().min(2).regex(/^[a-z0-9][a-z0-9 '-]*[a-z0-9]$/, 'kleine letters, cijfers, spaties, - en \'')).min(1).optional(),
  })
  .strict();
export type Lexicon = z.infer<typeof lexiconSchema>;
