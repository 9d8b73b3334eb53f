import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AuthorHeader } from "@/components/article/author-header";
import { ListingPage } from "@/components/article/listing-page";
import { getAuthorListing } from "@/lib/authors/author-listing";

const authorHref = (slug: string, page: number) =>
  page === 1 ? `/authors/${slug}` : `/authors/${slug}/${page}`;

/** Shared by /authors/<slug> and /authors/<slug>/<n>; `page` null means a malformed number. */
export async function authorMetadata(slug: string, page: number | null): Promise<Metadata> {
  const listing = page ? await getAuthorListing(slug, page) : null;
  if (!listing) return {};
  const { author, result } = listing;
  return {
    title: result.page > 1 ? `${author.name}, page ${result.page}` : author.name,
    description: author.bio,
    alternates: { canonical: authorHref(author.slug, result.page) },
    openGraph: { type: "profile", title: author.name, description: author.bio },
  };
}

export async function AuthorRoute({ slug, page }: { slug: string; page: number | null }) {
  const listing = page ? await getAuthorListing(slug, page) : null;
  if (!listing) notFound();
  const { author, result } = listing;
  return (
    <ListingPage
      header={<AuthorHeader author={author} page={result.page} />}
      result={result}
      hrefFor={(p) => authorHref(author.slug, p)}
      label={`Articles by ${author.name}, pages`}
    />
  );
}
