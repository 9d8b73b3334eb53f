import { expect } from "@playwright/test";
import { splitPages, teaserBlocks } from "../../lib/articles/document-pages";
import type { BlockNode } from "../../lib/articles/document-schema";
import { markdownToDocument } from "../../lib/articles/markdown-to-doc";
import { articles } from "../../prisma/seed/content/articles";
import { issues } from "../../prisma/seed/content/issues";

/**
 * The demo content's articles that are not public (subscriber-only, and for signed-in
 * readers) and the text past each one's teaser, for tests that look for that text where it
 * must not be (paywall-leaks.spec.ts) and where it must be (editions.spec.ts,
 * free-members.spec.ts).
 */

export type Locked = { slug: string; pageCount: number; secrets: string[]; issue?: string };

/** Runs of words from inside one text node, so markup can never split them. */
function fragmentsOf(blocks: BlockNode[]): string[] {
  const texts: string[] = [];
  const walk = (node: unknown) => {
    if (!node || typeof node !== "object") return;
    const record = node as { type?: string; text?: string; content?: unknown[] };
    if (record.type === "text" && typeof record.text === "string") texts.push(record.text);
    record.content?.forEach(walk);
  };
  blocks.forEach(walk);
  return texts
    .map((text) => text.match(/[A-Za-z][A-Za-z ]{30,}[A-Za-z]/g)?.[0])
    .filter((run): run is string => !!run)
    .map((run) => run.split(" ").slice(0, 7).join(" "))
    .filter((run) => run.split(" ").length >= 5);
}

/** Titles and deks are public everywhere (cards, related lists); a run inside one is not a secret. */
const publicLines = articles.map((article) => `${article.title} | ${article.dek}`).join(" | ");

const lockedArticles = (visibility: "SUBSCRIBERS" | "MEMBERS"): Locked[] =>
  articles
    .filter((article) => article.visibility === visibility && !article.status)
    .map((article) => {
      const doc = markdownToDocument(article.body);
      const teaser = fragmentsOf(teaserBlocks(doc)).join(" | ");
      const all = splitPages(doc).flat();
      const teaserCount = teaserBlocks(doc).length;
      const rest = all.slice(teaserCount);
      return {
        slug: article.slug,
        pageCount: splitPages(doc).length,
        issue: article.issue,
        // A run that also appears in the teaser or in any title or dek is public; skip it.
        secrets: fragmentsOf(rest).filter(
          (run) => !teaser.includes(run) && !publicLines.includes(run),
        ),
      };
    });

/** Subscriber-only articles: only subscribers may read past the teaser. */
export const locked = lockedArticles("SUBSCRIBERS");
/** Articles for signed-in readers: anonymous visitors get the teaser alone. */
export const membersOnly = lockedArticles("MEMBERS");

/** The demo issue seeded with a PDF edition (prisma/seed/seed-demo.ts: the latest). */
export const PDF_ISSUE = issues.at(-1)!.slug;

export const decode = (body: string) =>
  body
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/\\u0026/g, "&")
    .replace(/\s+/g, " ");

/** Fails if `body` holds text past the teaser of `only`, else of any of `among`. */
export function expectNoSecrets(
  body: string,
  where: string,
  only?: Locked,
  among: Locked[] = locked,
) {
  const text = decode(body);
  for (const article of only ? [only] : among)
    for (const secret of article.secrets)
      expect(text.includes(secret), `"${secret}" (${article.slug}) leaked in ${where}`).toBe(false);
}
