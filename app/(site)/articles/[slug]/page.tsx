import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { ArticlePage } from "@/components/article/article-page";
import { articleMetadata, articlePath } from "@/lib/articles/article-metadata";
import { findRenamedArticle, getArticlePage } from "@/lib/articles/get-article";
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
  const { slug } = await params;
  const view = await getArticlePage({ slug, page: 1, reader: null });
  if (!view) {
    // A published article whose slug was changed keeps its old address.
    const renamed = await findRenamedArticle(slug);
    if (renamed) permanentRedirect(articlePath(renamed));
    notFound();
  }
  const related =
    view.page === view.article.pageCount || view.locked
      ? await listRelatedArticles(view.article)
      : [];
  return <ArticlePage view={view} related={related} />;
}
