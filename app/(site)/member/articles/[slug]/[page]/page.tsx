import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleRoute, articleRouteMetadata } from "@/components/article/article-route";
import { parsePageParam } from "@/lib/articles/published";
import { getCurrentReader } from "@/lib/subscriptions/current-reader";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string; page: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, page } = await params;
  const number = parsePageParam(page);
  return number && number > 1 ? articleRouteMetadata(slug, number) : {};
}

export default async function MemberArticleLaterPage({ params }: Props) {
  const { slug, page } = await params;
  const number = parsePageParam(page);
  if (!number || number === 1) notFound();
  return <ArticleRoute slug={slug} page={number} reader={await getCurrentReader()} />;
}
