import Link from "next/link";
import { HouseAd } from "@/components/ads/house-ad";
import { ArticleCard, ArticleGrid } from "@/components/article/article-card";
import { IssueCover } from "@/components/issue/issue-cover";
import { getFeaturedArticle, listPublishedArticles } from "@/lib/articles/list-articles";
import { getLatestIssue } from "@/lib/issues/issues";
import type { HouseAdView } from "@/lib/ads/house-ads";

/** The front page; `ad` is null for readers who see no ads. */
export async function FrontPage({ ad }: { ad: HouseAdView | null }) {
  const [featured, latestIssue] = await Promise.all([getFeaturedArticle(), getLatestIssue()]);
  const latest = await listPublishedArticles({
    where: featured ? { id: { not: featured.id } } : {},
    pageSize: 9,
  });
  return (
    <>
      <h1 className="sr-only">The Meridian: latest articles</h1>
      {featured && (
        <section aria-label="Featured story" className="border-b border-stone-300 pb-10">
          <ArticleCard card={featured} variant="lead" headingLevel={2} />
        </section>
      )}
      <div className="mt-10 grid gap-12 lg:grid-cols-4">
        <section aria-labelledby="latest-heading" className="lg:col-span-3">
          <h2
            id="latest-heading"
            className="mb-6 font-sans text-sm font-bold tracking-widest uppercase"
          >
            Latest
          </h2>
          <ArticleGrid cards={latest.items} />
          {latest.totalPages > 1 && (
            <p className="mt-10 font-sans">
              <Link
                href="/latest/2"
                className="inline-block border border-stone-900 px-5 py-3 font-semibold hover:bg-stone-900 hover:text-white"
              >
                More articles →
              </Link>
            </p>
          )}
        </section>
        {latestIssue && (
          <aside
            aria-labelledby="issue-heading"
            className="lg:border-l lg:border-stone-300 lg:pl-8"
          >
            <h2
              id="issue-heading"
              className="mb-4 font-sans text-sm font-bold tracking-widest uppercase"
            >
              In the latest issue
            </h2>
            <IssueCover issue={latestIssue} />
            <p className="mt-4 font-sans text-sm">
              <Link href="/issues" className="underline underline-offset-4">
                All past issues
              </Link>
            </p>
            {ad && <HouseAd ad={ad} className="mt-8" />}
          </aside>
        )}
      </div>
    </>
  );
}
