import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { ArticlePage } from "@/components/article/article-page";
import { articleMetadata, articlePath } from "@/lib/articles/article-metadata";
import { findRenamedArticle, getArticlePage } from "@/lib/articles/get-article";
import { listRelatedArticles } from "@/lib/articles/list-articles";
import { parsePageParam } from "@/lib/articles/published";

export const revalidate = 3600;
export const generateStaticParams = async () => [];

type Props = { params: Promise<{ slug: string; page: string }> };

async function load(params: Props["params"]) {
  const { slug, page: raw } = await params;
  const page = parsePageParam(raw);
  if (!page) return null;
  return {
    slug,
    page,
    view: page === 1 ? null : await getArticlePage({ slug, page, reader: null }),
  };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loaded = await load(params);
  return loaded?.view ? articleMetadata(loaded.view.article, loaded.page) : {};
}

export default async function ArticleLaterPage({ params }: Props) {
  const loaded = await load(params);
  if (!loaded) notFound();
  // Page 1 lives at /articles/<slug>; next.config.js redirects /1 there before this runs.
  if (loaded.page === 1) notFound();
  const { view } = loaded;
  if (!view) {
    const renamed = await findRenamedArticle(loaded.slug);
    if (renamed) permanentRedirect(articlePath(renamed, loaded.page));
    notFound();
  }
  const related =
    view.page === view.article.pageCount ? await listRelatedArticles(view.article) : [];
  return <ArticlePage view={view} related={related} />;
}
