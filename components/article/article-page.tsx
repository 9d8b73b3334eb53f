import Link from "next/link";
import { HouseAd } from "@/components/ads/house-ad";
import { ArticleCard } from "@/components/article/article-card";
import { Byline } from "@/components/article/byline";
import { Figure } from "@/components/article/figure";
import { PageNav } from "@/components/article/page-nav";
import { VisibilityBadge } from "@/components/article/visibility-badge";
import { FreeAccountBox } from "@/components/subscribe/free-account-box";
import { SubscribeBox } from "@/components/subscribe/subscribe-box";
import type { HouseAdView } from "@/lib/ads/house-ads";
import type { ArticleCard as Card } from "@/lib/articles/article-cards";
import { articleJsonLd, articlePath, serializeJsonLd } from "@/lib/articles/article-metadata";
import type { ArticlePageView } from "@/lib/articles/get-article";
import { renderBlocks } from "@/lib/articles/render-document";

/** One page of an article: header and byline on every page, body, page navigation, offer. */
export function ArticlePage({
  view,
  related,
  pageHref,
  ad = null,
  listen = null,
  subscriber = false,
}: {
  view: ArticlePageView;
  related: Card[];
  /** a house ad, for readers who see ads */
  ad?: HouseAdView | null;
  /** the Listen player (subscribers) or its locked version (everyone else) */
  listen?: React.ReactNode;
  /** subscribers are not offered a subscription at the end */
  subscriber?: boolean;
  /** Overrides page links (the newsroom preview); defaults to the article's public pages. */
  pageHref?: (page: number) => string;
}) {
  const { article, page } = view;
  const lastPage = page === article.pageCount;
  const pagesNote = article.pageCount > 1 ? ` It runs ${article.pageCount} pages.` : "";
  return (
    <article className="mx-auto max-w-3xl">
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: serializeJsonLd(articleJsonLd(article)) }}
      />
      <header>
        <p className="font-sans text-xs font-semibold tracking-widest text-red-800 uppercase">
          {article.topic && (
            <Link href={`/topics/${article.topic.slug}`}>{article.topic.name}</Link>
          )}
          <VisibilityBadge visibility={article.visibility} />
        </p>
        <h1 className="mt-3 font-serif text-4xl leading-tight font-bold text-balance md:text-5xl">
          {article.title}
        </h1>
        {article.dek && (
          <p className="mt-4 font-serif text-xl leading-snug text-stone-700 md:text-2xl">
            {article.dek}
          </p>
        )}
        <div className="mt-6 flex flex-wrap items-baseline justify-between gap-2 border-y border-stone-300 py-3">
          <Byline authors={article.authors} date={article.publishedAt} />
          <p className="font-sans text-xs text-stone-600">
            {article.readingMinutes} min read
            {article.pageCount > 1 && ` · Page ${page} of ${article.pageCount}`}
          </p>
        </div>
      </header>
      {page === 1 && article.image && (
        <Figure
          media={article.image}
          caption={article.image.caption}
          credit={article.image.credit}
          sizes="(min-width: 768px) 768px, 100vw"
          priority
          className="mt-8"
        />
      )}
      {listen}
      <div
        id="article-body"
        className="prose prose-lg prose-stone prose-a:text-red-900 prose-a:decoration-red-900/30 prose-a:underline-offset-4 prose-blockquote:font-normal prose-figcaption:mt-2 mt-8 max-w-none font-serif"
      >
        {renderBlocks(view.blocks, view.media)}
      </div>
      {ad && <HouseAd ad={ad} className="my-10" />}
      {view.locked ? (
        <div className="paywall">
          {article.visibility === "MEMBERS" ? (
            <FreeAccountBox
              from={articlePath(article.slug, page)}
              heading={
                page === 1
                  ? "Continue reading with a free account"
                  : "This page is for signed-in readers"
              }
              lead={`“${article.title}” is free to read for anyone with an account at The Meridian.${pagesNote}`}
            />
          ) : (
            <SubscribeBox
              heading={
                page === 1 ? "Continue reading with a subscription" : "This page is for subscribers"
              }
              lead={`“${article.title}” is available to subscribers of The Meridian.${pagesNote}`}
            />
          )}
        </div>
      ) : (
        <PageNav slug={article.slug} page={page} pageCount={article.pageCount} hrefFor={pageHref} />
      )}
      {(lastPage || view.locked) && (
        <footer className="mt-10 font-sans text-sm">
          {article.tags.length > 0 && (
            <p>
              <span className="font-semibold">Tags: </span>
              {article.tags.map((tag) => tag.name).join(", ")}
            </p>
          )}
          {article.issue && (
            <p className="mt-2">
              From the issue{" "}
              <Link href={`/issues/${article.issue.slug}`} className="underline underline-offset-4">
                {article.issue.title}
              </Link>{" "}
              (Vol. {article.issue.volume}, No. {article.issue.number})
            </p>
          )}
        </footer>
      )}
      {!view.locked && lastPage && !subscriber && <SubscribeBox />}
      {related.length > 0 && (
        <section
          aria-labelledby="related-heading"
          className="mt-12 border-t-4 border-stone-900 pt-6"
        >
          <h2
            id="related-heading"
            className="font-sans text-sm font-bold tracking-widest uppercase"
          >
            Related
          </h2>
          <div className="mt-4 grid gap-6 sm:grid-cols-3">
            {related.map((card) => (
              <ArticleCard key={card.id} card={card} variant="compact" />
            ))}
          </div>
        </section>
      )}
    </article>
  );
}
