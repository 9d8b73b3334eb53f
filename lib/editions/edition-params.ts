import { notFound } from "next/navigation";
import type { Edition } from "../subscriptions/entitlements";
import { isEdition } from "./edition-routes.mjs";

export type EditionParams = Promise<{ edition: string }>;

/**
 * The edition a page under app/(editions)/edition/[edition] renders. Only proxy.ts
 * reaches these routes, with a known edition; anything else is a 404.
 */
export async function editionOfParams(params: EditionParams): Promise<Edition> {
  const { edition } = await params;
  if (!isEdition(edition)) notFound();
  return edition;
}
