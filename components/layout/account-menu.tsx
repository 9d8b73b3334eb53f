"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { signOutNow } from "@/components/account/sign-out";
import { ACCOUNT_CHANGED_EVENT } from "./account-events";

type SessionUser = { name: string; role: "READER" | "WRITER" | "EDITOR" | "ADMIN" };

/**
 * The masthead's account corner. Pages are cached for everyone, so the signed-in state
 * is filled in here, in the browser, from /api/me (read from the database, not the token).
 */
export function AccountMenu() {
  // undefined while asking: the corner keeps its space but shows nothing, so a signed-in
  // person never sees a flash of "Sign in".
  const [user, setUser] = useState<SessionUser | null | undefined>(undefined);

  useEffect(() => {
    let live = true;
    const load = () =>
      fetch("/api/me", { cache: "no-store" })
        .then((response) => (response.ok ? response.json() : null))
        .then((me: { user: SessionUser | null } | null) => {
          if (live) setUser(me?.user ?? null);
        })
        .catch(() => live && setUser(null));
    void load();
    // A new name saved on /account shows here at once, without a reload.
    window.addEventListener(ACCOUNT_CHANGED_EVENT, load);
    return () => {
      live = false;
      window.removeEventListener(ACCOUNT_CHANGED_EVENT, load);
    };
  }, []);

  if (!user) {
    return (
      <Link
        href="/signin"
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
