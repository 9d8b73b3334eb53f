import { z } from "zod";

/**
 * The plan form's fields, checked on the server. Prices are typed in major units ("9",
 * "140.00") and stored as integer minor units; the conversion works on the digits, never
 * through floating point, so "0.29" is 29 cents and not 28.999….
 */

export function majorToMinor(text: string): number | null {
  const match = /^(\d{1,7})(?:\.(\d{1,2}))?$/.exec(text.replace(/[$,\s]/g, ""));
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
}

export function minorToMajor(amount: number): string {
  const cents = amount % 100;
  return cents === 0
    ? String(amount / 100)
    : `${Math.floor(amount / 100)}.${String(cents).padStart(2, "0")}`;
}

export const MAX_FEATURES = 12;

export const PlanSchema = z.object({
  name: z.string().trim().min(1, "Give the plan a name.").max(80, "80 characters at most."),
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, "Give the plan a slug: it is the plan's address, /subscribe/<slug>.")
    .max(60, "60 characters at most.")
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lowercase letters, digits and single hyphens."),
  description: z.string().trim().max(300, "300 characters at most.").default(""),
  price: z
    .string()
    .trim()
    .min(1, "Enter the price, for example 9 or 140.00.")
    .transform((text, ctx) => {
      const amount = majorToMinor(text);
      if (amount === null) {
        ctx.addIssue({
          code: "custom",
          message: "Enter the price as a number with at most two decimals, for example 9.50.",
        });
        return z.NEVER;
      }
      return amount;
    })
    .refine((amount) => amount >= 50, "The price must be at least 0.50.")
    .refine((amount) => amount <= 10_000_00, "The price can be at most 10,000."),
  interval: z.enum(["MONTH", "YEAR"], { error: "Choose monthly or yearly billing." }),
  includesPrint: z.boolean().default(false),
  features: z
    .string()
    .default("")
    .transform((text) =>
      text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean),
    )
    .refine((lines) => lines.length <= MAX_FEATURES, `List at most ${MAX_FEATURES} features.`)
    .refine(
      (lines) => lines.every((line) => line.length <= 160),
      "Keep each feature to 160 characters.",
    ),
  position: z.coerce
    .number({ error: "The order is a whole number." })
    .int("The order is a whole number.")
    .min(0, "The order is 0 or more.")
    .max(999, "The order is at most 999."),
  trialDays: z
    .string()
    .trim()
    .optional()
    .transform((text, ctx) => {
      if (!text) return 0;
      const days = Number(text);
      if (!Number.isInteger(days) || days < 0 || days > 90) {
        ctx.addIssue({
          code: "custom",
          message: "Enter the free trial in whole days, from 0 (no trial) to 90.",
        });
        return z.NEVER;
      }
      return days;
    }),
  stripePriceId: z
    .string()
    .trim()
    .max(100, "100 characters at most.")
    .regex(
      /^(price_[A-Za-z0-9]+)?$/,
      "A Stripe price id looks like price_1Abc…; or leave it empty.",
    )
    .optional()
    .transform((id) => id || null),
});

export type PlanInput = z.output<typeof PlanSchema>;
