import { beforeAll, describe, expect, it, vi } from "vitest";
import { isSafeAdLink } from "@/lib/admin/ad-schema";
import {
  adFormValues,
  deleteHouseAd,
  saveHouseAd,
  setHouseAdActive,
} from "@/lib/admin/manage-house-ads";
import { pickHouseAd } from "@/lib/ads/house-ads";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createUser, type TestUser } from "./account-helpers";

let admin: TestUser;

const values = (overrides: Record<string, unknown> = {}) => ({
  name: "Autumn offer",
  headline: "Two months free",
  body: "Subscribe for a year.",
  linkUrl: "/subscribe",
  linkLabel: "",
  imageId: "",
  placement: "ARTICLE",
  startsOn: "",
  endsOn: "",
  active: true,
  ...overrides,
});

const writes = async () => ({
  ads: await db.houseAd.count(),
  audit: await db.auditEntry.count(),
});

beforeAll(async () => {
  admin = await createUser({ role: "ADMIN" });
});

describe("ad links", () => {
  it("accepts http(s) addresses and paths on this site, nothing else", () => {
    for (const good of [
      "https://example.com/offer?x=1",
      "http://example.org",
      "/subscribe",
      "/articles/some-slug#top",
    ])
      expect(isSafeAdLink(good), good).toBe(true);
    for (const bad of [
      "javascript:alert(1)",
      "JavaScript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "vbscript:msgbox",
      "//evil.example/phish",
      "/\\evil.example",
      "ftp://example.com/file",
      "mailto:someone@example.com",
      "https://exa mple.com",
      "java\nscript:alert(1)",
      "subscribe",
      "https://",
    ])
      expect(isSafeAdLink(bad), bad).toBe(false);
  });
});

describe("saving ads", () => {
  it("refuses a bad link and an end before the start, writing nothing", async () => {
    const before = await writes();
    expect(
      await saveHouseAd(db, admin.actor, { values: values({ linkUrl: "javascript:alert(1)" }) }),
    ).toEqual({ ok: false, errors: { linkUrl: expect.stringMatching(/https:\/\//) } });
    expect(
      await saveHouseAd(db, admin.actor, {
        values: values({ startsOn: "2026-06-10", endsOn: "2026-06-09" }),
      }),
    ).toEqual({
      ok: false,
      errors: { endsOn: "The last day cannot be before the first day." },
    });
    expect(
      await saveHouseAd(db, admin.actor, {
        values: values({ headline: "", placement: "SIDEBAR", startsOn: "June" }),
      }),
    ).toEqual({
      ok: false,
      errors: {
        headline: "Write a headline.",
        placement: expect.stringMatching(/front page or articles/),
        startsOn: expect.stringMatching(/first day/),
      },
    });
    expect(
      await saveHouseAd(db, admin.actor, { values: values({ imageId: "no-such-media" }) }),
    ).toEqual({
      ok: false,
      errors: { imageId: expect.stringMatching(/not in the media library/) },
    });
    expect(await writes()).toEqual(before);
  });

  it("runs an ad from the start of its first day to the end of its last (UTC)", async () => {
    const result = await saveHouseAd(db, admin.actor, {
      values: values({ headline: "June only", startsOn: "2026-06-01", endsOn: "2026-06-30" }),
    });
    const id = result.ok ? result.id : "";
    const ad = await db.houseAd.findUniqueOrThrow({ where: { id } });
    expect(ad.startsAt?.toISOString()).toBe("2026-06-01T00:00:00.000Z");
    expect(ad.endsAt?.toISOString()).toBe("2026-07-01T00:00:00.000Z");
    expect(adFormValues(ad)).toMatchObject({ startsOn: "2026-06-01", endsOn: "2026-06-30" });
    const pick = (iso: string) => pickHouseAd(db, "ARTICLE", "page", new Date(iso));
    expect((await pick("2026-06-30T23:59:00Z"))?.headline).toBe("June only");
    expect(await pick("2026-07-01T00:00:00Z")).toBeNull();
    expect(await pick("2026-05-31T23:59:00Z")).toBeNull();
    // A one-day ad: first and last day the same.
    expect(
      (
        await saveHouseAd(db, admin.actor, {
          values: values({ startsOn: "2026-08-01", endsOn: "2026-08-01" }),
        })
      ).ok,
    ).toBe(true);
    expect(ad.linkLabel).toBe("Learn more");
  });

  it("uploads a new image only once the fields are valid", async () => {
    const upload = vi.fn(async () => {
      const media = await db.media.create({
        data: {
          key: `ad-${Date.now()}`,
          mimeType: "image/webp",
          width: 10,
          height: 10,
          variants: "10",
        },
      });
      return { id: media.id };
    });
    await saveHouseAd(db, admin.actor, { values: values({ linkUrl: "nope" }), upload });
    expect(upload).not.toHaveBeenCalled();
    const saved = await saveHouseAd(db, admin.actor, { values: values(), upload });
    expect(upload).toHaveBeenCalledOnce();
    const ad = await db.houseAd.findUniqueOrThrow({ where: { id: saved.ok ? saved.id : "" } });
    expect(ad.imageId).not.toBeNull();
    const refused = await saveHouseAd(db, admin.actor, {
      values: values(),
      upload: () => Promise.reject(new AppError("INVALID", "Only JPEG, PNG, WebP and GIF.")),
    });
    expect(refused).toEqual({ ok: false, errors: { image: "Only JPEG, PNG, WebP and GIF." } });
  });

  it("edits, switches off and deletes, each audited with what changed", async () => {
    const created = await saveHouseAd(db, admin.actor, { values: values({ headline: "Old" }) });
    const id = created.ok ? created.id : "";
    expect(await saveHouseAd(db, admin.actor, { id, values: values({ headline: "New" }) })).toEqual(
      { ok: true, id },
    );
    expect(await setHouseAdActive(db, admin.actor, { adId: id, active: false })).toEqual({
      changed: true,
    });
    // Switched off: stored so, and never picked, whichever page asks.
    expect(await db.houseAd.findUniqueOrThrow({ where: { id } })).toMatchObject({ active: false });
    for (let page = 0; page < 30; page++)
      expect((await pickHouseAd(db, "ARTICLE", `page-${page}`))?.id).not.toBe(id);
    await deleteHouseAd(db, admin.actor, { adId: id });
    expect(await db.houseAd.findUnique({ where: { id } })).toBeNull();
    const entries = await db.auditEntry.findMany({
      where: { targetId: id },
      orderBy: { createdAt: "asc" },
    });
    expect(entries.map((e) => e.action)).toEqual([
      "ad.create",
      "ad.update",
      "ad.disable",
      "ad.delete",
    ]);
    expect(JSON.parse(entries[1]!.before!)).toMatchObject({ headline: "Old" });
    expect(JSON.parse(entries[1]!.after!)).toMatchObject({ headline: "New" });
    expect(JSON.parse(entries[3]!.before!)).toMatchObject({ headline: "New", active: false });
  });

  it("refuses readers, writers and editors, with nothing written", async () => {
    const created = await saveHouseAd(db, admin.actor, { values: values() });
    const adId = created.ok ? created.id : "";
    const before = await writes();
    for (const role of ["READER", "WRITER", "EDITOR"] as const) {
      const user = await createUser({ role });
      for (const attempt of [
        () => saveHouseAd(db, user.actor, { values: values() }),
        () => saveHouseAd(db, user.actor, { id: adId, values: values({ headline: "Hacked" }) }),
        () => setHouseAdActive(db, user.actor, { adId, active: false }),
        () => deleteHouseAd(db, user.actor, { adId }),
      ])
        await expect(attempt()).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await writes()).toEqual(before);
    expect(await db.houseAd.findUniqueOrThrow({ where: { id: adId } })).toMatchObject({
      headline: "Two months free",
      active: true,
    });
  });
});
