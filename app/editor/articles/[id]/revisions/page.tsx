import type { Metadata } from "next";
import Link from "next/link";
import { FormMessage } from "@/components/ui/form-field";
import { Pagination } from "@/components/ui/pagination";
import { requireUser } from "@/lib/auth/current-user";
import { renderBlocks } from "@/lib/articles/render-document";
import { db } from "@/lib/db";
import { orErrorPage } from "@/lib/editor/page-errors";
import { loadRevisionCompare } from "@/lib/editor/revision-compare";
import { restoreRevisionAction } from "../../actions";

export const metadata: Metadata = { title: "Revisions", robots: { index: false } };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ r?: string; page?: string; error?: string }>;
};

const when = (date: Date) =>
  date.toLocaleString("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }) +
  " UTC";

function Column({
  label,
  title,
  dek,
  children,
}: {
  label: string;
  title: string;
  dek: string;
  children: React.ReactNode;
}) {
  return (
    <section aria-label={label} className="min-w-0 border-t-4 border-stone-900 pt-3">
      <h2 className="font-sans text-xs font-bold tracking-widest uppercase">{label}</h2>
      <p className="mt-3 font-serif text-2xl font-bold">{title}</p>
      {dek && <p className="mt-2 font-serif text-lg text-stone-700">{dek}</p>}
      <div className="prose prose-stone mt-4 max-w-none font-serif">{children}</div>
    </section>
  );
}

export default async function RevisionsPage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requireUser(`/editor/articles/${id}/revisions`);
  const query = await searchParams;
  const page = Math.max(1, Number.parseInt(query.page ?? "1", 10) || 1);
  const { list, compare } = await orErrorPage(
    loadRevisionCompare(db, user, id, { revisionId: query.r, page }),
  );
  return (
    <>
      <p className="font-sans text-sm">
        <Link href={`/editor/articles/${id}`} className="underline underline-offset-4">
          ← Back to the editor
        </Link>
      </p>
      <h1 className="mt-4 font-serif text-4xl font-bold">Revisions</h1>
      <p className="mt-2 font-sans text-sm text-stone-700">
        Every save that changed the title, dek or text. Choose one to compare it with the current
        text.
      </p>
      <div className="mt-4 max-w-2xl">
        <FormMessage message={query.error?.slice(0, 300)} />
      </div>
      <div className="mt-6 grid gap-8 lg:grid-cols-[16rem_minmax(0,1fr)]">
        <nav aria-label="Revisions">
          <ol className="font-sans text-sm">
            {list.revisions.map((revision) => (
              <li key={revision.id} className="border-b border-stone-200">
                <Link
                  href={`/editor/articles/${id}/revisions?r=${revision.id}${page > 1 ? `&page=${page}` : ""}`}
                  aria-current={compare?.revision.id === revision.id ? "true" : undefined}
                  className="block px-2 py-2 hover:bg-stone-100 aria-[current]:bg-stone-900 aria-[current]:text-white"
                >
                  <span className="block font-semibold">Version {revision.version}</span>
                  <span className="block text-xs">
                    {when(revision.createdAt)}
                    {revision.createdBy ? ` · ${revision.createdBy.name}` : ""}
                  </span>
                </Link>
              </li>
            ))}
          </ol>
          <Pagination
            page={page}
            totalPages={list.totalPages}
            hrefFor={(n) => `/editor/articles/${id}/revisions${n > 1 ? `?page=${n}` : ""}`}
            label="Revision pages"
          />
        </nav>
        {compare ? (
          <div>
            <form action={restoreRevisionAction} className="mb-4 font-sans text-sm">
              <input type="hidden" name="articleId" value={id} />
              <input type="hidden" name="revisionId" value={compare.revision.id} />
              <button type="submit" className="bg-stone-900 px-4 py-2 font-semibold text-white">
                Restore version {compare.revision.version}
              </button>
            </form>
            <div className="grid gap-6 md:grid-cols-2">
              <Column
                label={`Version ${compare.revision.version}`}
                title={compare.revision.title}
                dek={compare.revision.dek}
              >
                {renderBlocks(compare.revision.doc.content, compare.media)}
              </Column>
              <Column
                label={`Current (version ${compare.current.version})`}
                title={compare.current.title}
                dek={compare.current.dek}
              >
                {renderBlocks(compare.current.doc.content, compare.media)}
              </Column>
            </div>
          </div>
        ) : (
          <p className="font-sans text-sm text-stone-700">Choose a revision from the list.</p>
        )}
      </div>
    </>
  );
}
