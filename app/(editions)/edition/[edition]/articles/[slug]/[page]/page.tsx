import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleRoute, articleRouteMetadata } from "@/components/article/article-route";
import { parsePageParam } from "@/lib/articles/published";
import { editionOfParams } from "@/lib/editions/edition-params";

export const revalidate = 3600;
export const generateStaticParams = async () => [];

type Props = { params: Promise<{ edition: string; slug: string; page: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, page } = await params;
  const number = parsePageParam(page);
  return number && number > 1 ? articleRouteMetadata(slug, number) : {};
}

export default async function ArticleLaterPage({ params }: Props) {
  const edition = await editionOfParams(params);
  const { slug, page } = await params;
  const number = parsePageParam(page);
  // Page 1 lives at /articles/<slug>; next.config.js redirects /1 there before this runs.
  if (!number || number === 1) notFound();
  return <ArticleRoute slug={slug} page={number} edition={edition} />;
}
