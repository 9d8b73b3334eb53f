import { markdownToDocument } from "../../lib/articles/markdown-to-doc";
import { createArticleTx } from "../../lib/articles/save-article";
import { hashPassword } from "../../lib/auth/password";
import type { DbClient } from "../../lib/db-client";
import { isPdf } from "../../lib/files/file-types";
import type { PrivateFiles } from "../../lib/files/private-files";
import type { MediaStorage } from "../../lib/media/storage";
import { storeImageVariants } from "../../lib/media/store-image";
import { slugify } from "../../lib/text/slugify";
import { articles } from "./content/articles";
import { authors } from "./content/authors";
import { issues } from "./content/issues";
import { topics } from "./content/topics";
import type { ArtKey, SeedImage } from "./content/types";
import { DEMO_PASSWORD, demoAccounts } from "./demo-accounts";
import { seedDemoBilling } from "./seed-billing";
import { drawPortrait, drawScene, hashString } from "./draw-art";
import { drawIssuePdf } from "./draw-pdf";
import sharp from "sharp";

type ImageRow = {
  key: string;
  width: number;
  height: number;
  variants: string;
  mimeType: string;
  alt: string;
  caption: string;
  credit: string;
};

/**
 * Fills an empty database with the demo magazine: topics, authors with drawn portraits,
 * four issues with covers, the articles in ./content, and the five demo accounts.
 * Images are drawn first (files), then every row is written in one transaction, so a
 * failed seed leaves the database empty and the next start tries again.
 */
export async function seedDemo(
  db: DbClient,
  storage: MediaStorage,
  privateFiles: PrivateFiles,
  log: (line: string) => void = console.log,
  demoNow: Date = new Date(),
) {
  const images: ImageRow[] = [];
  const draw = async (
    key: string,
    svg: string,
    meta: Omit<ImageRow, "key" | "width" | "height" | "variants" | "mimeType">,
  ) => {
    const png = await sharp(Buffer.from(svg)).png().toBuffer();
    const stored = await storeImageVariants(storage, key, png);
    images.push({ ...stored, ...meta });
    return key;
  };
  const scene = (key: string, image: SeedImage) =>
    draw(key, drawScene(image.art, hashString(key)), {
      alt: image.alt,
      caption: image.caption,
      credit: image.credit,
    });

  log(`Drawing demo images…`);
  for (const author of authors) {
    await draw(
      `demo/authors/${author.slug}`,
      drawPortrait(author.palette, hashString(author.slug)),
      {
        alt: `Portrait of ${author.name}`,
        caption: "",
        credit: "Illustration: The Meridian",
      },
    );
  }
  for (const issue of issues) {
    await draw(
      `demo/issues/${issue.slug}`,
      drawScene(issue.coverArt, hashString(issue.slug), 800, 1040),
      {
        alt: `Cover of the issue “${issue.title}”`,
        caption: "",
        credit: "Cover illustration: The Meridian",
      },
    );
  }
  // Inline figures are collected while converting bodies; their keys are known up front.
  const bodies = new Map<string, ReturnType<typeof markdownToDocument>>();
  const inlineFigures: { key: string; image: SeedImage }[] = [];
  for (const article of articles) {
    let n = 0;
    bodies.set(
      article.slug,
      markdownToDocument(article.body, (src, alt) => {
        if (!src.startsWith("art:")) return null;
        n += 1;
        const key = `demo/articles/${article.slug}/inline-${n}`;
        inlineFigures.push({
          key,
          image: { art: src.slice(4) as ArtKey, alt, caption: "", credit: "" },
        });
        return key;
      }),
    );
    if (article.featuredImage)
      await scene(`demo/articles/${article.slug}/featured`, article.featuredImage);
  }
  for (const figure of inlineFigures) await scene(figure.key, figure.image);

  // The latest issue comes with a PDF edition, for subscribers to download.
  const latestIssue = issues.at(-1)!;
  const pdfBytes = drawIssuePdf({
    title: latestIssue.title,
    volume: latestIssue.volume,
    number: latestIssue.number,
    date: latestIssue.publishedOn,
    contents: articles
      .filter((article) => article.issue === latestIssue.slug && !article.status)
      .map((article) => article.title),
  });
  const pdf = await privateFiles.put(
    "issues",
    (async function* () {
      yield pdfBytes;
    })(),
    {
      maxBytes: 1024 * 1024,
      tooLarge: () => new Error("The demo PDF is unexpectedly large."),
      checkHead: (head) => {
        if (!isPdf(head)) throw new Error("The demo PDF is not a PDF.");
      },
    },
  );

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  log(`Writing ${articles.length} articles, ${authors.length} authors, ${issues.length} issues…`);

  await db.$transaction(
    async (tx) => {
      const mediaIds = new Map<string, string>();
      for (const image of images) {
        const row = await tx.media.create({ data: image, select: { id: true } });
        mediaIds.set(image.key, row.id);
      }
      const topicIds = new Map<string, string>();
      for (const [position, topic] of topics.entries()) {
        const row = await tx.topic.create({ data: { ...topic, position }, select: { id: true } });
        topicIds.set(topic.slug, row.id);
      }
      const authorIds = new Map<string, string>();
      for (const author of authors) {
        const row = await tx.author.create({
          data: {
            slug: author.slug,
            name: author.name,
            bio: author.bio,
            portraitId: mediaIds.get(`demo/authors/${author.slug}`),
          },
          select: { id: true },
        });
        authorIds.set(author.slug, row.id);
      }
      for (const account of demoAccounts) {
        const user = await tx.user.create({
          data: { email: account.email, name: account.name, role: account.role, passwordHash },
          select: { id: true },
        });
        if ("authorSlug" in account)
          await tx.author.update({
            where: { slug: account.authorSlug },
            data: { userId: user.id },
          });
      }
      const issueIds = new Map<string, string>();
      for (const issue of issues) {
        const { coverArt: _art, publishedOn, ...fields } = issue;
        const row = await tx.magazineIssue.create({
          data: {
            ...fields,
            publishedOn: new Date(`${publishedOn}T06:00:00Z`),
            coverId: mediaIds.get(`demo/issues/${issue.slug}`),
            pdfKey: issue.slug === latestIssue.slug ? pdf.key : null,
          },
          select: { id: true },
        });
        issueIds.set(issue.slug, row.id);
      }
      const tagIds = new Map<string, string>();
      const tagId = async (name: string) => {
        const slug = slugify(name);
        const existing = tagIds.get(slug);
        if (existing) return existing;
        const row = await tx.tag.create({ data: { slug, name }, select: { id: true } });
        tagIds.set(slug, row.id);
        return row.id;
      };
      const issuePositions = new Map<string, number>();
      for (const article of articles) {
        const body = bodies.get(article.slug)!;
        // Figures were keyed by storage key while converting; now that media rows exist, use their ids.
        for (const block of body.content) {
          if (block.type === "figure") {
            const figure = inlineFigures.find((f) => f.key === block.attrs.mediaId);
            block.attrs.mediaId = mediaIds.get(block.attrs.mediaId) ?? block.attrs.mediaId;
            if (figure)
              await tx.media.update({
                where: { id: block.attrs.mediaId },
                data: {
                  alt: block.attrs.alt,
                  caption: block.attrs.caption,
                  credit: block.attrs.credit,
                },
              });
          }
        }
        const position = article.issue ? (issuePositions.get(article.issue) ?? 0) + 1 : null;
        if (article.issue && position) issuePositions.set(article.issue, position);
        await createArticleTx(tx, {
          slug: article.slug,
          title: article.title,
          dek: article.dek,
          body,
          status: article.status ?? "PUBLISHED",
          visibility: article.visibility ?? "PUBLIC",
          featured: article.featured ?? false,
          topicId: topicIds.get(article.topic) ?? null,
          featuredImageId: article.featuredImage
            ? mediaIds.get(`demo/articles/${article.slug}/featured`)
            : null,
          issueId: article.issue ? issueIds.get(article.issue) : null,
          issuePosition: position,
          publishedAt: article.status ? null : new Date(article.publishedAt),
          authorIds: article.authors.map((slug) => {
            const id = authorIds.get(slug);
            if (!id) throw new Error(`Unknown author "${slug}" in article "${article.slug}"`);
            return id;
          }),
          tagIds: await Promise.all(article.tags.map(tagId)),
        });
      }
      await seedDemoBilling(tx, demoNow);
    },
    { timeout: 120_000 },
  );
  log("Demo content ready.");
}
