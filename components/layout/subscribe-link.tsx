"use client";

import Link from "next/link";
import { useMe } from "./use-me";

export const SUBSCRIBE_LINK_CLASS =
  "bg-red-800 px-4 py-2 font-semibold text-white hover:bg-red-900";

/**
 * The masthead's Subscribe button on pages that exist in no edition (account, sign-in,
 * checkout): shown from the start, so the masthead does not shift for the many who are
 * not subscribers, and taken away for subscribers once /api/me has answered. Edition
 * pages decide on the server and never need this.
 */
export function SubscribeLinkUnlessSubscriber() {
  const me = useMe();
  if (me?.subscriber) return null;
  return (
    <Link href="/subscribe" className={SUBSCRIBE_LINK_CLASS}>
      Subscribe
    </Link>
  );
}
