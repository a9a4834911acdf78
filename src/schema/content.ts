/**
 * Schemas for what a user writes in `content/`: article front matter, topics,
 * entities, outlet signatures, boilerplate patterns and the briefing's title.
 * Messages are written for the person editing those files.
 */
import { z } from 'zod';

const IsoDate = z
  .union([z.string(), z.date()])
  .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value))
  .pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected an ISO date such as 2023-09-13'));

/** A correction the outlet published: when, what it says, and optionally which sentence it concerns. */
export const CorrectionEntry = z
  .object({
    date: IsoDate,
    text: z.string().min(1, "Expected the correction's text"),
    /** Words of the corrected sentence(s) as they now read; without it the correction concerns the whole article. */
    sentence: z.string().min(1).optional(),
  })
  .strict();
export type CorrectionEntry = z.infer<typeof CorrectionEntry>;

/** Optional YAML front matter at the top of an article (`.txt` or `.md`). */
export const ArticleFrontMatter = z
  .object({
    title: z.string().min(1).optional(),
    outlet: z.string().min(1).optional(),
    published: IsoDate.optional(),
    // Only web addresses: a `javascript:` or `data:` URL would become a link on the article's page.
    url: z.url({ protocol: /^https?$/, error: 'Expected a full URL such as https://example.com/story (http or https)' }).optional(),
    byline: z.string().min(1).optional(),
    contributors: z.array(z.string().min(1)).optional(),
    corrections: z.array(CorrectionEntry).optional(),
  })
  .strict();
export type ArticleFrontMatter = z.infer<typeof ArticleFrontMatter>;

/** Front matter of a topic file in `content/topics/<id>.md`. */
export const TopicDefinition = z
  .object({
    title: z.string().min(1),
    summary: z.string().min(1),
    /** Position in navigation; topics without one sort after, by id. */
    order: z.number().int().optional(),
    /** Words and phrases that signal the topic, matched as whole words, case-insensitively. */
    terms: z.array(z.string().min(1)).default([]),
    /** Canonical entity names whose mention signals the topic. */
    entities: z.array(z.string().min(1)).default([]),
    /**
     * Unambiguous signals (terms or entity names): an article joins the topic only
     * if it has at least one, so a weak term ("meeting", "open arms") in an
     * unrelated article does not pull it in. Empty: no such gate.
     */
    requires: z.array(z.string().min(1)).default([]),
  })
  .strict()
  .refine((topic) => topic.terms.length + topic.entities.length > 0, {
    message: 'A topic needs at least one term or entity to recognise it by',
  });
export type TopicDefinition = z.infer<typeof TopicDefinition>;

export const EntityKind = z.enum(['person', 'organisation', 'place', 'country', 'group']);

/** `content/entities.yaml`: canonical names and the ways articles refer to them. */
export const EntityList = z.array(
  z
    .object({
      name: z.string().min(1),
      kind: EntityKind,
      aliases: z.array(z.string().min(1)).default([]),
    })
    .strict(),
);
export type EntityList = z.infer<typeof EntityList>;
export type EntityDefinition = EntityList[number];

/** `content/outlets.yaml`: text that gives away an article's outlet. */
export const OutletSignatures = z.array(
  z
    .object({
      name: z.string().min(1),
      /** Case-insensitive regular expressions searched for in the article text. */
      signals: z.array(z.string().min(1)).min(1),
    })
    .strict(),
);
export type OutletSignatures = z.infer<typeof OutletSignatures>;

/** `content/boilerplate.yaml`: extra patterns for text that is not part of the story. */
export const BoilerplatePatterns = z.array(
  z
    .object({
      id: z.string().regex(/^[a-z0-9-]+$/, 'Expected an id of lowercase letters, digits and dashes'),
      /** Case-insensitive regular expression matched against a whole paragraph. */
      pattern: z.string().min(1),
      reason: z.string().min(1),
    })
    .strict(),
);
export type BoilerplatePatterns = z.infer<typeof BoilerplatePatterns>;

/** `content/briefing.yaml`. */
export const BriefingMeta = z
  .object({
    title: z.string().min(1),
    summary: z.string().min(1),
  })
  .strict();
export type BriefingMeta = z.infer<typeof BriefingMeta>;

/** `content/framing.yaml`: words that show how an outlet frames an entity. */
export const FramingLexicon = z
  .object({
    words: z.array(z.string().min(1)).min(1, 'Expected at least one word'),
  })
  .strict();
export type FramingLexicon = z.infer<typeof FramingLexicon>;
