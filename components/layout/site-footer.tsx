import Link from "next/link";
import type { TopicView } from "@/lib/topics/topics";

export function SiteFooter({ topics }: { topics: TopicView[] }) {
  return (
    <footer className="mt-20 border-t-4 border-stone-900 bg-stone-100 font-sans text-sm">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 sm:grid-cols-3">
        <div>
          <p className="font-serif text-2xl font-black">The Meridian</p>
          <p className="mt-2 text-stone-600">
            An independent magazine of long-form reporting, published twice a month.
          </p>
        </div>
        <nav aria-label="Topics">
          <h2 className="font-semibold tracking-widest uppercase">Topics</h2>
          <ul className="mt-2 space-y-1">
            {topics.map((topic) => (
              <li key={topic.slug}>
                <Link href={`/topics/${topic.slug}`} className="hover:underline">
                  {topic.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <nav aria-label="The magazine">
          <h2 className="font-semibold tracking-widest uppercase">The magazine</h2>
          <ul className="mt-2 space-y-1">
            <li>
              <Link href="/issues" className="hover:underline">
                Past issues
              </Link>
            </li>
            <li>
              <Link href="/latest/1" className="hover:underline">
                All articles
              </Link>
            </li>
            <li>
              <Link href="/search" prefetch={false} className="hover:underline">
                Search
              </Link>
            </li>
            <li>
              <Link href="/subscribe" className="hover:underline">
                Subscribe
              </Link>
            </li>
            <li>
              <a href="/feed.xml" className="hover:underline">
                RSS feed
              </a>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
