import type { Metadata } from "next";
import { TopicRoute, topicMetadata } from "@/components/article/topic-route";

export const revalidate = 3600;
export const generateStaticParams = async () => [];

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return topicMetadata((await params).slug, 1);
}

export default async function TopicFirstPage({ params }: Props) {
  return <TopicRoute slug={(await params).slug} page={1} />;
}
