import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "astro/zod";
import { MODELS } from "./engine/index.ts";
import { parseQuery } from "./state/url-codec.ts";

/** The essay's chapters: one MDX file each, read in file-name order (NN-slug.mdx). */
const chapters = defineCollection({
  loader: glob({ pattern: "[0-9][0-9]-*.mdx", base: "./content/chapters" }),
  schema: z.object({
    title: z.string().min(1),
    /** The chapter's anchor in the page (the hash of a link to it). */
    anchor: z.string().regex(/^[a-z0-9-]+$/),
    summary: z.string().optional(),
    /**
     * What the figures show when the reader arrives, written as the query of a link that reopens it
     * ("" for the article's start, "step=1" for its first step); no scene keeps the reader's settings.
     */
    scene: z
      .string()
      .refine((query) => parseQuery(query).notices.length === 0, { message: "not a clean link query (parseQuery corrects it)" })
      .optional(),
    /**
     * The model the chapter is about (a registered model's id; the first, the line, when missing): the
     * figures switch to it as the reader arrives and back to the reader's last state on another model.
     */
    model: z
      .string()
      .refine((id) => MODELS.some((m) => m.id === id), { message: `not a registered model (${MODELS.map((m) => m.id).join(", ")})` })
      .optional(),
  }),
});

export const collections = { chapters };
