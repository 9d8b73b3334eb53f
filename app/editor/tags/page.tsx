import type { Metadata } from "next";
import { EntityForm } from "@/components/ui/entity-form";
import { FormMessage } from "@/components/ui/form-field";
import { Pagination } from "@/components/ui/pagination";
import { getCurrentUser, requirePermission } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { listTags } from "@/lib/taxonomy/manage-taxonomy";
import { deleteTagAction, saveTagAction } from "../topics/actions";

export const metadata: Metadata = { title: "Tags", robots: { index: false } };

type Props = {
  searchParams: Promise<{ q?: string; page?: string; notice?: string; error?: string }>;
};

export default async function TagsPage({ searchParams }: Props) {
  await requirePermission("taxonomy:manage", "/editor/tags");
  const params = await searchParams;
  const { q, page, total, totalPages, tags } = await listTags(db, await getCurrentUser(), {
    q: params.q,
    page: Number(params.page ?? 1),
  });
  const href = (n: number) =>
    `/editor/tags?${new URLSearchParams({ ...(q ? { q } : {}), ...(n > 1 ? { page: String(n) } : {}) })}`;
  return (
    <>
      <h1 className="font-serif text-4xl font-bold">Tags</h1>
      <div className="mt-4 max-w-2xl">
        <FormMessage ok message={params.notice?.slice(0, 200)} />
        <FormMessage message={params.error?.slice(0, 200)} />
      </div>
      <div className="mt-6 grid gap-10 lg:grid-cols-[20rem_minmax(0,1fr)]">
        <section aria-labelledby="new-tag">
          <h2 id="new-tag" className="font-serif text-2xl font-bold">
            New tag
          </h2>
          <div className="mt-3">
            <EntityForm
              action={saveTagAction}
              fields={[
                { name: "name", label: "Name", maxLength: 60 },
                { name: "slug", label: "Slug", hint: "Left empty, it is made from the name." },
              ]}
              submitLabel="Create tag"
              idPrefix="new-tag"
            />
          </div>
        </section>
        <section aria-labelledby="all-tags">
          <h2 id="all-tags" className="font-serif text-2xl font-bold">
            {total} tags
          </h2>
          <form method="get" role="search" className="mt-3 flex items-end gap-2 font-sans text-sm">
            <label className="block">
              <span className="block font-semibold">Find a tag</span>
              <input
                name="q"
                type="search"
                defaultValue={q}
                maxLength={60}
                className="mt-1 border border-stone-400 px-2 py-1.5"
              />
            </label>
            <button type="submit" className="bg-stone-900 px-3 py-2 font-semibold text-white">
              Search
            </button>
          </form>
          <ul className="mt-4 divide-y divide-stone-200 font-sans text-sm">
            {tags.map((tag) => (
              <li key={tag.id} className="py-2">
                <details>
                  <summary className="cursor-pointer">
                    <span className="font-semibold">{tag.name}</span>{" "}
                    <span className="text-stone-600">
                      {tag.slug} · {tag._count.articles} articles
                    </span>
                  </summary>
                  <div className="mt-2 max-w-md">
                    <EntityForm
                      action={saveTagAction}
                      fields={[
                        { name: "name", label: "Name", defaultValue: tag.name, maxLength: 60 },
                        { name: "slug", label: "Slug", defaultValue: tag.slug },
                      ]}
                      hidden={{ id: tag.id }}
                      submitLabel={`Save ${tag.name}`}
                      idPrefix={`tag-${tag.id}`}
                    />
                    <form action={deleteTagAction} className="mt-2">
                      <input type="hidden" name="id" value={tag.id} />
                      <button type="submit" className="text-red-800 underline underline-offset-4">
                        Delete {tag.name}
                      </button>
                    </form>
                  </div>
                </details>
              </li>
            ))}
          </ul>
          <Pagination page={page} totalPages={totalPages} hrefFor={href} label="Tag pages" />
        </section>
      </div>
    </>
  );
}
