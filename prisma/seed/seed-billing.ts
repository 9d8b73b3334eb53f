import type { TransactionClient } from "../../lib/db-client";
import { periodEnd } from "../../lib/subscriptions/billing-period";
import { issues } from "./content/issues";

/**
 * The demo subscriber's paid subscription (Digital yearly, bought three months ago with a
 * test card) and the house ads readers without a subscription see.
 */
export async function seedDemoBilling(tx: TransactionClient, now: Date) {
  const plan = await tx.plan.findUniqueOrThrow({ where: { slug: "digital-yearly" } });
  const subscriber = await tx.user.findUniqueOrThrow({
    where: { email: "subscriber@example.com" },
    select: { id: true },
  });
  const start = new Date(now.getTime() - 92 * 86_400_000);
  const end = periodEnd(start, plan.interval);
  const subscription = await tx.subscription.create({
    data: {
      userId: subscriber.id,
      planId: plan.id,
      provider: "demo",
      providerSubscriptionId: "demo_sub_seed",
      status: "ACTIVE",
      priceAmount: plan.priceAmount,
      currency: plan.currency,
      currentPeriodStart: start,
      currentPeriodEnd: end,
      firstPaidAt: start,
      createdAt: start,
    },
  });
  await tx.payment.create({
    data: {
      subscriptionId: subscription.id,
      userId: subscriber.id,
      amount: plan.priceAmount,
      currency: plan.currency,
      status: "PAID",
      providerPaymentId: "demo_pay_seed",
      description: `${plan.name}, one year`,
      periodStart: start,
      periodEnd: end,
      cardLast4: "4242",
      createdAt: start,
    },
  });
  await tx.subscriptionEvent.create({
    data: {
      subscriptionId: subscription.id,
      kind: "checkout.completed",
      detail: `Subscribed to ${plan.name} (demo data).`,
      createdAt: start,
    },
  });

  const latestIssue = issues.at(-1)!;
  await tx.houseAd.createMany({
    data: [
      {
        name: "Archive",
        placement: "FRONT_PAGE",
        headline: "Every issue, cover to cover",
        body: "Twelve volumes of reporting, searchable and open to subscribers, back to the first issue.",
        linkUrl: "/issues",
        linkLabel: "Browse the archive",
      },
      {
        name: "Listen and read without ads",
        placement: "FRONT_PAGE",
        headline: "Read without ads. Listen to every article.",
        body: "A subscription removes ads from the site and adds narration to every story.",
        linkUrl: "/subscribe",
        linkLabel: "See the plans",
      },
      {
        name: "Latest issue",
        placement: "ARTICLE",
        headline: `New issue: ${latestIssue.title}`,
        body: latestIssue.description,
        linkUrl: `/issues/${latestIssue.slug}`,
        linkLabel: "Read the contents",
      },
      {
        name: "Audio",
        placement: "ARTICLE",
        headline: "Prefer to listen?",
        body: "Subscribers can have any article read aloud, at the speed they like.",
        linkUrl: "/subscribe",
        linkLabel: "Subscribe to listen",
      },
    ],
  });
}
