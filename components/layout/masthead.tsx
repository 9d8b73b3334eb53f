import Link from "next/link";
import type { Edition } from "@/lib/subscriptions/entitlements";
import type { TopicView } from "@/lib/topics/topics";
import { AccountMenu } from "./account-menu";
import { SUBSCRIBE_LINK_CLASS, SubscribeLinkUnlessSubscriber } from "./subscribe-link";

/**
 * Site header: the nameplate, topic navigation, issues, search, subscribe and the account
 * corner. On reader pages the edition says whether to offer a subscription (subscribers
 * are not asked to subscribe); elsewhere the browser asks /api/me.
 *
 * Links to pages rendered per request (search, sign-in) are not prefetched, here and in
 * the footer and account forms: such a prefetch cannot be cached, so it would cost a render
 * on every page view for a link most readers never follow.
 */
export function Masthead({ topics, edition }: { topics: TopicView[]; edition?: Edition }) {
  return (
    <header className="border-b border-stone-900">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-10 focus:bg-white focus:px-3 focus:py-2"
      >
        Skip to content
      </a>
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-4">
        <Link href="/" className="font-serif text-3xl font-black tracking-tight sm:text-4xl">
          The Meridian
        </Link>
        <div className="flex shrink-0 items-center gap-1 font-sans text-sm sm:gap-3">
          <AccountMenu />
          <Link
            href="/search"
            prefetch={false}
            className="hidden px-2 py-2 hover:underline sm:inline"
          >
            Search
          </Link>
          {edition !== undefined && edition !== "subscriber" && (
            <Link href="/subscribe" className={SUBSCRIBE_LINK_CLASS}>
              Subscribe
            </Link>
          )}
          {edition === undefined && <SubscribeLinkUnlessSubscriber />}
        </div>
      </div>
      <nav aria-label="Sections" className="border-t border-stone-300">
        <ul className="mx-auto flex max-w-6xl gap-1 overflow-x-auto px-2 font-sans text-sm font-medium whitespace-nowrap">
          {topics.map((topic) => (
            <li key={topic.slug}>
              <Link
                href={`/topics/${topic.slug}`}
                className="inline-block px-2 py-3 hover:text-red-800"
              >
                {topic.name}
              </Link>
            </li>
          ))}
          <li>
            <Link href="/issues" className="inline-block px-2 py-3 hover:text-red-800">
              Issues
            </Link>
          </li>
          <li className="sm:hidden">
            <Link
              href="/search"
              prefetch={false}
              className="inline-block px-2 py-3 hover:text-red-800"
            >
              Search
            </Link>
          </li>
        </ul>
      </nav>
    </header>
  );
}
