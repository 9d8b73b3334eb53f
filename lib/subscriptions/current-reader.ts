import "server-only";
import { cache } from "react";
import { getCurrentUser } from "../auth/current-user";
import { db } from "../db";
import { getEntitlement, type Reader } from "./entitlements";

/**
 * The signed-in reader and what their subscription gives them, once per request. Only
 * per-reader pages and routes call this (checkout, /api/me); the reader pages are
 * rendered per edition instead (lib/subscriptions/reader-edition.ts).
 */
export const getCurrentReader = cache(async (): Promise<Reader> => {
  const user = await getCurrentUser();
  if (!user) return null;
  return { userId: user.id, entitlement: await getEntitlement(db, user.id, new Date()) };
});
