import type { Metadata } from "next";
import { AuthorRoute, authorMetadata } from "@/components/article/author-route";

export const revalidate = 3600;
export const generateStaticParams = async () => [];

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return authorMetadata((await params).slug, 1);
}

export default async function AuthorFirstPage({ params }: Props) {
  return <AuthorRoute slug={(await params).slug} page={1} />;
}
