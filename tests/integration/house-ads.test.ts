import { describe, expect, it } from "vitest";
import { pickHouseAd } from "@/lib/ads/house-ads";
import { db } from "@/lib/db";

describe("house ads", () => {
  it("picks only active ads inside their dates, for the right placement, stably per page", async () => {
    const now = new Date("2026-06-15T12:00:00Z");
    await db.houseAd.createMany({
      data: [
        {
          name: "off",
          placement: "ARTICLE",
          headline: "Switched off",
          linkUrl: "/a",
          active: false,
        },
        {
          name: "future",
          placement: "ARTICLE",
          headline: "Not yet",
          linkUrl: "/b",
          startsAt: new Date("2026-07-01T00:00:00Z"),
        },
        {
          name: "past",
          placement: "ARTICLE",
          headline: "Over",
          linkUrl: "/c",
          endsAt: new Date("2026-06-01T00:00:00Z"),
        },
        { name: "front", placement: "FRONT_PAGE", headline: "Front only", linkUrl: "/d" },
        {
          name: "running-1",
          placement: "ARTICLE",
          headline: "Running one",
          linkUrl: "/e",
          startsAt: new Date("2026-06-01T00:00:00Z"),
          endsAt: new Date("2026-07-01T00:00:00Z"),
        },
        { name: "running-2", placement: "ARTICLE", headline: "Running two", linkUrl: "/f" },
      ],
    });
    const seen = new Set<string>();
    for (let i = 0; i < 40; i++) {
      const ad = await pickHouseAd(db, "ARTICLE", `article-${i}`, now);
      seen.add(ad!.headline);
      expect(await pickHouseAd(db, "ARTICLE", `article-${i}`, now)).toEqual(ad);
    }
    expect([...seen].sort()).toEqual(["Running one", "Running two"]);
    expect((await pickHouseAd(db, "FRONT_PAGE", "front", now))?.headline).toBe("Front only");
    expect(await pickHouseAd(db, "ARTICLE", "x", new Date("2030-01-01T00:00:00Z"))).toMatchObject({
      headline: "Running two",
    });
  });
});
