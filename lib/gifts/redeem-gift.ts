import { addMonths } from "date-fns";
import type { CurrentUser } from "../auth/current-user";
import { assertCan } from "../auth/permissions";
import type { DbClient, TransactionClient } from "../db-client";
import { lockUser } from "../db-locks";
import type { Prisma } from "../generated/prisma/client";
import { AddressSchema } from "../subscriptions/address-schema";
import { getEntitlement } from "../subscriptions/entitlements";
import { recordSubscriptionEvent } from "../subscriptions/subscription-events";
import { formatLongDate } from "../text/format-date";
import { giftCodeHash, normalizeGiftCode } from "./gift-code";

export type RedeemResult = { ok: true; subscriptionId: string } | { ok: false; message: string };

const MESSAGES = {
  invalid: "That is not a gift code. It has 20 letters and digits; copy it from your gift email.",
  unknown: "We have no gift with that code. Check it against your gift email.",
  redeemed: "This gift has already been redeemed. Each gift code can be used once.",
  redeemedByYou: "You have already redeemed this gift: it is on your account page.",
  refunded: "This gift was refunded to the person who bought it, so it can no longer be used.",
  subscribed:
    "You already have a subscription, so this gift cannot start now. It stays unused: redeem it once your subscription has ended (cancel it from your account page to stop it renewing), or on another account.",
} as const;

const scheduledMessage = (deliverOn: Date) =>
  `This gift is not ready yet: it can be redeemed from ${formatLongDate(deliverOn)}, when its email is sent.`;

const giftSelect = {
  id: true,
  status: true,
  months: true,
  currency: true,
  deliverOn: true,
  recipientId: true,
  buyerName: true,
  recipientName: true,
  message: true,
  printAddress: true,
  planId: true,
  plan: { select: { name: true, includesPrint: true } },
} as const;

async function findByCode(db: DbClient, code: unknown) {
  const normalized = normalizeGiftCode(code);
  if (!normalized) return { state: "invalid" as const };
  const gift = await db.gift.findUnique({
    where: { codeHash: giftCodeHash(normalized) },
    select: giftSelect,
  });
  return gift ? { state: "found" as const, gift } : { state: "unknown" as const };
}

type FoundGift = Prisma.GiftGetPayload<{ select: typeof giftSelect }>;

/** Why `gift` cannot be redeemed by `userId` now, or null when it can. */
function refusal(gift: FoundGift, userId: string | null, now: Date): string | null {
  if (gift.status === "REDEEMED")
    return gift.recipientId && gift.recipientId === userId
      ? MESSAGES.redeemedByYou
      : MESSAGES.redeemed;
  if (gift.status === "REFUNDED") return MESSAGES.refunded;
  if (gift.status === "PENDING") return MESSAGES.unknown;
  // PAID is redeemable once due: its email may be late (a retry after a mail outage).
  if (gift.deliverOn > now) return scheduledMessage(gift.deliverOn);
  return null;
}

export type GiftPreview =
  | { ok: false; message: string; redeemed?: boolean }
  | {
      ok: true;
      gift: {
        planName: string;
        includesPrint: boolean;
        months: number;
        from: string;
        to: string;
        message: string;
      };
    };

/** What the redemption page shows for a code: the gift, or why it cannot be used. */
export async function previewGift(
  db: DbClient,
  code: unknown,
  viewerId: string | null,
  now: Date = new Date(),
): Promise<GiftPreview> {
  const found = await findByCode(db, code);
  if (found.state !== "found") return { ok: false, message: MESSAGES[found.state] };
  const { gift } = found;
  const refused = refusal(gift, viewerId, now);
  if (refused) return { ok: false, message: refused, redeemed: gift.status === "REDEEMED" };
  return {
    ok: true,
    gift: {
      planName: gift.plan.name,
      includesPrint: gift.plan.includesPrint,
      months: gift.months,
      from: gift.buyerName,
      to: gift.recipientName,
      message: gift.message,
    },
  };
}

/** Thrown inside the redemption transaction to roll it back with a message for the reader. */
class Refused extends Error {}

/**
 * Starts the gift subscription on the reader's account, exactly once per code. In one
 * transaction whose first statement claims the gift (→ REDEEMED for this reader, by a
 * conditional update: two tabs, a double click or two people with the same code cannot
 * both claim it): a complimentary subscription on the gift's plan from now for its months,
 * set to end (never renews, no renewal grace), its timeline entry, and for print gifts the
 * buyer's address for the recipient when they have none of their own. A reader with a
 * live subscription is refused (and the claim rolled back): the gift keeps for later.
 */
export async function redeemGift(
  db: DbClient,
  actor: CurrentUser | null,
  input: { code: unknown },
  now: Date = new Date(),
): Promise<RedeemResult> {
  assertCan(actor, "account:manage", "Sign in to redeem your gift.");
  const found = await findByCode(db, input.code);
  if (found.state !== "found") return { ok: false, message: MESSAGES[found.state] };
  const { gift } = found;
  const refused = refusal(gift, actor.id, now);
  if (refused) return { ok: false, message: refused };

  try {
    const subscriptionId = await db.$transaction(async (tx) => {
      // The reader first (PostgreSQL only; lib/db-locks.ts): two gifts redeemed at once, or
      // a gift beside a checkout, would otherwise each find no subscription at READ
      // COMMITTED and both start one. The second now waits, then sees the first's.
      await lockUser(tx, actor.id);
      const claimed = await tx.gift.updateMany({
        where: {
          id: gift.id,
          status: { in: ["PAID", "DELIVERED"] },
          recipientId: null,
          deliverOn: { lte: now },
        },
        data: { status: "REDEEMED", redeemedAt: now, recipientId: actor.id },
      });
      if (claimed.count === 0) throw new Refused();
      // The same test as checkout's: a subscription renewing within its grace counts too,
      // or the reader would hold the gift and still be charged for the renewal.
      if ((await getEntitlement(tx, actor.id, now)).subscriber)
        throw new Refused(MESSAGES.subscribed);
      return startGiftSubscription(tx, gift, actor.id, now);
    });
    return { ok: true, subscriptionId };
  } catch (error) {
    if (!(error instanceof Refused)) throw error;
    if (error.message) return { ok: false, message: error.message };
    // Another redemption claimed it first: say what happened to it.
    const after = await findByCode(db, input.code);
    const message =
      after.state === "found" ? refusal(after.gift, actor.id, now) : MESSAGES[after.state];
    return { ok: false, message: message ?? MESSAGES.redeemed };
  }
}

async function startGiftSubscription(
  tx: TransactionClient,
  gift: FoundGift,
  userId: string,
  now: Date,
): Promise<string> {
  const subscription = await tx.subscription.create({
    data: {
      userId,
      planId: gift.planId,
      provider: "gift",
      status: "ACTIVE",
      complimentary: true,
      priceAmount: 0,
      currency: gift.currency,
      currentPeriodStart: now,
      currentPeriodEnd: addMonths(now, gift.months),
      cancelAtPeriodEnd: true,
    },
    select: { id: true },
  });
  await tx.gift.update({ where: { id: gift.id }, data: { subscriptionId: subscription.id } });
  await recordSubscriptionEvent(
    tx,
    subscription.id,
    "gift.redeemed",
    `Gift from ${gift.buyerName}: ${gift.plan.name} for ${gift.months} months, until ${formatLongDate(addMonths(now, gift.months))}; does not renew.`,
    userId,
  );
  if (gift.plan.includesPrint && gift.printAddress) {
    const address = AddressSchema.safeParse(safeJson(gift.printAddress));
    // The recipient's own address, if they already gave one, is the one to mail to.
    if (address.success)
      await tx.address.upsert({
        where: { userId },
        create: { userId, ...address.data },
        update: {},
      });
  }
  return subscription.id;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
