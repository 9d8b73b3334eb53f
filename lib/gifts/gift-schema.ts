import { z } from "zod";
import { isCalendarDay } from "../text/calendar-day";
import { GIFT_MONTHS, type GiftMonths } from "./gift-offers";

const DAY_MS = 86_400_000;
/** How far ahead a gift can be scheduled. */
export const LATEST_DELIVERY_DAYS = 366;
export const MESSAGE_MAX = 600;

const email = (whose: string) =>
  z
    .string({ error: `Enter ${whose} email address.` })
    .trim()
    .min(1, `Enter ${whose} email address.`)
    .max(254, "That email address is too long.")
    .pipe(z.email({ error: "Enter an email address like name@example.com." }))
    .transform((value) => value.toLowerCase());

const name = (whose: string) =>
  z
    .string({ error: `Enter ${whose} name.` })
    .trim()
    .min(1, `Enter ${whose} name.`)
    .max(100, "Names can be at most 100 characters.");

const startOfUtcDay = (date: Date) =>
  new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));

/** "2026-12-24" for a date, as a date input shows it. */
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/**
 * The delivery date: a day (UTC), sent at its start; empty or today means as soon as the
 * gift is paid. Yesterday is accepted as today, because a buyer west of UTC may still be
 * on the day before.
 */
function deliverOnSchema(now: Date) {
  const today = startOfUtcDay(now);
  return z
    .string()
    .trim()
    .optional()
    .transform((value, context) => {
      if (!value) return now;
      if (!isCalendarDay(value)) {
        context.addIssue({ code: "custom", message: "Enter the delivery date as YYYY-MM-DD." });
        return z.NEVER;
      }
      const day = new Date(`${value}T00:00:00.000Z`);
      if (day.getTime() < today.getTime() - DAY_MS) {
        context.addIssue({ code: "custom", message: "Choose today or a later date." });
        return z.NEVER;
      }
      if (day.getTime() > today.getTime() + LATEST_DELIVERY_DAYS * DAY_MS) {
        context.addIssue({ code: "custom", message: "Choose a date within the next year." });
        return z.NEVER;
      }
      return day > now ? day : now;
    });
}

/** The gift form's fields apart from the postal address (checked only for print gifts). */
export function giftPurchaseSchema(now: Date) {
  return z.object({
    plan: z.string({ error: "Choose what to give." }).min(1, "Choose what to give."),
    months: z
      .string({ error: "Choose how long the gift lasts." })
      .transform((value) => Number(value))
      .refine(
        (value): value is GiftMonths => (GIFT_MONTHS as readonly number[]).includes(value),
        "Choose 3, 6 or 12 months.",
      )
      .transform((value) => value as GiftMonths),
    recipientName: name("their"),
    recipientEmail: email("their"),
    // Line breaks are counted as one character, as the text box counts them (browsers
    // submit them as CRLF).
    message: z
      .string()
      .optional()
      .transform((value) => (value ?? "").replace(/\r\n/g, "\n").trim())
      .pipe(z.string().max(MESSAGE_MAX, `Keep the message under ${MESSAGE_MAX} characters.`)),
    deliverOn: deliverOnSchema(now),
    buyerName: name("your"),
    buyerEmail: email("your"),
  });
}

export type GiftPurchase = z.infer<ReturnType<typeof giftPurchaseSchema>>;

export const GIFT_FIELDS = [
  "plan",
  "months",
  "recipientName",
  "recipientEmail",
  "message",
  "deliverOn",
  "buyerName",
  "buyerEmail",
];
