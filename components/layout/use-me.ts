"use client";

import { useEffect, useState } from "react";
import { ACCOUNT_CHANGED_EVENT } from "./account-events";

export type Me = {
  name: string;
  role: "READER" | "WRITER" | "EDITOR" | "ADMIN";
  subscriber: boolean;
};

// One request per page load, shared by every island that asks (the account corner and,
// on pages without an edition, the Subscribe link); asked again only when the account
// changes on this page (a new name saved on /account).
let asked: Promise<Me | null> | null = null;

function ask(): Promise<Me | null> {
  asked ??= fetch("/api/me", { cache: "no-store" })
    .then((response) => (response.ok ? response.json() : null))
    .then((me: { user: Me | null } | null) => me?.user ?? null)
    .catch(() => null);
  return asked;
}

/**
 * Who is signed in, read from the database by /api/me (not from the token), so a new
 * name or role shows at once. undefined while asking.
 */
export function useMe(): Me | null | undefined {
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    const load = () => void ask().then((answer) => live && setMe(answer));
    const reload = () => {
      asked = null;
      load();
    };
    load();
    window.addEventListener(ACCOUNT_CHANGED_EVENT, reload);
    return () => {
      live = false;
      window.removeEventListener(ACCOUNT_CHANGED_EVENT, reload);
    };
  }, []);
  return me;
}
