import type { Metadata } from "next";
import { siteUrl } from "../env";
import { mediaSrc } from "../media/media-view";
import type { ArticleView } from "./get-article";

export function articlePath(slug: string, page = 1): string {
  return page === 1 ? `/articles/${slug}` : `/articles/${slug}/${page}`;
}

/** Title, canonical, OpenGraph and Twitter tags; built only from public fields. */
export function articleMetadata(article: ArticleView, page: number): Metadata {
  const base = article.seoTitle || article.title;
  const title = page > 1 ? `${base} (page ${page} of ${article.pageCount})` : base;
  const image = article.image
    ? [
        {
          url: mediaSrc(article.image, 1200),
          width: article.image.width,
          height: article.image.height,
          alt: article.image.alt,
        },
      ]
    : [];
  return {
    title,
    description: article.description,
    alternates: { canonical: articlePath(article.slug, page) },
    authors: article.authors.map((a) => ({ name: a.name, url: `/authors/${a.slug}` })),
    openGraph: {
      type: "article",
      title: base,
      description: article.description,
      url: articlePath(article.slug, page),
      publishedTime: article.publishedAt.toISOString(),
      modifiedTime: article.updatedAt.toISOString(),
      authors: article.authors.map((a) => `${siteUrl}/authors/${a.slug}`),
      section: article.topic?.name,
      tags: article.tags.map((t) => t.name),
      images: image,
    },
    twitter: {
      card: image.length ? "summary_large_image" : "summary",
      title: base,
      description: article.description,
    },
  };
}

/**
 * schema.org NewsArticle; articles that are not public (for subscribers or signed-in
 * readers) are marked as such (paywalled content markup).
 */
export function articleJsonLd(article: ArticleView) {
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: article.title,
    description: article.description,
    datePublished: article.publishedAt.toISOString(),
    dateModified: article.updatedAt.toISOString(),
    mainEntityOfPage: `${siteUrl}${articlePath(article.slug)}`,
    author: article.authors.map((a) => ({
      "@type": "Person",
      name: a.name,
      url: `${siteUrl}/authors/${a.slug}`,
    })),
    publisher: { "@type": "Organization", name: "The Meridian", url: siteUrl },
    ...(article.image ? { image: [`${siteUrl}${mediaSrc(article.image, 1200)}`] } : {}),
    ...(article.topic ? { articleSection: article.topic.name } : {}),
    isAccessibleForFree: article.visibility === "PUBLIC",
    ...(article.visibility !== "PUBLIC"
      ? {
          hasPart: {
            "@type": "WebPageElement",
            isAccessibleForFree: false,
            cssSelector: ".paywall",
          },
        }
      : {}),
  };
}

/** JSON for a <script> element: "<" escaped so no string in it can close the element. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
