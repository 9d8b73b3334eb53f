import type { Metadata } from "next";
import { ArticleRoute, articleRouteMetadata } from "@/components/article/article-route";
import { editionOfParams } from "@/lib/editions/edition-params";

// Rendered on first request per edition and cached; publishing and editing revalidate it.
// The public edition holds the teaser only; proxy.ts gives the subscriber edition only to
// readers whose subscription allows it.
export const revalidate = 3600;
export const generateStaticParams = async () => [];

type Props = { params: Promise<{ edition: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return articleRouteMetadata((await params).slug, 1);
}

export default async function ArticleFirstPage({ params }: Props) {
  const edition = await editionOfParams(params);
  return <ArticleRoute slug={(await params).slug} page={1} edition={edition} />;
}
