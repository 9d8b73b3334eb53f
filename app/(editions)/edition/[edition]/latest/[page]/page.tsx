import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleGrid } from "@/components/article/article-card";
import { Pagination } from "@/components/ui/pagination";
import { listPublishedArticles } from "@/lib/articles/list-articles";
import { parsePageParam } from "@/lib/articles/published";

export const revalidate = 300;
export const generateStaticParams = async () => [];

type Props = { params: Promise<{ page: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { page } = await params;
  return { title: `All articles, page ${page}`, alternates: { canonical: `/latest/${page}` } };
}

export default async function LatestPage({ params }: Props) {
  const page = parsePageParam((await params).page);
  if (!page) notFound();
  const result = await listPublishedArticles({ page });
  if (page > result.totalPages) notFound();
  return (
    <>
      <h1 className="mb-8 font-serif text-4xl font-bold">All articles</h1>
      <ArticleGrid cards={result.items} />
      <Pagination
        page={page}
        totalPages={result.totalPages}
        hrefFor={(p) => `/latest/${p}`}
        label="All articles pages"
      />
    </>
  );
}
