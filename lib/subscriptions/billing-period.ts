import { addMonths, addYears } from "date-fns";
import type { BillingInterval } from "./plans";

/** The end of a billing period that starts at `start`. Month ends clamp (Jan 31 → Feb 28). */
export function periodEnd(start: Date, interval: BillingInterval, count = 1): Date {
  return interval === "YEAR" ? addYears(start, count) : addMonths(start, count);
}

/** The money-back guarantee: a full refund within this many days of the first payment. */
export const GUARANTEE_DAYS = 60;

export function withinGuarantee(firstPaidAt: Date | null, now: Date): boolean {
  if (!firstPaidAt) return false;
  return now.getTime() - firstPaidAt.getTime() < GUARANTEE_DAYS * 24 * 60 * 60 * 1000;
}

/** Paid up (or complimentary) and not over: what a reader can read with, cancel or change. */
export const isLiveSubscription = (
  subscription: { status: string; currentPeriodEnd: Date },
  now: Date,
) =>
  subscription.status !== "CANCELED" &&
  subscription.status !== "INCOMPLETE" &&
  subscription.currentPeriodEnd > now;
