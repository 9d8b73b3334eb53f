import type { Client } from "@libsql/client";
import { blocksToText, countWords, splitPages } from "../../../lib/articles/document-pages";
import { searchRowsFor } from "../../../lib/search/search-index";
import { slugify } from "../../../lib/text/slugify";
import { bulkInsert, sqlDate, type Row } from "./bulk-insert";
import { buildBody } from "./documents";
import { FIRST_NAMES, LAST_NAMES, TAG_WORDS, TOPIC_NAMES } from "./names";
import type { Random } from "./random";
import type { TextModel } from "./text";

/**
 * The newsroom's side of the dataset: topics, tags, authors, magazine issues, articles
 * with their author and tag links, and the FTS5 search rows. Search rows come from the
 * app's own `searchRowsFor` (lib/search/search-index.ts), so subscriber-only articles are
 * indexed as publishing through the app would do: their teaser for everyone's search and
 * every page in full for subscribers' (the "audience" of each row).
 */

export type ContentSizes = { articles: number; authors: number; topics: number; tags: number };

export type KnownArticles = {
  /** Public, published, four pages: the article page-1 and page-3 benchmarks. */
  publicArticle: { slug: string; pages: number };
  /** Subscriber-only, published; `marker` is on page 1 after the teaser. */
  subscriberArticle: { slug: string; title: string; marker: string };
  topic: string;
  rareWordArticles: number;
};

const DAY = 86_400_000;
const ARTICLE_CHUNK = 1_000;
const ISSUE_EVERY_DAYS = 15; // 24 issues a year, as the plans promise

// prettier-ignore
const ARTICLE_COLUMNS = [
  "id", "slug", "title", "dek", "excerpt", "body", "pageCount", "wordCount", "status",
  "visibility", "featured", "topicId", "issueId", "issuePosition", "publishedAt",
  "createdAt", "updatedAt", "version",
] as const;

export async function writeContent(
  client: Client,
  random: Random,
  model: TextModel,
  sizes: ContentSizes,
  options: { now: Date; salt: string; onProgress: (done: number) => void },
): Promise<KnownArticles> {
  const { now, salt } = options;
  let sequence = 0;
  const id = () => random.id(sequence++);
  // Articles span one day per article back from now, at most ten years: a year's output
  // of a busy site at the default size, and dense recent pages at any size.
  const spanDays = Math.min(3650, Math.max(30, sizes.articles));
  const firstDay = now.getTime() - spanDays * DAY;

  const topics = Array.from({ length: sizes.topics }, (_, i) => {
    const base = TOPIC_NAMES[i % TOPIC_NAMES.length]!;
    const name =
      i < TOPIC_NAMES.length ? base : `${base} ${Math.floor(i / TOPIC_NAMES.length) + 1}`;
    return { id: id(), slug: slugify(name), name };
  });
  await bulkInsert(
    client,
    "Topic",
    ["id", "slug", "name", "description", "position"],
    topics.map((t, i) => [t.id, t.slug, t.name, model.sentence(random, 8, 20), i]),
  );

  const tags = Array.from({ length: sizes.tags }, (_, i) => {
    const base = TAG_WORDS[i % TAG_WORDS.length]!;
    const name = i < TAG_WORDS.length ? base : `${base} ${Math.floor(i / TAG_WORDS.length) + 1}`;
    return { id: id(), slug: slugify(name), name };
  });
  await bulkInsert(
    client,
    "Tag",
    ["id", "slug", "name"],
    tags.map((t) => [t.id, t.slug, t.name]),
  );

  const authors = Array.from({ length: sizes.authors }, (_, i) => {
    const name = `${FIRST_NAMES[(i * 7) % FIRST_NAMES.length]} ${LAST_NAMES[(i * 13) % LAST_NAMES.length]}`;
    return { id: id(), slug: `${slugify(name)}-${i + 1}`, name };
  });
  await bulkInsert(
    client,
    "Author",
    ["id", "slug", "name", "bio", "createdAt"],
    authors.map((a) => [
      a.id,
      a.slug,
      a.name,
      model.paragraph(random, 25, 45),
      sqlDate(new Date(firstDay)),
    ]),
  );

  const issues: { id: string; at: number }[] = [];
  const issueRows: Row[] = [];
  for (
    let at = firstDay + ISSUE_EVERY_DAYS * DAY, n = 0;
    at <= now.getTime();
    at += ISSUE_EVERY_DAYS * DAY, n += 1
  ) {
    const day = new Date(at);
    day.setUTCHours(6, 0, 0, 0);
    const issue = { id: id(), at: day.getTime() };
    issues.push(issue);
    issueRows.push([
      issue.id,
      `${sqlDate(day).slice(0, 10)}-${salt}`,
      model.title(random),
      1 + Math.floor(n / 24),
      1 + (n % 24),
      sqlDate(day),
      model.sentence(random, 8, 20),
      1,
      sqlDate(day),
    ]);
  }
  await bulkInsert(
    client,
    "MagazineIssue",
    [
      "id",
      "slug",
      "title",
      "volume",
      "number",
      "publishedOn",
      "description",
      "published",
      "createdAt",
    ],
    issueRows,
  );

  // A few fixed articles near the newest end (on the front page's first screens, like the
  // stories people actually open), with the shapes the benchmark needs.
  const n = sizes.articles;
  const publicIndex = Math.max(0, n - 12);
  const subscriberIndex = Math.max(0, n - 11);
  const rareIndexes = new Set(
    Array.from({ length: Math.min(5, n) }, (_, k) => Math.floor(((k + 0.5) * n) / 5)),
  );
  const marker = `Subscriber marker ${salt}: the whole text reached this reader.`;
  const known: KnownArticles = {
    publicArticle: { slug: "", pages: 4 },
    subscriberArticle: { slug: "", title: "", marker },
    topic: topics[0]!.slug,
    rareWordArticles: rareIndexes.size,
  };

  const slugs: string[] = [];
  // Search rows get explicit rowids, shared with "ArticleSearchPage" (as the app indexes),
  // which also says each row's audience; consecutive per article, as indexArticle writes.
  let searchRowid = 0;
  const issuePositions = new Map<string, number>();
  for (let start = 0; start < n; start += ARTICLE_CHUNK) {
    const articles: Row[] = [];
    const articleAuthors: Row[] = [];
    const articleTags: Row[] = [];
    const searchRows: Row[] = [];
    const searchPages: Row[] = [];
    for (let i = start; i < Math.min(n, start + ARTICLE_CHUNK); i += 1) {
      const isPublic = i === publicIndex;
      const isSubscriber = i === subscriberIndex;
      const visibility =
        isSubscriber || (!isPublic && random.chance(0.2)) ? "SUBSCRIBERS" : "PUBLIC";
      // A third of the articles run over several pages (2 to 5).
      const pages = isPublic ? 4 : isSubscriber ? 3 : random.chance(1 / 3) ? random.int(2, 5) : 1;
      const published = isPublic || isSubscriber || rareIndexes.has(i) || random.chance(0.97);
      const title = model.title(random);
      const slug = `${slugify(title).slice(0, 60).replace(/-+$/, "") || "article"}-${salt}${i.toString(36)}`;
      const body = buildBody(random, model, {
        pages,
        rare: rareIndexes.has(i),
        marker: isSubscriber ? marker : undefined,
        linkTargets: slugs.length > 0 ? slugs.slice(-50) : [],
      });
      const split = splitPages(body);
      const bodyJson = JSON.stringify(body);
      const publishedAt = new Date(
        Math.min(now.getTime() - 3_600_000, firstDay + ((i + random.next()) * spanDays * DAY) / n),
      );
      const issue = issues.findLast((candidate) => candidate.at <= publishedAt.getTime());
      const inIssue = published && issue && random.chance(0.4);
      const position = inIssue ? (issuePositions.get(issue.id) ?? 0) + 1 : null;
      if (inIssue) issuePositions.set(issue.id, position!);
      const articleId = id();
      const dek = model.sentence(random, 10, 28);
      articles.push([
        articleId,
        slug,
        title,
        dek,
        "",
        bodyJson,
        split.length,
        countWords(blocksToText(split.flat())),
        published ? "PUBLISHED" : random.pick(["DRAFT", "IN_REVIEW"]),
        visibility,
        published && visibility === "PUBLIC" && i % 400 === 399 ? 1 : 0,
        random.pick(topics).id,
        inIssue ? issue.id : null,
        position,
        published ? sqlDate(publishedAt) : null,
        sqlDate(new Date(publishedAt.getTime() - 2 * DAY)),
        sqlDate(publishedAt),
        1,
      ]);
      const byline = random.chance(0.15)
        ? [random.pick(authors), random.pick(authors)].filter((a, k, all) => all.indexOf(a) === k)
        : [random.pick(authors)];
      byline.forEach((author, position) => articleAuthors.push([articleId, author.id, position]));
      const articleTagIds = new Set(
        Array.from({ length: random.int(0, 3) }, () => random.pick(tags).id),
      );
      for (const tagId of articleTagIds) articleTags.push([articleId, tagId]);
      if (published)
        for (const row of searchRowsFor({
          id: articleId,
          title,
          dek,
          body: bodyJson,
          visibility,
          authorNames: byline.map((a) => a.name),
        })) {
          searchRowid += 1;
          searchRows.push([
            searchRowid,
            row.articleId,
            row.page,
            row.title,
            row.dek,
            row.body,
            row.authors,
          ]);
          searchPages.push([searchRowid, row.articleId, row.page, row.audience]);
        }
      slugs.push(slug);
      if (isPublic) known.publicArticle.slug = slug;
      if (isSubscriber) Object.assign(known.subscriberArticle, { slug, title });
    }
    await bulkInsert(client, "Article", ARTICLE_COLUMNS, articles);
    await bulkInsert(
      client,
      "ArticleAuthor",
      ["articleId", "authorId", "position"],
      articleAuthors,
    );
    await bulkInsert(client, "ArticleTag", ["articleId", "tagId"], articleTags);
    await bulkInsert(
      client,
      "ArticleSearch",
      ["rowid", "articleId", "page", "title", "dek", "body", "authors"],
      searchRows,
    );
    await bulkInsert(
      client,
      "ArticleSearchPage",
      ["rowid", "articleId", "page", "audience"],
      searchPages,
    );
    options.onProgress(Math.min(n, start + ARTICLE_CHUNK));
  }
  return known;
}
