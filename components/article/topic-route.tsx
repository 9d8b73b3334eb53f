import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ListingPage } from "@/components/article/listing-page";
import { getTopicListing } from "@/lib/topics/topic-listing";

const topicHref = (slug: string, page: number) =>
  page === 1 ? `/topics/${slug}` : `/topics/${slug}/${page}`;

/** Shared by /topics/<slug> and /topics/<slug>/<n>; `page` null means a malformed number. */
export async function topicMetadata(slug: string, page: number | null): Promise<Metadata> {
  const listing = page ? await getTopicListing(slug, page) : null;
  if (!listing) return {};
  const { topic, result } = listing;
  return {
    title: result.page > 1 ? `${topic.name}, page ${result.page}` : topic.name,
    description: topic.description,
    alternates: { canonical: topicHref(topic.slug, result.page) },
  };
}

export async function TopicRoute({ slug, page }: { slug: string; page: number | null }) {
  const listing = page ? await getTopicListing(slug, page) : null;
  if (!listing) notFound();
  const { topic, result } = listing;
  return (
    <ListingPage
      header={
        <header className="mb-10 border-b-4 border-stone-900 pb-6">
          <h1 className="font-serif text-5xl font-bold">{topic.name}</h1>
          <p className="mt-3 max-w-2xl font-serif text-lg text-stone-700">{topic.description}</p>
          {result.page > 1 && (
            <p className="mt-2 font-sans text-sm text-stone-600">Page {result.page}</p>
          )}
        </header>
      }
      result={result}
      hrefFor={(p) => topicHref(topic.slug, p)}
      label={`${topic.name} pages`}
    />
  );
}
