import { z } from "zod";

/**
 * The demo provider's card rules, copied from Stripe's test cards so the same numbers
 * behave the same way in both modes. No card data is stored: only the last four digits
 * go on the receipt.
 */
export const DEMO_CARDS = {
  succeeds: "4242424242424242",
  declined: "4000000000000002",
  insufficientFunds: "4000000000009995",
  /** accepted at checkout, declined at every renewal: shows the "payment failed" path */
  failsOnRenewal: "4000000000000341",
} as const;

const DECLINES: Record<string, string> = {
  [DEMO_CARDS.declined]: "Your card was declined. Try another card.",
  [DEMO_CARDS.insufficientFunds]: "Your card has insufficient funds. Try another card.",
};

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

export function cardSchema(now: Date) {
  return z
    .object({
      cardName: z
        .string({ error: "Enter the name on the card." })
        .trim()
        .min(1, "Enter the name on the card.")
        .max(120, "The name on the card can be at most 120 characters."),
      cardNumber: z
        .string({ error: "Enter the card number." })
        .transform((value) => value.replace(/[\s-]/g, ""))
        .pipe(
          z
            .string()
            .regex(/^\d{12,19}$/, "A card number has 12 to 19 digits.")
            .refine(luhnValid, "That card number is not valid; check the digits."),
        ),
      expiry: z
        .string({ error: "Enter the expiry date as MM/YY." })
        .trim()
        .regex(/^(0[1-9]|1[0-2]) ?\/ ?\d{2}$/, "Enter the expiry date as MM/YY, like 04/29."),
      cvc: z
        .string({ error: "Enter the 3 or 4 digit security code." })
        .trim()
        .regex(/^\d{3,4}$/, "Enter the 3 or 4 digit security code."),
    })
    .superRefine((card, context) => {
      const [month, year] = card.expiry.split("/").map((part) => Number(part.trim()));
      // A card is good through the last day of its expiry month.
      const expires = new Date(Date.UTC(2000 + year!, month!, 1));
      if (expires <= now)
        context.addIssue({ code: "custom", path: ["expiry"], message: "This card has expired." });
    });
}

export type CardInput = z.infer<ReturnType<typeof cardSchema>>;

/** Why the demo bank refuses this card, or null when it pays. */
export function demoDecline(cardNumber: string): string | null {
  return DECLINES[cardNumber] ?? null;
}

export const failsOnRenewal = (last4: string | null) =>
  last4 === DEMO_CARDS.failsOnRenewal.slice(-4);
