import { describe, expect, it } from "vitest";
import { isCalendarDay } from "@/lib/text/calendar-day";
import { AdSchema } from "@/lib/admin/ad-schema";
import { IssueDateSchema } from "@/lib/admin/print-mailing-list";

describe("calendar days", () => {
  it("accepts days that exist, leap days included, and refuses the rest", () => {
    for (const day of ["2026-01-31", "2024-02-29", "2026-12-01"])
      expect(isCalendarDay(day)).toBe(true);
    for (const day of [
      "2026-02-30",
      "2025-02-29",
      "2026-13-01",
      "2026-04-31",
      "26-01-01",
      "2026-1-1",
      "",
    ])
      expect(isCalendarDay(day)).toBe(false);
  });

  it("the print list and house ads refuse a day that does not exist instead of moving it", () => {
    expect(IssueDateSchema.safeParse("2026-02-30").success).toBe(false);
    expect(IssueDateSchema.safeParse("2026-02-28").success).toBe(true);
    const ad = AdSchema.safeParse({ startsOn: "2026-02-30" });
    expect(ad.success).toBe(false);
    if (!ad.success)
      expect(ad.error.issues.some((issue) => issue.message === "That date does not exist.")).toBe(
        true,
      );
  });
});
