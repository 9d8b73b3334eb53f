import type { Metadata } from "next";
import { ArticleRoute, articleRouteMetadata } from "@/components/article/article-route";

// Pages are rendered on first request and cached; publishing and editing revalidate them.
// The cached HTML is the anonymous reader's view, which holds the teaser only. Signed-in
// readers never get it: proxy.ts sends them to app/(site)/member/articles (per reader).
export const revalidate = 3600;
export const generateStaticParams = async () => [];

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return articleRouteMetadata((await params).slug, 1);
}

export default async function ArticleFirstPage({ params }: Props) {
  return <ArticleRoute slug={(await params).slug} page={1} reader={null} />;
}
