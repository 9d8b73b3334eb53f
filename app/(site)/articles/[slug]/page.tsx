import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticlePage } from "@/components/article/article-page";
import { articleMetadata } from "@/lib/articles/article-metadata";
import { getArticlePage } from "@/lib/articles/get-article";
import { listRelatedArticles } from "@/lib/articles/list-articles";

// Pages are rendered on first request and cached; publishing and editing revalidate them.
// The cached HTML is the anonymous reader's view, which holds the teaser only.
export const revalidate = 3600;
export const generateStaticParams = async () => [];

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const view = await getArticlePage({ slug: (await params).slug, page: 1, reader: null });
  return view ? articleMetadata(view.article, 1) : {};
}

export default async function ArticleFirstPage({ params }: Props) {
  const view = await getArticlePage({ slug: (await params).slug, page: 1, reader: null });
  if (!view) notFound();
  const related =
    view.page === view.article.pageCount || view.locked
      ? await listRelatedArticles(view.article)
      : [];
  return <ArticlePage view={view} related={related} />;
}
