import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import WholeIssuePage from "@/app/(editions)/edition/[edition]/issues/[slug]/read/page";
import { blocksToText } from "@/lib/articles/document-pages";
import { db } from "@/lib/db";
import { getWholeIssue } from "@/lib/issues/whole-issue";
import { getEntitlement, type Access, type Edition } from "@/lib/subscriptions/entitlements";
import { createArticle } from "../factories";
import { createUser } from "./account-helpers";
import { lapsedSubscriber, subscriber } from "./paywall-files-helpers";

const DAY = 86_400_000;

/** What a page may assume of `userId`, decided as for a page rendered per reader. */
async function accessOf(userId: string | null): Promise<Access> {
  return userId ? { entitlement: await getEntitlement(db, userId) } : null;
}

/** The page as rendered for an edition (proxy.ts chooses the edition per reader). */
async function renderPage(slug: string, edition: Edition): Promise<string> {
  return renderToStaticMarkup(await WholeIssuePage({ params: Promise.resolve({ edition, slug }) }));
}

/** An issue with three published articles (one of two pages, one subscriber-only) and a draft. */
async function issueWithArticles(published = true) {
  const tag = Math.random().toString(36).slice(2, 8);
  const n = Math.floor(Math.random() * 900) + 1;
  const issue = await db.magazineIssue.create({
    data: {
      slug: `whole-${tag}`,
      title: `Whole issue ${tag}`,
      volume: 2000 + n,
      number: n,
      publishedOn: new Date(Date.now() - DAY),
      published,
      pdfKey: "issues/2026-11/0123456789abcdef0123456789abcdef",
    },
    select: { id: true, slug: true },
  });
  const make = (position: number, markdown: string, extra: object = {}) =>
    createArticle({
      title: `Part ${position} ${tag}`,
      issueId: issue.id,
      issuePosition: position,
      markdown,
      ...extra,
    });
  // Created out of order: the contents follow issuePosition.
  const third = await make(3, "Third opening sentence.\n\nThird closing sentence.");
  const first = await make(
    1,
    "First page one sentence.\n\n=== page ===\n\nFirst page two secret sentence.",
  );
  const second = await make(2, "Second public sentence.\n\nSecond subscriber sentence.", {
    visibility: "SUBSCRIBERS",
  });
  await make(4, "Draft sentence nobody reads.", { status: "DRAFT", publishedAt: null });
  return { issue, ids: [first.id, second.id, third.id] };
}

const SENTENCES = [
  "First page one sentence.",
  "First page two secret sentence.",
  "Second public sentence.",
  "Second subscriber sentence.",
  "Third opening sentence.",
  "Third closing sentence.",
];

describe("getWholeIssue", () => {
  it("gives subscribers every published article in order, every page, in full", async () => {
    const { issue, ids } = await issueWithArticles();
    const reader = await subscriber();
    const view = (await getWholeIssue(db, await accessOf(reader.id), issue.slug))!;
    expect(view.subscriber).toBe(true);
    expect(view.issue.hasPdf).toBe(true);
    expect(view.contents.map((entry) => entry.id)).toEqual(ids);
    expect(view.contents.map((entry) => entry.anchor)).toEqual(
      view.contents.map((entry) => `article-${entry.slug}`),
    );
    const text = view.contents
      .map((entry) => blocksToText(view.text!.bodies.get(entry.id)!.flat()))
      .join("\n");
    expect(text.split("\n")).toEqual(SENTENCES);
    expect(view.text!.bodies.get(ids[0]!)).toHaveLength(2);
    expect(JSON.stringify([...view.text!.bodies.values()])).not.toContain("Draft sentence");
  });

  it("gives signed-out readers, non-subscribers and lapsed subscribers the contents and no text", async () => {
    const { issue, ids } = await issueWithArticles();
    for (const userId of [null, (await createUser()).id, (await lapsedSubscriber()).id]) {
      const view = (await getWholeIssue(db, await accessOf(userId), issue.slug))!;
      expect(view.subscriber).toBe(false);
      expect(view.text).toBeNull();
      expect(view.contents.map((entry) => entry.id)).toEqual(ids);
      const everything = JSON.stringify(view);
      for (const sentence of SENTENCES) expect(everything, String(userId)).not.toContain(sentence);
    }
  });

  it("knows nothing of unpublished issues, future issues and odd slugs", async () => {
    const { issue } = await issueWithArticles(false);
    const reader = await subscriber();
    const access = await accessOf(reader.id);
    expect(await getWholeIssue(db, access, issue.slug)).toBeNull();
    const { issue: later } = await issueWithArticles();
    expect(await getWholeIssue(db, access, later.slug, new Date(Date.now() - 2 * DAY))).toBeNull();
    expect(await getWholeIssue(db, access, "../etc")).toBeNull();
  });
});

describe("/issues/[slug]/read, per edition", () => {
  it("treats a subscriber as a subscriber even before the issue has articles", async () => {
    const issue = await db.magazineIssue.create({
      data: {
        slug: `empty-${Math.random().toString(36).slice(2, 8)}`,
        title: "An issue still being assembled",
        volume: 3999,
        number: Math.floor(Math.random() * 900) + 1,
        publishedOn: new Date(Date.now() - DAY),
        pdfKey: "issues/2026-11/0123456789abcdef0123456789abcdef",
      },
      select: { slug: true },
    });
    const html = await renderPage(issue.slug, "subscriber");
    expect(html).toContain(`href="/issues/${issue.slug}/pdf"`);
    expect(html).not.toContain("Read the whole issue with a subscription");
  });

  it("shows a subscriber the contents linking to every article, the text and the PDF link", async () => {
    const { issue } = await issueWithArticles();
    const html = await renderPage(issue.slug, "subscriber");
    for (const sentence of SENTENCES) expect(html).toContain(sentence);
    expect(html).toContain(`href="/issues/${issue.slug}/pdf"`);
    expect(html).toMatch(/href="#article-[a-z0-9-]+"/);
    expect(html).not.toContain("Read the whole issue with a subscription");
  });

  it("shows the public edition the contents, the offer and a sign-in link, never the text", async () => {
    const { issue } = await issueWithArticles();
    const html = await renderPage(issue.slug, "public");
    for (const sentence of SENTENCES) expect(html).not.toContain(sentence);
    expect(html).toContain("Read the whole issue with a subscription");
    expect(html).toContain("Part 1");
    expect(html).not.toContain("/pdf");
    expect(html).toContain(`/signin?from=${encodeURIComponent(`/issues/${issue.slug}/read`)}`);
  });

  it("refuses an edition that does not exist", async () => {
    const { issue } = await issueWithArticles();
    // notFound(): the 404 page, not some other failure.
    await expect(renderPage(issue.slug, "everything" as Edition)).rejects.toThrow(
      "NEXT_HTTP_ERROR_FALLBACK;404",
    );
  });
});
