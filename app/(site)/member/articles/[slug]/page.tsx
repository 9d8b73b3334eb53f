import type { Metadata } from "next";
import { ArticleRoute, articleRouteMetadata } from "@/components/article/article-route";
import { getCurrentReader } from "@/lib/subscriptions/current-reader";

// Signed-in readers' article pages (proxy.ts rewrites /articles/… here when a session
// cookie is present): rendered per request for the reader, never cached or shared.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return articleRouteMetadata((await params).slug, 1);
}

export default async function MemberArticleFirstPage({ params }: Props) {
  const { slug } = await params;
  return <ArticleRoute slug={slug} page={1} reader={await getCurrentReader()} />;
}
