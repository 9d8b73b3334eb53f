import type { Metadata } from "next";
import { FormMessage } from "@/components/ui/form-field";
import { requirePermission } from "@/lib/auth/current-user";
import { createDraftAction } from "../actions";

export const metadata: Metadata = { title: "New article", robots: { index: false } };

type Props = { searchParams: Promise<{ error?: string }> };

export default async function NewArticlePage({ searchParams }: Props) {
  await requirePermission("article:create", "/editor/articles/new");
  const { error } = await searchParams;
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="font-serif text-4xl font-bold">New article</h1>
      <p className="mt-2 font-sans text-sm text-stone-700">
        Start with a working title; everything else is set in the editor, and saved as you write.
      </p>
      <div className="mt-4">
        <FormMessage message={error?.slice(0, 300)} />
      </div>
      <form action={createDraftAction} className="mt-6 font-sans">
        <label htmlFor="new-title" className="block text-sm font-semibold">
          Working title
        </label>
        <input
          id="new-title"
          name="title"
          maxLength={200}
          className="mt-1 w-full border border-stone-400 px-3 py-2 font-serif text-2xl"
        />
        <button type="submit" className="mt-4 bg-stone-900 px-5 py-2.5 font-semibold text-white">
          Create draft
        </button>
      </form>
    </div>
  );
}
