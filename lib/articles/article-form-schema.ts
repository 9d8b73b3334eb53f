import { z } from "zod";

const optionalId = z
  .string()
  .max(64)
  .nullish()
  .transform((value) => value || null);

const text = (label: string, max: number) =>
  z
    .string({ error: `${label} is missing.` })
    .trim()
    .max(max, `${label} is too long (${max.toLocaleString("en-US")} characters at most).`);

/** The fields of the article form, as sent by the editor on every save. */
export const ArticleFieldsSchema = z.object({
  title: text("The title", 200).min(1, "Give the article a title."),
  dek: text("The dek", 400).default(""),
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, "The web address (slug) cannot be empty.")
    .max(120, "The slug is too long (120 characters at most).")
    .regex(
      /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
      "Use lowercase letters, digits and single hyphens in the slug.",
    ),
  excerpt: text("The excerpt", 500).default(""),
  seoTitle: text("The SEO title", 200).default(""),
  seoDescription: text("The SEO description", 320).default(""),
  visibility: z.enum(["PUBLIC", "MEMBERS", "SUBSCRIBERS"], {
    error: "Choose who can read the article.",
  }),
  topicId: optionalId,
  featuredImageId: optionalId,
  issueId: optionalId,
  authorIds: z
    .array(z.string().min(1).max(64))
    .min(1, "An article needs at least one author.")
    .max(10, "Ten authors at most."),
  tagIds: z.array(z.string().min(1).max(64)).max(20, "Twenty tags at most.").default([]),
});

export type ArticleFields = z.infer<typeof ArticleFieldsSchema>;

export const SaveArticleSchema = z.object({
  /** The version the editor loaded or last saved; a different current version is a conflict. */
  version: z.number().int().min(1),
  fields: ArticleFieldsSchema,
  body: z.unknown(),
});
