import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticlePage } from "@/components/article/article-page";
import { requireUser } from "@/lib/auth/current-user";
import { getArticlePreview } from "@/lib/articles/get-article";
import { parsePageParam } from "@/lib/articles/published";
import { db } from "@/lib/db";
import { loadArticleEditor } from "@/lib/editor/article-editor-data";
import { orErrorPage } from "@/lib/editor/page-errors";

export const metadata: Metadata = { title: "Preview", robots: { index: false } };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ page?: string }> };

/** The article exactly as readers will see it (full text, every page), before publishing. */
export default async function PreviewPage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requireUser(`/editor/articles/${id}/preview`);
  // Opening the editor's data is the permission check: authors and editors only.
  await orErrorPage(loadArticleEditor(db, user, id));
  const page = parsePageParam((await searchParams).page);
  if (!page) notFound();
  const view = await getArticlePreview(id, page);
  if (!view) notFound();
  return (
    <>
      <p className="mb-6 border-l-4 border-amber-600 bg-amber-50 px-3 py-2 font-sans text-sm">
        Preview, not published yet as you see it.{" "}
        <Link href={`/editor/articles/${id}`} className="font-semibold underline">
          Back to the editor
        </Link>
      </p>
      <ArticlePage
        view={view}
        related={[]}
        pageHref={(n) => `/editor/articles/${id}/preview${n > 1 ? `?page=${n}` : ""}`}
      />
    </>
  );
}
