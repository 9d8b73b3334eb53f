import type { DbClient } from "../db-client";
import { assertCan, type Actor } from "../auth/permissions";
import { recordAudit } from "../audit/record-audit";
import { AppError } from "../errors";
import type { AdFormValues } from "./ad-fields";
import { fieldErrors } from "../forms/form-state";
import { AdSchema, adDays } from "./ad-schema";

/**
 * House ads as admins manage them. Readers get them through lib/ads/house-ads.ts
 * (pickHouseAd), which reads `active`, the dates and the placement set here; the pages
 * showing them are cached, so callers refresh the site after every change.
 */

export type AdResult = { ok: true; id: string } | { ok: false; errors: Record<string, string> };

const adSelect = {
  id: true,
  name: true,
  headline: true,
  body: true,
  linkUrl: true,
  linkLabel: true,
  imageId: true,
  placement: true,
  startsAt: true,
  endsAt: true,
  active: true,
  createdAt: true,
} as const;

function assertAdmin(actor: Actor | null): asserts actor is Actor {
  assertCan(actor, "ad:manage", "Only admins can manage ads.");
}

export async function listHouseAdsForAdmin(db: DbClient, actor: Actor | null) {
  assertAdmin(actor);
  return db.houseAd.findMany({
    select: { ...adSelect, image: { select: { key: true, variants: true, alt: true } } },
    orderBy: [{ active: "desc" }, { createdAt: "desc" }],
    // A house runs a handful of ads; the list is not paginated but is bounded.
    take: 200,
  });
}

export async function getHouseAdForAdmin(db: DbClient, actor: Actor | null, id: string) {
  assertAdmin(actor);
  const ad = await db.houseAd.findUnique({
    where: { id },
    select: { ...adSelect, image: { select: { key: true, variants: true, alt: true } } },
  });
  if (!ad) throw new AppError("NOT_FOUND", "There is no such ad.");
  return ad;
}

/** Recent images from the media library, to choose an ad's picture from. */
export async function listAdImageChoices(db: DbClient, actor: Actor | null) {
  assertAdmin(actor);
  const images = await db.media.findMany({
    select: { id: true, alt: true, caption: true, createdAt: true },
    orderBy: { createdAt: "desc" },
    take: 50,
  });
  return images.map((image) => ({
    id: image.id,
    label: `${(image.alt || image.caption || "Untitled image").slice(0, 60)} (${image.createdAt.toISOString().slice(0, 10)})`,
  }));
}

/**
 * Creates an ad (`id` empty) or updates one. `upload`, when given, stores a newly chosen
 * image file; it runs only once the fields are valid, so a refused form leaves no orphan
 * file behind, and the uploaded image replaces any chosen from the library.
 */
export async function saveHouseAd(
  db: DbClient,
  actor: Actor | null,
  input: { id?: string | null; values: unknown; upload?: () => Promise<{ id: string }> },
): Promise<AdResult> {
  assertAdmin(actor);
  const parsed = AdSchema.safeParse(input.values);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) };
  const data = { ...parsed.data };
  if (input.upload) {
    try {
      data.imageId = (await input.upload()).id;
    } catch (error) {
      // A file that is not an acceptable image is a problem with that field.
      if (error instanceof AppError && error.code === "INVALID")
        return { ok: false, errors: { image: error.message } };
      throw error;
    }
  }
  return db.$transaction(async (tx) => {
    const before = input.id
      ? await tx.houseAd.findUnique({ where: { id: input.id }, select: adSelect })
      : null;
    if (input.id && !before) throw new AppError("NOT_FOUND", "There is no such ad.");
    if (data.imageId && !(await tx.media.findUnique({ where: { id: data.imageId } })))
      return {
        ok: false as const,
        errors: { imageId: "That image is not in the media library any more. Choose another." },
      };
    const ad = before
      ? await tx.houseAd.update({ where: { id: before.id }, data, select: { id: true } })
      : await tx.houseAd.create({ data, select: { id: true } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: before ? "ad.update" : "ad.create",
      targetType: "HouseAd",
      targetId: ad.id,
      before: before ?? undefined,
      after: data,
    });
    return { ok: true as const, id: ad.id };
  });
}

/** Switches an ad on or off without touching anything else. */
export async function setHouseAdActive(
  db: DbClient,
  actor: Actor | null,
  input: { adId: string; active: boolean },
): Promise<{ changed: boolean }> {
  assertAdmin(actor);
  return db.$transaction(async (tx) => {
    const ad = await tx.houseAd.findUnique({
      where: { id: String(input.adId) },
      select: { id: true, active: true },
    });
    if (!ad) throw new AppError("NOT_FOUND", "There is no such ad.");
    if (ad.active === input.active) return { changed: false };
    await tx.houseAd.update({ where: { id: ad.id }, data: { active: input.active } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: input.active ? "ad.enable" : "ad.disable",
      targetType: "HouseAd",
      targetId: ad.id,
      before: { active: ad.active },
      after: { active: input.active },
    });
    return { changed: true };
  });
}

/** Deletes an ad; the audit entry keeps what it said. Its image stays in the library. */
export async function deleteHouseAd(
  db: DbClient,
  actor: Actor | null,
  input: { adId: string },
): Promise<void> {
  assertAdmin(actor);
  await db.$transaction(async (tx) => {
    const ad = await tx.houseAd.findUnique({ where: { id: String(input.adId) }, select: adSelect });
    if (!ad) throw new AppError("NOT_FOUND", "There is no such ad.");
    await tx.houseAd.delete({ where: { id: ad.id } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "ad.delete",
      targetType: "HouseAd",
      targetId: ad.id,
      before: ad,
    });
  });
}

/** A stored ad as the form shows it. */
export function adFormValues(ad: {
  name: string;
  headline: string;
  body: string;
  linkUrl: string;
  linkLabel: string;
  imageId: string | null;
  placement: string;
  startsAt: Date | null;
  endsAt: Date | null;
  active: boolean;
}): AdFormValues {
  return {
    name: ad.name,
    headline: ad.headline,
    body: ad.body,
    linkUrl: ad.linkUrl,
    linkLabel: ad.linkLabel,
    imageId: ad.imageId ?? "",
    placement: ad.placement,
    ...adDays(ad),
    active: ad.active ? "true" : "",
  };
}
