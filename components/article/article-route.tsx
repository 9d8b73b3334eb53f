import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { ArticlePage } from "@/components/article/article-page";
import { ListenPlayer } from "@/components/audio/listen-player";
import { LockedListen } from "@/components/audio/locked-listen";
import { pickHouseAd } from "@/lib/ads/house-ads";
import { articleMetadata, articlePath } from "@/lib/articles/article-metadata";
import { findRenamedArticle, getArticlePage } from "@/lib/articles/get-article";
import { listRelatedArticles } from "@/lib/articles/list-articles";
import { db } from "@/lib/db";
import { editionAccess, showsAds, type Edition } from "@/lib/subscriptions/entitlements";

/**
 * Metadata is always the anonymous reader's: a description, OpenGraph and JSON-LD never
 * hold text past the teaser, whoever asks.
 */
export async function articleRouteMetadata(slug: string, page: number): Promise<Metadata> {
  const view = await getArticlePage({ slug, page, access: null });
  return view ? articleMetadata(view.article, page) : {};
}

/**
 * One article page in `edition`: the public one (teaser, ads, locked player) or the
 * subscriber one (whole text, the player, no ads). Both are cached and shared by every
 * reader of that edition, so nothing here may depend on who is reading.
 */
export async function ArticleRoute({
  slug,
  page,
  edition,
}: {
  slug: string;
  page: number;
  edition: Edition;
}) {
  const access = editionAccess(edition);
  const view = await getArticlePage({ slug, page, access });
  if (!view) {
    // A published article whose slug was changed keeps its old addresses.
    const renamed = await findRenamedArticle(slug);
    if (renamed) permanentRedirect(articlePath(renamed, page));
    notFound();
  }
  const subscriber = access?.entitlement.subscriber ?? false;
  const [related, ad] = await Promise.all([
    view.page === view.article.pageCount || view.locked
      ? listRelatedArticles(view.article)
      : Promise.resolve([]),
    showsAds(access) ? pickHouseAd(db, "ARTICLE", `${slug}/${page}`) : Promise.resolve(null),
  ]);
  const listen = subscriber ? (
    <ListenPlayer
      narrationUrl={
        view.article.hasNarration ? `/api/articles/${encodeURIComponent(slug)}/narration` : null
      }
      bodyId="article-body"
    />
  ) : (
    <LockedListen />
  );
  return (
    <ArticlePage view={view} related={related} ad={ad} listen={listen} subscriber={subscriber} />
  );
}
