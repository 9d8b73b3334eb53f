import { buildRssFeed } from "@/lib/feeds/build-feed";

export const revalidate = 300;

export async function GET() {
  return new Response(await buildRssFeed(), {
    headers: { "Content-Type": "application/rss+xml; charset=utf-8" },
  });
}
