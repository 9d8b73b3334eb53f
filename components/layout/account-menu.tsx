"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { signOutNow } from "@/components/account/sign-out";
import { useMe } from "./use-me";

/**
 * The masthead's account corner. Pages are shared by every reader of an edition, so the
 * person's name is filled in here, in the browser, from /api/me.
 */
export function AccountMenu() {
  // undefined while asking: the corner keeps its space but shows nothing, so a signed-in
  // person never sees a flash of "Sign in".
  const user = useMe();
  // Re-rendered on every navigation, so the sign-in link always comes back here.
  const pathname = usePathname();

  if (!user) {
    // Known only in the browser, once /api/me has answered (a shared page holds no URL of
    // its own: it may have been rendered for another address of the same edition).
    const here = user === null ? pathname + window.location.search : "";
    const comesBack = here && !/^\/(signin|signup|forgot-password)(\/|$)/.test(pathname);
    return (
      <Link
        href={comesBack ? `/signin?from=${encodeURIComponent(here)}` : "/signin"}
        prefetch={false}
        className={`px-2 py-2 whitespace-nowrap hover:underline ${user === undefined ? "invisible" : ""}`}
      >
        Sign in
      </Link>
    );
  }
  const staff = user.role !== "READER";
  return (
    <details className="relative">
      <summary
        className="flex cursor-pointer list-none items-center gap-1 px-2 py-2 font-semibold whitespace-nowrap hover:underline"
        aria-label={`Account menu for ${user.name}`}
      >
        <span className="max-w-[7rem] truncate sm:max-w-[14rem]">{user.name}</span>
        <span aria-hidden="true">▾</span>
      </summary>
      <ul className="absolute right-0 z-20 mt-1 w-44 border border-stone-900 bg-white py-1 shadow-lg">
        <li>
          <Link href="/account" className="block px-4 py-2 hover:bg-stone-100">
            Account
          </Link>
        </li>
        {staff && (
          <li>
            <Link href="/editor" className="block px-4 py-2 hover:bg-stone-100">
              Editor
            </Link>
          </li>
        )}
        {user.role === "ADMIN" && (
          <li>
            <Link href="/admin" className="block px-4 py-2 hover:bg-stone-100">
              Admin
            </Link>
          </li>
        )}
        <li>
          <button
            type="button"
            onClick={() => void signOutNow("/")}
            className="block w-full px-4 py-2 text-left hover:bg-stone-100"
          >
            Sign out
          </button>
        </li>
      </ul>
    </details>
  );
}
