/**
 * Facts about the demo content the browser tests rely on, taken from
 * prisma/seed/content/*.ts. Kept here, spelled out, so a test failure names what a reader
 * would have expected to see.
 */
export { draftArticles } from "../../prisma/seed/content/drafts";

/** The three-page public article (articles-politics-finance.ts). */
export const BOND = {
  slug: "the-bond-that-built-the-bridge",
  title: "The Bond That Built the Bridge",
  author: { slug: "tomas-okafor", name: "Tomás Okafor" },
  topic: "Finance",
  /** publishedAt 2026-11-20T09:00:00Z, shown as "Month D, YYYY" in UTC. */
  date: "November 20, 2026",
  pageCount: 3,
  issue: { slug: "2026-11-15", title: "Who Pays" },
  /** A sentence from each page, in order. */
  pageSentences: [
    "The Fenwick Street Bridge in Calder Bend was built in 1938",
    "A town the size of Calder Bend does not sell bonds on its own.",
    "The bridge opened last spring, eight months behind schedule and slightly under budget.",
  ],
  /** A word that appears only on page 2. */
  pageTwoWord: "Drummelow",
  featuredImageAlt: "A new concrete bridge crossing a wide river on a clear morning",
} as const;

/** A subscriber-only article (visibility: "SUBSCRIBERS", articles-politics-finance.ts). */
export const SUBSCRIBER_ARTICLE = {
  slug: "the-last-newspaper-in-harlow-county",
  title: "The Last Newspaper in Harlow County",
  author: "Daniel Reyes",
  date: "September 24, 2026",
  /** From paragraph 2, which is part of the public teaser (first two paragraphs). */
  teaserSentence: "In the two cycles after, it averaged twenty-six.",
  /** From paragraph 3: past the teaser. */
  thirdParagraphSentence:
    "Three seats on the county board went uncontested in the first election after the closure",
  /** From paragraph 4 (the block quote): past the teaser. */
  fourthParagraphSentence: "The vote is on the zoning change.",
  /** A name that appears only after the teaser (paragraph 5 onwards). */
  lockedName: "Loretta Brisbane",
} as const;

export const pagePath = (slug: string, page = 1) =>
  page === 1 ? `/articles/${slug}` : `/articles/${slug}/${page}`;
