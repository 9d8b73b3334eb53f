import { Figure } from "@/components/article/figure";
import type { AuthorView } from "@/lib/authors/get-author";

export function AuthorHeader({ author, page }: { author: AuthorView; page: number }) {
  return (
    <header className="mb-10 flex flex-col gap-6 border-b border-stone-300 pb-8 sm:flex-row sm:items-center">
      {author.portrait && (
        <div className="w-32 shrink-0 overflow-hidden rounded-full">
          <Figure media={author.portrait} sizes="128px" priority />
        </div>
      )}
      <div>
        <h1 className="font-serif text-4xl font-bold">{author.name}</h1>
        <p className="mt-3 max-w-2xl font-serif text-lg text-stone-700">{author.bio}</p>
        {page > 1 && <p className="mt-2 font-sans text-sm text-stone-600">Articles, page {page}</p>}
      </div>
    </header>
  );
}
