import { z } from "zod";
import { majorToMinor } from "../admin/plan-schema";

/**
 * The admin's offer form, checked on the server. Codes are what readers type, so they are
 * stored upper case and compared that way ("spring20" finds SPRING20). An offer's terms are
 * fixed once created (receipts and Stripe's coupon describe them); only archiving changes it.
 */

export const OFFER_FIELDS = [
  "code",
  "name",
  "kind",
  "percentOff",
  "amountOff",
  "duration",
  "durationPeriods",
  "expiresOn",
  "maxRedemptions",
] as const;

export type OfferFormValues = Partial<Record<(typeof OFFER_FIELDS)[number], string>> & {
  planIds?: string[];
};

/** A code as readers type it, normalised; null when it cannot be a code at all. */
export function normaliseCode(text: unknown): string | null {
  if (typeof text !== "string") return null;
  const code = text.trim().toUpperCase();
  return /^[A-Z0-9][A-Z0-9-]{2,29}$/.test(code) ? code : null;
}

const optionalWhole = (message: string, min: number, max: number) =>
  z
    .string()
    .trim()
    .optional()
    .transform((text, ctx) => {
      if (!text) return null;
      const value = Number(text);
      if (!Number.isInteger(value) || value < min || value > max) {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      return value;
    });

export function offerSchema(now: Date) {
  return z
    .object({
      code: z
        .string()
        .trim()
        .toUpperCase()
        .min(3, "Give the offer a code of at least 3 characters, for example SPRING20.")
        .max(30, "30 characters at most.")
        .regex(/^[A-Z0-9][A-Z0-9-]*$/, "Use letters, digits and hyphens only."),
      name: z.string().trim().min(1, "Give the offer a name.").max(80, "80 characters at most."),
      kind: z.enum(["PERCENT", "AMOUNT"], { error: "Choose a percentage or an amount off." }),
      percentOff: optionalWhole("Enter a whole percentage from 1 to 100.", 1, 100),
      amountOff: z
        .string()
        .trim()
        .optional()
        .transform((text, ctx) => {
          if (!text) return null;
          const amount = majorToMinor(text);
          if (amount === null || amount < 1 || amount > 10_000_00) {
            ctx.addIssue({
              code: "custom",
              message: "Enter the amount off in dollars, for example 10 or 4.50.",
            });
            return z.NEVER;
          }
          return amount;
        }),
      duration: z.enum(["ONCE", "REPEATING", "FOREVER"], {
        error: "Choose how many payments the discount applies to.",
      }),
      durationPeriods: optionalWhole("Enter a number of payments from 2 to 36.", 2, 36),
      expiresOn: z
        .string()
        .trim()
        .optional()
        .transform((text, ctx) => {
          if (!text) return null;
          const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
          // The offer can be used through the whole of that day (UTC).
          const end = match
            ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + 1))
            : null;
          if (!end || Number.isNaN(end.getTime())) {
            ctx.addIssue({ code: "custom", message: "Enter the date as YYYY-MM-DD." });
            return z.NEVER;
          }
          if (end <= now) {
            ctx.addIssue({ code: "custom", message: "The last day must be today or later." });
            return z.NEVER;
          }
          return end;
        }),
      maxRedemptions: optionalWhole(
        "Enter a whole number of redemptions from 1 to 1,000,000, or leave it empty.",
        1,
        1_000_000,
      ),
      planIds: z
        .array(z.string().min(1))
        .min(1, "Choose at least one plan the offer applies to.")
        .max(50),
    })
    .superRefine((offer, ctx) => {
      if (offer.kind === "PERCENT" && offer.percentOff === null)
        ctx.addIssue({
          code: "custom",
          path: ["percentOff"],
          message: "Enter the percentage off, from 1 to 100.",
        });
      if (offer.kind === "AMOUNT" && offer.amountOff === null)
        ctx.addIssue({
          code: "custom",
          path: ["amountOff"],
          message: "Enter the amount off, for example 10.",
        });
      if (offer.duration === "REPEATING" && offer.durationPeriods === null)
        ctx.addIssue({
          code: "custom",
          path: ["durationPeriods"],
          message: "Enter how many payments are discounted, from 2 to 36.",
        });
    })
    .transform(({ expiresOn, ...offer }) => ({
      ...offer,
      expiresAt: expiresOn,
      percentOff: offer.kind === "PERCENT" ? offer.percentOff : null,
      amountOff: offer.kind === "AMOUNT" ? offer.amountOff : null,
      durationPeriods: offer.duration === "REPEATING" ? offer.durationPeriods : null,
    }));
}

export type OfferInput = z.output<ReturnType<typeof offerSchema>>;
