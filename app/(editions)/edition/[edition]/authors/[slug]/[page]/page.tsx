import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AuthorRoute, authorMetadata } from "@/components/article/author-route";
import { parsePageParam } from "@/lib/articles/published";

export const revalidate = 3600;
export const generateStaticParams = async () => [];

type Props = { params: Promise<{ slug: string; page: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, page } = await params;
  return authorMetadata(slug, parsePageParam(page));
}

export default async function AuthorLaterPage({ params }: Props) {
  const { slug, page: raw } = await params;
  const page = parsePageParam(raw);
  // Page 1 lives at the bare address; /1 is not a second copy of it.
  if (page === 1) notFound();
  return <AuthorRoute slug={slug} page={page} />;
}
