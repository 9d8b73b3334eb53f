import type { Metadata } from "next";
import Link from "next/link";
import { ArticleEditor } from "@/components/editor/article-editor";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { loadArticleEditor } from "@/lib/editor/article-editor-data";
import { orErrorPage } from "@/lib/editor/page-errors";

export const metadata: Metadata = { title: "Edit article", robots: { index: false } };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ restored?: string }> };

export default async function EditArticlePage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requireUser(`/editor/articles/${id}`);
  const data = await orErrorPage(loadArticleEditor(db, user, id));
  const { restored } = await searchParams;
  return (
    <>
      <p className="font-sans text-sm">
        <Link href="/editor" className="underline underline-offset-4">
          ← Newsroom
        </Link>
      </p>
      {restored && (
        <p
          role="status"
          className="mt-3 border-l-4 border-green-700 bg-green-50 px-3 py-2 font-sans text-sm"
        >
          The revision was restored. The text before it is kept in the history too.
        </p>
      )}
      <div className="mt-4">
        {/* Keyed by article, not version: publishing refreshes this page's server data, and
            that must not remount the editor (losing its confirmation and unsaved typing). A
            restore arrives by navigation from the revisions page, so the editor starts afresh. */}
        <ArticleEditor key={data.article.id} data={data} />
      </div>
    </>
  );
}
