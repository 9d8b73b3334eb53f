import type { DbClient } from "../db-client";
import { articlePath } from "../articles/article-metadata";
import { parseDocument } from "../articles/document-schema";
import { figureMediaIds, splitPages, teaserBlocks } from "../articles/document-pages";
import { issueShownWhere, publishedWhere } from "../articles/published";
import { siteUrl } from "../env";
import { mediaSelect, mediaSrc, toMediaView, type MediaView } from "../media/media-view";
import type { Visibility } from "../subscriptions/entitlements";
import { blocksToEmailHtml, blocksToEmailText, escapeHtml } from "./email-blocks";

/** One way the body of an email can read; recipients get the one they may read. */
export type Body = { html: string; text: string };

/**
 * What a mailing says, prepared once per batch (not per recipient): an article in two
 * versions (the whole text, and the public teaser with a link) or an issue's contents.
 * null when there is nothing to send yet or any more (not published, or taken down).
 */
export type MailingContent = {
  subject: string;
  newsletterName: string;
  /** PUBLIC for an issue's contents (headlines and deks are public everywhere) */
  visibility: Visibility;
  full: Body;
  teaser: Body;
};

const SANS = "font-family:Arial,Helvetica,sans-serif";

function heading(title: string, dek: string, url: string, image: MediaView | null, byline: string) {
  const html = [
    image
      ? `<a href="${escapeHtml(url)}"><img src="${escapeHtml(`${siteUrl}${mediaSrc(image, 640)}`)}" alt="${escapeHtml(image.alt)}" width="600" style="display:block;width:100%;max-width:600px;height:auto;margin:0 0 16px"></a>`
      : "",
    `<h1 style="margin:0 0 8px;font-family:Georgia,serif;font-size:32px;line-height:1.2"><a href="${escapeHtml(url)}" style="color:#1c1917;text-decoration:none">${escapeHtml(title)}</a></h1>`,
    dek
      ? `<p style="margin:0 0 8px;font-family:Georgia,serif;font-size:20px;color:#44403c">${escapeHtml(dek)}</p>`
      : "",
    byline
      ? `<p style="margin:0 0 24px;${SANS};font-size:14px;color:#57534e">${escapeHtml(byline)}</p>`
      : "",
  ].join("\n");
  const text = [title.toUpperCase(), dek, byline].filter(Boolean).join("\n\n");
  return { html, text };
}

const button = (href: string, label: string) =>
  `<p style="margin:24px 0"><a href="${escapeHtml(href)}" style="${SANS};display:inline-block;background:#1c1917;color:#ffffff;padding:10px 16px;text-decoration:none;font-weight:bold">${escapeHtml(label)}</a></p>`;

async function articleContent(
  db: DbClient,
  articleId: string,
  now: Date,
): Promise<Omit<MailingContent, "newsletterName"> | null> {
  const article = await db.article.findFirst({
    where: { id: articleId, ...publishedWhere(now) },
    select: {
      slug: true,
      title: true,
      dek: true,
      body: true,
      visibility: true,
      featuredImage: { select: mediaSelect },
      authors: { select: { author: { select: { name: true } } }, orderBy: { position: "asc" } },
    },
  });
  if (!article) return null;
  const url = `${siteUrl}${articlePath(article.slug)}`;
  const doc = parseDocument(article.body);
  const whole = splitPages(doc).flat();
  const opening = teaserBlocks(doc);
  const mediaRows = await db.media.findMany({
    where: { id: { in: figureMediaIds(whole) } },
    select: { id: true, ...mediaSelect },
  });
  const context = {
    articleUrl: url,
    media: new Map(mediaRows.map((row) => [row.id, toMediaView(row)])),
  };
  const names = article.authors.map((a) => a.author.name);
  const byline = names.length ? `By ${names.join(" and ")}` : "";
  const top = heading(article.title, article.dek, url, toMediaView(article.featuredImage), byline);
  const version = (blocks: typeof whole, closing: string, closingText: string): Body => ({
    html: [top.html, blocksToEmailHtml(blocks, context), closing].join("\n"),
    text: [top.text, blocksToEmailText(blocks, context), closingText].join("\n\n"),
  });
  const gated = article.visibility !== "PUBLIC";
  const invitation =
    article.visibility === "MEMBERS"
      ? "This article is for signed-in readers. Sign in to read the rest:"
      : "This article is for subscribers. Read the rest on the site:";
  return {
    subject: article.title,
    visibility: article.visibility,
    full: version(whole, button(url, "Read it on the site"), `Read it on the site: ${url}`),
    // Only the public teaser: never text this recipient could not read on the site.
    teaser: gated
      ? version(
          opening,
          `<p style="${SANS};font-size:15px">${escapeHtml(invitation)}</p>${button(url, "Continue reading")}`,
          `${invitation} ${url}`,
        )
      : version(whole, button(url, "Read it on the site"), `Read it on the site: ${url}`),
  };
}

async function issueContent(
  db: DbClient,
  issueId: string,
  now: Date,
): Promise<Omit<MailingContent, "newsletterName"> | null> {
  const issue = await db.magazineIssue.findFirst({
    where: { id: issueId, ...issueShownWhere(now) },
    select: {
      slug: true,
      title: true,
      description: true,
      cover: { select: mediaSelect },
      articles: {
        where: publishedWhere(now),
        select: { slug: true, title: true, dek: true },
        orderBy: [{ issuePosition: "asc" }, { publishedAt: "asc" }],
        take: 200,
      },
    },
  });
  if (!issue) return null;
  const url = `${siteUrl}/issues/${issue.slug}`;
  const top = heading(issue.title, issue.description, url, toMediaView(issue.cover), "");
  const items = issue.articles.map((a) => ({ ...a, url: `${siteUrl}${articlePath(a.slug)}` }));
  const body: Body = {
    html: [
      top.html,
      `<h2 style="${SANS};font-size:14px;letter-spacing:2px;text-transform:uppercase">In this issue</h2>`,
      ...items.map(
        (a) =>
          `<p style="margin:0 0 16px;font-family:Georgia,serif"><a href="${escapeHtml(a.url)}" style="color:#1c1917;font-size:20px;font-weight:bold">${escapeHtml(a.title)}</a>${a.dek ? `<br><span style="color:#44403c;font-size:16px">${escapeHtml(a.dek)}</span>` : ""}</p>`,
      ),
      button(url, "The whole issue"),
    ].join("\n"),
    text: [
      top.text,
      "IN THIS ISSUE",
      ...items.map((a) => [a.title, a.dek, a.url].filter(Boolean).join("\n")),
      `The whole issue: ${url}`,
    ].join("\n\n"),
  };
  return {
    subject: `The new issue: ${issue.title}`,
    visibility: "PUBLIC",
    full: body,
    teaser: body,
  };
}

export async function loadMailingContent(
  db: DbClient,
  mailing: { articleId: string | null; issueId: string | null; newsletter: { name: string } },
  now: Date = new Date(),
): Promise<MailingContent | null> {
  const content = mailing.articleId
    ? await articleContent(db, mailing.articleId, now)
    : mailing.issueId
      ? await issueContent(db, mailing.issueId, now)
      : null;
  return content && { ...content, newsletterName: mailing.newsletter.name };
}
