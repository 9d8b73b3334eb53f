import "server-only";
import { db } from "../db";
import { cardSelect, toCard, type ArticleCard } from "../articles/article-cards";
import { issueShownWhere, publishedWhere } from "../articles/published";
import { mediaSelect, toMediaView, type MediaView } from "../media/media-view";

export type IssueSummary = {
  slug: string;
  title: string;
  volume: number;
  number: number;
  publishedOn: Date;
  description: string;
  cover: MediaView | null;
};

const issueSelect = {
  slug: true,
  title: true,
  volume: true,
  number: true,
  publishedOn: true,
  description: true,
  cover: { select: mediaSelect },
} as const;

function toSummary(
  row: { cover: Parameters<typeof toMediaView>[0] } & Omit<IssueSummary, "cover">,
): IssueSummary {
  return { ...row, cover: toMediaView(row.cover) };
}

function yearRange(year: number) {
  return { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) };
}

export async function getLatestIssue(now = new Date()): Promise<IssueSummary | null> {
  const row = await db.magazineIssue.findFirst({
    where: { published: true, publishedOn: { lte: now } },
    select: issueSelect,
    orderBy: { publishedOn: "desc" },
  });
  return row ? toSummary(row) : null;
}

/** Years that have issues, newest first: the archive's navigation. */
export async function listIssueYears(now = new Date()): Promise<number[]> {
  const [first, last] = await Promise.all([
    db.magazineIssue.findFirst({
      where: { published: true, publishedOn: { lte: now } },
      select: { publishedOn: true },
      orderBy: { publishedOn: "asc" },
    }),
    db.magazineIssue.findFirst({
      where: { published: true, publishedOn: { lte: now } },
      select: { publishedOn: true },
      orderBy: { publishedOn: "desc" },
    }),
  ]);
  if (!first || !last) return [];
  const years: number[] = [];
  for (
    let year = last.publishedOn.getUTCFullYear();
    year >= first.publishedOn.getUTCFullYear();
    year -= 1
  )
    years.push(year);
  return years;
}

/** One year's issues, newest first (24 a year; bounded at 60 in case of specials). */
export async function listIssuesOfYear(year: number, now = new Date()): Promise<IssueSummary[]> {
  const rows = await db.magazineIssue.findMany({
    where: { published: true, publishedOn: { ...yearRange(year), lte: now } },
    select: issueSelect,
    orderBy: { publishedOn: "desc" },
    take: 60,
  });
  return rows.map(toSummary);
}

/** `hasPdf`: a PDF edition is attached (served to subscribers by /issues/[slug]/pdf). */
export type IssueView = IssueSummary & { articles: ArticleCard[]; hasPdf: boolean };

/** An issue and its table of contents: everyone may see the contents. */
export async function getIssueBySlug(slug: string, now = new Date()): Promise<IssueView | null> {
  const row = await db.magazineIssue.findFirst({
    where: { slug, ...issueShownWhere(now) },
    select: {
      ...issueSelect,
      pdfKey: true,
      articles: {
        where: publishedWhere(now),
        select: cardSelect,
        orderBy: [{ issuePosition: "asc" }, { publishedAt: "asc" }],
        take: 100,
      },
    },
  });
  if (!row) return null;
  const { articles, pdfKey, ...issue } = row;
  return { ...toSummary(issue), articles: articles.map(toCard), hasPdf: pdfKey !== null };
}
