import "server-only";
import { db } from "../db";
import { mediaSelect, toMediaView, type MediaView } from "../media/media-view";

export type AuthorView = {
  id: string;
  slug: string;
  name: string;
  bio: string;
  portrait: MediaView | null;
};

export async function getAuthorBySlug(slug: string): Promise<AuthorView | null> {
  const row = await db.author.findUnique({
    where: { slug },
    select: { id: true, slug: true, name: true, bio: true, portrait: { select: mediaSelect } },
  });
  return row ? { ...row, portrait: toMediaView(row.portrait) } : null;
}

/** Authors for the sitemap and footer, alphabetical, bounded. */
export async function listAuthors(take = 500) {
  return db.author.findMany({ select: { slug: true, name: true }, orderBy: { name: "asc" }, take });
}
