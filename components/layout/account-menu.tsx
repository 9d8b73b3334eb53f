"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { signOutNow } from "@/components/account/sign-out";

type SessionUser = { name: string; role: "READER" | "WRITER" | "EDITOR" | "ADMIN" };

/**
 * The masthead's account corner. Pages are cached for everyone, so the signed-in state
 * is filled in here, in the browser, from /api/me (read from the database, not the token).
 */
export function AccountMenu() {
  const [user, setUser] = useState<SessionUser | null>(null);

  useEffect(() => {
    let live = true;
    fetch("/api/me", { cache: "no-store" })
      .then((response) => (response.ok ? response.json() : null))
      .then((me: { user: SessionUser | null } | null) => {
        if (live && me?.user) setUser(me.user);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);

  if (!user) {
    return (
      <Link href="/signin" className="px-2 py-2 hover:underline">
        Sign in
      </Link>
    );
  }
  const staff = user.role !== "READER";
  return (
    <details className="relative">
      <summary
        className="cursor-pointer list-none px-2 py-2 font-semibold hover:underline"
        aria-label={`Account menu for ${user.name}`}
      >
        {user.name} <span aria-hidden="true">▾</span>
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
