import { isCalendarDay } from "../text/calendar-day";
import { z } from "zod";

const DAY_MS = 86_400_000;

/**
 * Where an ad may send a reader: an http(s) address, or a path on this site. Anything
 * else (javascript:, data:, a protocol-relative //host, backslashes browsers treat as
 * slashes, control characters) is refused, because the link is rendered into every page.
 */
export function isSafeAdLink(text: string): boolean {
  if (!text || /[\s\\\u0000-\u001f\u007f]/.test(text)) return false;
  if (text.startsWith("/")) return !text.startsWith("//");
  try {
    const url = new URL(text);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname !== "";
  } catch {
    return false;
  }
}

const DateField = (message: string) =>
  z
    .string()
    .trim()
    .optional()
    .refine((value) => !value || /^\d{4}-\d{2}-\d{2}$/.test(value), message)
    .refine((value) => !value || isCalendarDay(value), "That date does not exist.")
    .transform((value) => (value ? new Date(`${value}T00:00:00.000Z`) : null));

/**
 * Dates are whole days in UTC, like every date the site shows: an ad runs from the start of
 * its first day to the end of its last (stored as the next midnight), so a one-day ad has
 * the same first and last day.
 */
export const AdSchema = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, "Name the ad (only admins see it).")
      .max(80, "80 characters at most."),
    headline: z.string().trim().min(1, "Write a headline.").max(120, "120 characters at most."),
    body: z.string().trim().max(400, "400 characters at most.").default(""),
    linkUrl: z
      .string()
      .trim()
      .min(1, "Enter where the ad leads.")
      .max(500, "500 characters at most.")
      .refine(
        isSafeAdLink,
        "Enter a web address starting with https:// or http://, or a path on this site starting with /.",
      ),
    linkLabel: z
      .string()
      .trim()
      .max(40, "40 characters at most.")
      .transform((label) => label || "Learn more"),
    imageId: z
      .string()
      .trim()
      .max(64, "Choose an image from the list.")
      .optional()
      .transform((id) => id || null),
    placement: z.enum(["FRONT_PAGE", "ARTICLE"], {
      error: "Choose where the ad appears: the front page or articles.",
    }),
    startsOn: DateField("Choose the first day, or leave it empty to start now."),
    endsOn: DateField("Choose the last day, or leave it empty to run with no end."),
    active: z.boolean().default(true),
  })
  .superRefine((ad, ctx) => {
    if (ad.startsOn && ad.endsOn && ad.endsOn < ad.startsOn)
      ctx.addIssue({
        code: "custom",
        path: ["endsOn"],
        message: "The last day cannot be before the first day.",
      });
  })
  .transform(({ startsOn, endsOn, ...ad }) => ({
    ...ad,
    startsAt: startsOn,
    endsAt: endsOn ? new Date(endsOn.getTime() + DAY_MS) : null,
  }));

export type AdInput = z.output<typeof AdSchema>;

/** A stored ad's dates back as the form's days. */
export function adDays(ad: { startsAt: Date | null; endsAt: Date | null }) {
  return {
    startsOn: ad.startsAt ? ad.startsAt.toISOString().slice(0, 10) : "",
    endsOn: ad.endsAt ? new Date(ad.endsAt.getTime() - DAY_MS).toISOString().slice(0, 10) : "",
  };
}
