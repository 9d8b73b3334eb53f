import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { growthMetrics } from "@/lib/admin/growth-metrics";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

/**
 * Rows made by hand, one just inside and one just outside the 30-day window
 * (2026-06-15 12:00, 2026-07-15 12:00] for every figure, so each count is checked at both
 * of its edges. This file's database holds only these rows.
 */
const NOW = new Date("2026-07-15T12:00:00Z");
const INSIDE = new Date("2026-06-15T12:00:01Z");
const OUTSIDE = new Date("2026-06-15T12:00:00Z");
const LATER = new Date("2026-07-15T12:00:01Z");
const admin = { id: "admin-1", role: "ADMIN" as const };

const user = () =>
  db.user.create({ data: { email: `g-${randomUUID()}@example.com`, name: "Fixture" } });

beforeAll(async () => {
  const plan = await db.plan.create({
    data: { slug: `p-${randomUUID()}`, name: "Monthly", interval: "MONTH", priceAmount: 1000 },
  });
  const newsletter = await db.newsletter.create({
    data: { slug: `n-${randomUUID()}`, name: "New articles" },
  });
  for (const createdAt of [INSIDE, NOW, OUTSIDE, LATER])
    await db.newsletterSubscription.create({
      data: { userId: (await user()).id, newsletterId: newsletter.id, createdAt },
    });

  const subscription = async (fields: {
    createdAt: Date;
    trialEnd?: Date | null;
    firstPaidAt?: Date | null;
  }) =>
    db.subscription.create({
      data: {
        userId: (await user()).id,
        planId: plan.id,
        provider: "demo",
        status: "ACTIVE",
        priceAmount: 1000,
        currency: "usd",
        currentPeriodStart: fields.createdAt,
        currentPeriodEnd: new Date(fields.createdAt.getTime() + 40 * 86_400_000),
        ...fields,
      },
    });
  // Trials started in the window: these two (not ended yet) and the one created on 06-20
  // below; not the one created at the window's start, nor a subscription with no trial.
  await subscription({ createdAt: INSIDE, trialEnd: new Date("2026-07-20T00:00:00Z") });
  await subscription({ createdAt: NOW, trialEnd: new Date("2026-07-29T00:00:00Z") });
  await subscription({ createdAt: OUTSIDE, trialEnd: new Date("2026-06-29T00:00:00Z") });
  await subscription({ createdAt: INSIDE });
  // Trials ended in the window: the one above (ended 06-29, never paid) and these two paid
  // ones; one ended just before the window, paid, is outside.
  await subscription({ createdAt: new Date("2026-06-01"), trialEnd: INSIDE, firstPaidAt: INSIDE });
  await subscription({ createdAt: new Date("2026-06-20"), trialEnd: NOW, firstPaidAt: NOW });
  await subscription({
    createdAt: new Date("2026-06-01"),
    trialEnd: OUTSIDE,
    firstPaidAt: OUTSIDE,
  });

  const offer = await db.offer.create({
    data: {
      code: `C${Date.now()}`,
      name: "Twenty",
      kind: "PERCENT",
      percentOff: 20,
      duration: "ONCE",
    },
  });
  for (const createdAt of [INSIDE, OUTSIDE]) {
    const redeemed = await subscription({ createdAt });
    await db.offerRedemption.create({
      data: { offerId: offer.id, userId: redeemed.userId, subscriptionId: redeemed.id, createdAt },
    });
  }

  const gift = (fields: { paidAt?: Date; redeemedAt?: Date }) =>
    db.gift.create({
      data: {
        planId: plan.id,
        months: 3,
        amount: 3000,
        currency: "usd",
        buyerName: "Buyer",
        buyerEmail: "buyer@example.com",
        recipientName: "Recipient",
        recipientEmail: "recipient@example.com",
        deliverOn: OUTSIDE,
        provider: "demo",
        status: fields.redeemedAt ? "REDEEMED" : fields.paidAt ? "PAID" : "PENDING",
        ...fields,
      },
    });
  await gift({ paidAt: INSIDE });
  await gift({ paidAt: OUTSIDE, redeemedAt: INSIDE });
  await gift({ paidAt: NOW, redeemedAt: NOW });
  await gift({ paidAt: LATER });
  await gift({});
});

describe("growthMetrics", () => {
  it("counts each figure over the last 30 days, edges included and excluded as stated", async () => {
    expect(await growthMetrics(db, admin, NOW)).toEqual({
      newsletterSignUps: 2,
      trialsStarted: 3,
      trialsEnded: 3,
      trialsConverted: 2,
      offerRedemptions: 1,
      giftsBought: 2,
      giftsRedeemed: 2,
    });
  });

  it("is for admins only", async () => {
    await expect(growthMetrics(db, { id: "e", role: "EDITOR" }, NOW)).rejects.toBeInstanceOf(
      AppError,
    );
    await expect(growthMetrics(db, null, NOW)).rejects.toBeInstanceOf(AppError);
  });
});
