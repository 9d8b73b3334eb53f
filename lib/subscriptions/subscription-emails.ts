import { sendEmail } from "../email/send-email";
import { siteUrl } from "../env";
import { formatLongDate } from "../text/format-date";
import { formatMoney } from "./money";

/**
 * The emails a subscriber gets about money. Sent after the change they describe has been
 * committed, so nobody is told about a payment or refund that did not happen.
 */
type Person = { email: string; name: string };

const signOff = ["", "— The Meridian", `${siteUrl}/account`].join("\n");

export function sendReceipt(
  to: Person,
  payment: {
    id: string;
    amount: number;
    currency: string;
    description: string;
    cardLast4: string | null;
    createdAt: Date;
    discountAmount?: number;
    discountLabel?: string | null;
  },
) {
  const discount = payment.discountAmount ?? 0;
  return sendEmail({
    to: to.email,
    subject: `Your receipt from The Meridian: ${formatMoney(payment.amount, payment.currency)}`,
    text: [
      `Hello ${to.name},`,
      "",
      `Thank you. We received ${formatMoney(payment.amount, payment.currency)} on ${formatLongDate(payment.createdAt)}${payment.cardLast4 ? ` from the card ending ${payment.cardLast4}` : ""}.`,
      "",
      `For: ${payment.description}`,
      ...(discount > 0
        ? [
            `Price: ${formatMoney(payment.amount + discount, payment.currency)}`,
            `Discount: -${formatMoney(discount, payment.currency)}${payment.discountLabel ? ` (${payment.discountLabel})` : ""}`,
            `Paid: ${formatMoney(payment.amount, payment.currency)}`,
          ]
        : []),
      `Receipt number: ${payment.id}`,
      `View it online: ${siteUrl}/account/receipts/${payment.id}`,
      signOff,
    ].join("\n"),
  });
}

export function sendPaymentFailed(
  to: Person,
  details: { amount: number; currency: string; planName: string; reason: string | null },
) {
  return sendEmail({
    to: to.email,
    subject: "We could not take your subscription payment",
    text: [
      `Hello ${to.name},`,
      "",
      `We tried to renew your ${details.planName} subscription for ${formatMoney(details.amount, details.currency)}, but the payment did not go through${details.reason ? `: ${details.reason}` : "."}`,
      "",
      `You can subscribe again with another card at ${siteUrl}/subscribe.`,
      signOff,
    ].join("\n"),
  });
}

export function sendCancellation(to: Person, details: { planName: string; accessUntil: Date }) {
  return sendEmail({
    to: to.email,
    subject: "Your subscription will not renew",
    text: [
      `Hello ${to.name},`,
      "",
      `Your ${details.planName} subscription has been cancelled. You keep full access until ${formatLongDate(details.accessUntil)}, and you will not be charged again.`,
      "",
      `Changed your mind? Resume it from your account before then: ${siteUrl}/account`,
      signOff,
    ].join("\n"),
  });
}

export function sendRefund(
  to: Person,
  details: { amount: number; currency: string; planName: string; accessEnded: boolean },
) {
  return sendEmail({
    to: to.email,
    subject: `Refund of ${formatMoney(details.amount, details.currency)} from The Meridian`,
    text: [
      `Hello ${to.name},`,
      "",
      `We have refunded ${formatMoney(details.amount, details.currency)} for your ${details.planName} subscription. Depending on your bank it reaches your card within 5–10 days.`,
      details.accessEnded ? "\nYour subscription has ended. We hope to see you again." : "",
      signOff,
    ].join("\n"),
  });
}
