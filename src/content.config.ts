import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "astro/zod";

/** The essay's chapters: one MDX file each, read in file-name order (NN-slug.mdx). */
const chapters = defineCollection({
  loader: glob({ pattern: "[0-9][0-9]-*.mdx", base: "./content/chapters" }),
  schema: z.object({
    title: z.string().min(1),
    /** The chapter's anchor in the page (the hash of a link to it). */
    anchor: z.string().regex(/^[a-z0-9-]+$/),
    summary: z.string().optional(),
  }),
});

export const collections = { chapters };
