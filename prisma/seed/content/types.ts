/**
 * Shapes of the demo content. Content is written by hand in these files and turned
 * into database rows by `prisma/seed/seed-demo.ts`. Bodies are written in a small
 * Markdown subset (see `BODY FORMAT` below) and converted to ProseMirror JSON by
 * `lib/articles/markdown-to-doc.ts`, the same converter the editor uses for pasted text.
 *
 * BODY FORMAT
 * - Paragraphs separated by blank lines.
 * - `## Heading` (level 2) and `### Heading` (level 3).
 * - `*italic*` (use it for titles of publications, books, films), `**bold**`.
 * - `[link text](https://…)` or `[link text](/articles/other-slug)`.
 * - `> quoted paragraph` block quotes.
 * - `- item` bulleted lists, `1. item` numbered lists.
 * - `---` on its own line: a horizontal rule (section break).
 * - `![alt text](art:<ArtKey> "Caption text | Credit text")`: an inline photo,
 *   drawn locally from the art key (see ArtKey).
 * - A line containing exactly `=== page ===` starts the next page of the article.
 */

export type TopicSlug =
  "politics" | "finance" | "foreign-affairs" | "environment" | "culture" | "technology";

/** Scenes the seed can draw locally (no downloads); each becomes a photo-like illustration. */
export type ArtKey =
  | "city-skyline"
  | "harbor"
  | "mountains"
  | "forest"
  | "desert"
  | "river"
  | "parliament"
  | "market-chart"
  | "circuit"
  | "theater"
  | "library"
  | "fields"
  | "coast"
  | "factory"
  | "night-city"
  | "storm";

export interface SeedImage {
  art: ArtKey;
  alt: string;
  caption: string;
  credit: string;
}

export interface SeedAuthor {
  slug: string;
  name: string;
  bio: string;
  /** Two hex colours for the drawn portrait: background and clothing. */
  palette: [string, string];
}

export interface SeedIssue {
  slug: string;
  title: string;
  volume: number;
  number: number;
  /** ISO date, e.g. "2026-11-15" */
  publishedOn: string;
  description: string;
  /** Art for the cover illustration */
  coverArt: ArtKey;
}

export interface SeedArticle {
  slug: string;
  title: string;
  dek: string;
  topic: TopicSlug;
  /** Author slugs, first is the lead author */
  authors: string[];
  /** Tag names, e.g. ["Elections", "Housing"] */
  tags: string[];
  /** Defaults to PUBLISHED; drafts and pieces in review never appear on the public site. */
  status?: "DRAFT" | "IN_REVIEW";
  /** Defaults to PUBLIC */
  visibility?: "PUBLIC" | "MEMBERS" | "SUBSCRIBERS";
  /** ISO date-time, e.g. "2026-11-12T09:00:00Z" */
  publishedAt: string;
  /** Slug of the magazine issue this ran in, if any */
  issue?: string;
  featured?: boolean;
  featuredImage?: SeedImage;
  /** Markdown subset described at the top of this file */
  body: string;
}
