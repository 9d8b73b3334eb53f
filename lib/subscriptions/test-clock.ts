import type { DbClient } from "../db-client";
import { env } from "../env";

/**
 * Browser tests cannot wait a month for a subscription to end. Like Stripe's test clocks,
 * this moves one reader's billing through time: every date on their subscriptions and
 * payments moves back by `ms`, which to the rest of the app is the same as that reader's
 * time moving forward. Nobody else's data changes, so parallel tests do not disturb each
 * other. Only available when ENABLE_TEST_CLOCK=true (the e2e server sets it), and never
 * with a live Stripe key: a site taking real payments must not let anyone move its dates,
 * whatever its environment says.
 */
export const testClockEnabled = () =>
  env.ENABLE_TEST_CLOCK === "true" && !(env.STRIPE_SECRET_KEY ?? "").startsWith("sk_live_");

export async function advanceReaderClock(db: DbClient, email: string, ms: number) {
  if (!testClockEnabled()) throw new Error("The test clock is not enabled.");
  const back = (date: Date | null) => (date ? new Date(date.getTime() - ms) : date);
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
    const subscriptions = await tx.subscription.findMany({ where: { userId: user.id }, take: 50 });
    for (const s of subscriptions)
      await tx.subscription.update({
        where: { id: s.id },
        data: {
          currentPeriodStart: back(s.currentPeriodStart)!,
          currentPeriodEnd: back(s.currentPeriodEnd)!,
          firstPaidAt: back(s.firstPaidAt),
          trialEnd: back(s.trialEnd),
          canceledAt: back(s.canceledAt),
          endedAt: back(s.endedAt),
          createdAt: back(s.createdAt)!,
        },
      });
    const payments = await tx.payment.findMany({ where: { userId: user.id }, take: 500 });
    for (const p of payments)
      await tx.payment.update({
        where: { id: p.id },
        data: {
          createdAt: back(p.createdAt)!,
          periodStart: back(p.periodStart)!,
          periodEnd: back(p.periodEnd)!,
          refundedAt: back(p.refundedAt),
        },
      });
  });
}
