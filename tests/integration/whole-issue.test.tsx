import { renderToStaticMarkup } from "react-dom/server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import WholeIssuePage from "@/app/(site)/issues/[slug]/read/page";
import type { CurrentUser } from "@/lib/auth/current-user";
import { blocksToText } from "@/lib/articles/document-pages";
import { db } from "@/lib/db";
import { getWholeIssue } from "@/lib/issues/whole-issue";
import { createArticle } from "../factories";
import { createUser, type TestUser } from "./account-helpers";
import { lapsedSubscriber, subscriber } from "./paywall-files-helpers";

const DAY = 86_400_000;

// The page reads the session through getCurrentUser; tests choose who is asking.
const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => session.user }));
const signIn = (user: TestUser | null) => {
  session.user = user && { ...user.actor, name: user.name, email: user.email };
};
beforeEach(() => signIn(null));

async function renderPage(slug: string): Promise<string> {
  return renderToStaticMarkup(await WholeIssuePage({ params: Promise.resolve({ slug }) }));
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
    const view = (await getWholeIssue(db, reader.id, issue.slug))!;
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
      const view = (await getWholeIssue(db, userId, issue.slug))!;
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
    expect(await getWholeIssue(db, reader.id, issue.slug)).toBeNull();
    const { issue: later } = await issueWithArticles();
    expect(
      await getWholeIssue(db, reader.id, later.slug, new Date(Date.now() - 2 * DAY)),
    ).toBeNull();
    expect(await getWholeIssue(db, reader.id, "../etc")).toBeNull();
  });
});

describe("/issues/[slug]/read", () => {
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
    signIn(await subscriber());
    const html = await renderPage(issue.slug);
    expect(html).toContain(`href="/issues/${issue.slug}/pdf"`);
    expect(html).not.toContain("Read the whole issue with a subscription");
  });

  it("shows a subscriber the contents linking to every article, the text and the PDF link", async () => {
    const { issue } = await issueWithArticles();
    signIn(await subscriber());
    const html = await renderPage(issue.slug);
    for (const sentence of SENTENCES) expect(html).toContain(sentence);
    expect(html).toContain(`href="/issues/${issue.slug}/pdf"`);
    expect(html).toMatch(/href="#article-[a-z0-9-]+"/);
    expect(html).not.toContain("Read the whole issue with a subscription");
  });

  it("shows others the contents, the offer and (signed out) a sign-in link, never the text", async () => {
    const { issue } = await issueWithArticles();
    for (const who of [null, await createUser()]) {
      signIn(who);
      const html = await renderPage(issue.slug);
      for (const sentence of SENTENCES) expect(html).not.toContain(sentence);
      expect(html).toContain("Read the whole issue with a subscription");
      expect(html).toContain("Part 1");
      expect(html).not.toContain("/pdf");
      const signInLink = `/signin?from=${encodeURIComponent(`/issues/${issue.slug}/read`)}`;
      if (who) expect(html).not.toContain(signInLink);
      else expect(html).toContain(signInLink);
    }
  });
});
