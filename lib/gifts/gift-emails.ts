import { sendEmail } from "../email/send-email";
import { siteUrl } from "../env";
import type { Prisma } from "../generated/prisma/client";
import { formatMoney } from "../subscriptions/money";
import { formatLongDate } from "../text/format-date";
import { giftCodeFor } from "./gift-code";

/**
 * The two emails of a gift: the buyer's receipt (at payment) and the recipient's gift
 * (on the delivery date). Both are plain text; what the buyer typed is put on lines of
 * its own and stripped of control characters, so a name cannot forge a header or a line
 * that reads like ours.
 */
const oneLine = (text: string) => text.replace(/[\u0000-\u001f\u007f]+/g, " ").trim();
const quoted = (text: string) =>
  text
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f]+/g, " ")
    .split("\n")
    .map((line) => `> ${line}`)
    .join("\n");

const months = (n: number) => `${n} months`;

export const redeemUrl = (code: string) =>
  `${siteUrl}/gift/redeem?code=${encodeURIComponent(code)}`;

/** What the receipt needs, read in the transaction that recorded the payment. */
export const receiptSelect = {
  id: true,
  amount: true,
  currency: true,
  months: true,
  buyerName: true,
  buyerEmail: true,
  recipientName: true,
  recipientEmail: true,
  deliverOn: true,
  cardLast4: true,
  paidAt: true,
  plan: { select: { name: true } },
} as const;

export type ReceiptGift = Prisma.GiftGetPayload<{ select: typeof receiptSelect }>;

export async function sendGiftReceipt(gift: ReceiptGift) {
  const paid = formatMoney(gift.amount, gift.currency);
  const when =
    gift.deliverOn > (gift.paidAt ?? new Date()) ? `on ${formatLongDate(gift.deliverOn)}` : "today";
  await sendEmail({
    to: gift.buyerEmail,
    subject: `Your gift receipt from The Meridian: ${paid}`,
    text: [
      `Hello ${oneLine(gift.buyerName)},`,
      "",
      `Thank you for giving The Meridian. We received ${paid}${gift.cardLast4 ? ` from the card ending ${gift.cardLast4}` : ""}${gift.paidAt ? ` on ${formatLongDate(gift.paidAt)}` : ""}.`,
      "",
      `For: ${gift.plan.name} for ${months(gift.months)}, a gift to ${oneLine(gift.recipientName)} (${gift.recipientEmail})`,
      `Receipt number: ${gift.id}`,
      "",
      `We will email ${oneLine(gift.recipientName)} ${when} with your message and a link to start reading. The gift subscription does not renew, so nobody is charged again.`,
      "",
      "— The Meridian",
    ].join("\n"),
  });
}

/** The recipient's email: the redemption link first (before anything the buyer wrote). */
export function sendGiftDelivery(gift: {
  id: string;
  months: number;
  buyerName: string;
  recipientName: string;
  recipientEmail: string;
  message: string;
  plan: { name: string; includesPrint: boolean };
}) {
  const code = giftCodeFor(gift.id);
  const from = oneLine(gift.buyerName);
  return sendEmail({
    to: gift.recipientEmail,
    subject: `${from} has given you The Meridian`,
    text: [
      `Hello ${oneLine(gift.recipientName)},`,
      "",
      `${from} has given you ${months(gift.months)} of The Meridian (${gift.plan.name}). Start reading here:`,
      redeemUrl(code),
      "",
      `Your gift code, if you would rather type it in at ${siteUrl}/gift/redeem: ${code}`,
      ...(gift.message ? ["", `${from} wrote:`, quoted(gift.message)] : []),
      "",
      `Sign in or create a free account to start your subscription. It lasts ${months(gift.months)} from the day you start it and does not renew: nobody will ask you for a card.`,
      ...(gift.plan.includesPrint
        ? [
            "",
            "The printed magazine will be mailed to the address you were given; you can change it on your account page.",
          ]
        : []),
      "",
      "— The Meridian",
    ].join("\n"),
  });
}
