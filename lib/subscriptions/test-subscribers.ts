import { randomUUID } from "node:crypto";
import type { DbClient } from "../db-client";
import { periodEnd } from "./billing-period";
import { testClockEnabled } from "./test-clock";

/**
 * Browser tests of the admin area need thousands of subscribers to search among. Creating
 * them through sign-up and checkout would take the whole test run; this writes them in one
 * transaction instead: reader, paid demo subscription, payment. Test servers only
 * (ENABLE_TEST_CLOCK=true); emails are `<tag>-<n>@example.test`.
 */
export async function seedTestSubscribers(
  db: DbClient,
  tag: string,
  count: number,
  now = new Date(),
) {
  if (!testClockEnabled()) throw new Error("Test hooks are not enabled.");
  const plans = await db.plan.findMany({
    where: { retiredAt: null },
    take: 3,
    orderBy: { position: "asc" },
  });
  await db.$transaction(
    async (tx) => {
      for (let n = 0; n < count; n++) {
        const plan = plans[n % plans.length]!;
        const start = new Date(now.getTime() - (n % 50) * 86_400_000);
        const end = periodEnd(start, plan.interval);
        const user = await tx.user.create({
          data: { email: `${tag}-${n}@example.test`, name: `Seeded Reader ${tag} ${n}` },
          select: { id: true },
        });
        const subscription = await tx.subscription.create({
          data: {
            userId: user.id,
            planId: plan.id,
            provider: "demo",
            providerSubscriptionId: `demo_sub_${randomUUID()}`,
            status: "ACTIVE",
            priceAmount: plan.priceAmount,
            currency: plan.currency,
            currentPeriodStart: start,
            currentPeriodEnd: end,
            firstPaidAt: start,
            createdAt: start,
          },
          select: { id: true },
        });
        await tx.payment.create({
          data: {
            subscriptionId: subscription.id,
            userId: user.id,
            amount: plan.priceAmount,
            currency: plan.currency,
            status: "PAID",
            providerPaymentId: `demo_pay_${randomUUID()}`,
            description: `${plan.name} (seeded by a test)`,
            periodStart: start,
            periodEnd: end,
            cardLast4: "4242",
            createdAt: start,
          },
        });
      }
    },
    { timeout: 120_000 },
  );
}
