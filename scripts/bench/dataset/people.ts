import type { Client } from "@libsql/client";
import { DEFAULT_PLANS } from "../../../lib/subscriptions/default-plans";
import { periodEnd } from "../../../lib/subscriptions/billing-period";
import { bulkInsert, sqlDate, type Row } from "./bulk-insert";
import { FIRST_NAMES, LAST_NAMES } from "./names";
import type { Random } from "./random";

/**
 * The business side of the dataset: plans (the app's own DEFAULT_PLANS), the bench's
 * admin, subscriber and reader accounts, readers, and subscriptions with the payment
 * history their age implies (a monthly subscriber of two years has 24 payments), plus the
 * timeline events, print addresses and house ads that go with them.
 */

export type PeopleSizes = { readers: number; subscriptions: number };

export type BenchAccounts = {
  admin: { email: string; password: string };
  subscriber: { email: string; password: string };
  /** Never subscribed: gets the public edition (teaser, ads), as anonymous visitors do. */
  reader: { email: string; password: string };
};

const DAY = 86_400_000;
const CHUNK = 5_000;
// Subscriptions started within the last three years, so a monthly one has at most 36
// payments: payment rows grow with subscriptions, not with an arbitrary history length.
const HISTORY_DAYS = 3 * 365;

// prettier-ignore
const USER_COLUMNS = [
  "id", "email", "name", "passwordHash", "role", "disabledAt", "createdAt", "updatedAt",
] as const;
// prettier-ignore
const SUBSCRIPTION_COLUMNS = [
  "id", "userId", "planId", "provider", "providerSubscriptionId", "status", "complimentary",
  "priceAmount", "currency", "currentPeriodStart", "currentPeriodEnd", "cancelAtPeriodEnd",
  "canceledAt", "endedAt", "firstPaidAt", "createdAt", "updatedAt",
] as const;
// prettier-ignore
const PAYMENT_COLUMNS = [
  "id", "subscriptionId", "userId", "amount", "currency", "status", "providerPaymentId",
  "description", "periodStart", "periodEnd", "cardLast4", "failureMessage", "createdAt",
] as const;
const EVENT_COLUMNS = ["id", "subscriptionId", "kind", "detail", "createdAt"] as const;
const ADDRESS_COLUMNS = [
  "id",
  "userId",
  "name",
  "line1",
  "city",
  "region",
  "postalCode",
  "country",
  "updatedAt",
] as const;

type Plan = { id: string; name: string; interval: "MONTH" | "YEAR"; price: number; print: boolean };

export async function writePeople(
  client: Client,
  random: Random,
  sizes: PeopleSizes,
  options: {
    now: Date;
    accounts: BenchAccounts;
    /** argon2id hashes: the bench accounts' password, and one shared by every reader. */
    hashes: { bench: string; reader: string };
    onProgress: (label: string, done: number) => void;
  },
) {
  const { now, accounts, hashes } = options;
  if (sizes.subscriptions > sizes.readers)
    throw new Error("--subscriptions cannot exceed --readers (one subscription per reader)");
  let sequence = 0;
  const id = () => random.id(sequence++);
  const iso = (ms: number) => sqlDate(new Date(ms));
  const nowIso = sqlDate(now);

  const plans: Plan[] = DEFAULT_PLANS.map((plan) => ({
    id: id(),
    name: plan.name,
    interval: plan.interval,
    price: plan.priceAmount,
    print: plan.includesPrint,
  }));
  await bulkInsert(
    client,
    "Plan",
    [
      "id",
      "slug",
      "name",
      "description",
      "interval",
      "priceAmount",
      "currency",
      "includesPrint",
      "features",
      "position",
      "createdAt",
      "updatedAt",
    ],
    DEFAULT_PLANS.map((plan, position) => [
      plans[position]!.id,
      plan.slug,
      plan.name,
      plan.description,
      plan.interval,
      plan.priceAmount,
      "usd",
      plan.includesPrint ? 1 : 0,
      JSON.stringify(plan.features),
      position,
      nowIso,
      nowIso,
    ]),
  );
  const [monthly, yearly, print] = plans as [Plan, Plan, Plan];

  // The bench's sign-ins: an admin and a reader with an active yearly subscription (the
  // reader who never subscribed is written last, see the end of this function).
  const adminId = id();
  const subscriberId = id();
  const started = now.getTime() - 90 * DAY;
  await bulkInsert(client, "User", USER_COLUMNS, [
    [adminId, accounts.admin.email, "Bench Admin", hashes.bench, "ADMIN", null, nowIso, nowIso],
    [
      subscriberId,
      accounts.subscriber.email,
      "Bench Subscriber",
      hashes.bench,
      "READER",
      null,
      iso(started),
      nowIso,
    ],
  ]);
  const benchSubscription = id();
  await bulkInsert(client, "Subscription", SUBSCRIPTION_COLUMNS, [
    [
      benchSubscription,
      subscriberId,
      yearly.id,
      "demo",
      "demo_sub_bench",
      "ACTIVE",
      0,
      yearly.price,
      "usd",
      iso(started),
      sqlDate(periodEnd(new Date(started), "YEAR")),
      0,
      null,
      null,
      iso(started),
      iso(started),
      nowIso,
    ],
  ]);
  await bulkInsert(client, "Payment", PAYMENT_COLUMNS, [
    [
      id(),
      benchSubscription,
      subscriberId,
      yearly.price,
      "usd",
      "PAID",
      "demo_pay_bench",
      `${yearly.name}, one year`,
      iso(started),
      sqlDate(periodEnd(new Date(started), "YEAR")),
      "4242",
      null,
      iso(started),
    ],
  ]);

  // Readers joined over five years, oldest first; subscribers are spread evenly among them.
  const joinSpan = 5 * 365 * DAY;
  const subscriberEvery = sizes.subscriptions > 0 ? sizes.readers / sizes.subscriptions : Infinity;
  let subscriptionNumber = 0;
  let paymentNumber = 0;
  for (let start = 0; start < sizes.readers; start += CHUNK) {
    const users: Row[] = [];
    const subscriptions: Row[] = [];
    const payments: Row[] = [];
    const events: Row[] = [];
    const addresses: Row[] = [];
    for (let i = start; i < Math.min(sizes.readers, start + CHUNK); i += 1) {
      const first = random.pick(FIRST_NAMES);
      const last = random.pick(LAST_NAMES);
      const userId = id();
      const joined = now.getTime() - joinSpan + (i / sizes.readers) * (joinSpan - DAY);
      users.push([
        userId,
        `${first}.${last}.${i}@readers.example`.toLowerCase(),
        `${first} ${last}`,
        hashes.reader,
        "READER",
        random.chance(0.005) ? iso(joined + DAY) : null,
        iso(joined),
        iso(joined),
      ]);
      if (Math.floor(subscriptionNumber * subscriberEvery) !== i) continue;
      subscriptionNumber += 1;

      const plan = random.chance(0.5) ? monthly : random.chance(0.7) ? yearly : print;
      const begin = Math.max(joined, now.getTime() - random.int(1, HISTORY_DAYS) * DAY);
      const subscriptionId = id();
      const complimentary = random.chance(0.02);
      const roll = random.next();
      // Most renew; some cancelled long ago, some are set to end, some failed to renew.
      const status =
        roll < 0.76
          ? "ACTIVE"
          : roll < 0.9
            ? "CANCELED"
            : roll < 0.95
              ? "ACTIVE_ENDING"
              : "PAST_DUE";
      let periodStart = begin;
      let end = periodEnd(new Date(begin), plan.interval).getTime();
      const stopAfter = status === "CANCELED" ? random.int(1, 6) : Infinity;
      const periods: [number, number][] = [[periodStart, end]];
      while (end <= now.getTime() && periods.length < stopAfter) {
        periodStart = end;
        end = periodEnd(new Date(periodStart), plan.interval).getTime();
        periods.push([periodStart, end]);
      }
      const [lastStart, lastEnd] = periods.at(-1)!;
      const endedAt = status === "CANCELED" ? Math.min(lastEnd, now.getTime() - DAY) : null;
      subscriptions.push([
        subscriptionId,
        userId,
        plan.id,
        complimentary ? "complimentary" : "demo",
        `demo_sub_b${subscriptionNumber}`,
        status === "ACTIVE_ENDING" ? "ACTIVE" : status,
        complimentary ? 1 : 0,
        complimentary ? 0 : plan.price,
        "usd",
        iso(lastStart),
        iso(lastEnd),
        status === "ACTIVE_ENDING" ? 1 : 0,
        status === "CANCELED" || status === "ACTIVE_ENDING"
          ? iso(Math.min(lastEnd, now.getTime()) - DAY)
          : null,
        endedAt === null ? null : iso(endedAt),
        complimentary ? null : iso(begin),
        iso(begin),
        nowIso,
      ]);
      events.push([
        id(),
        subscriptionId,
        "checkout.completed",
        `Subscribed to ${plan.name}.`,
        iso(begin),
      ]);
      if (endedAt !== null)
        events.push([
          id(),
          subscriptionId,
          "subscription.canceled",
          "Canceled by the reader.",
          iso(endedAt),
        ]);
      if (!complimentary)
        periods.forEach(([from, to], k) => {
          const failed = status === "PAST_DUE" && k === periods.length - 1 && k > 0;
          paymentNumber += 1;
          payments.push([
            id(),
            subscriptionId,
            userId,
            plan.price,
            "usd",
            failed ? "FAILED" : "PAID",
            `demo_pay_b${paymentNumber}`,
            `${plan.name}, ${plan.interval === "YEAR" ? "one year" : "one month"}`,
            iso(from),
            iso(to),
            "4242",
            failed ? "Your card has insufficient funds." : null,
            iso(from),
          ]);
        });
      if (plan.print)
        addresses.push([
          id(),
          userId,
          `${first} ${last}`,
          `${random.int(1, 999)} ${random.pick(LAST_NAMES)} Street`,
          `${random.pick(LAST_NAMES)}ville`,
          "",
          String(random.int(10000, 99999)),
          "US",
          nowIso,
        ]);
    }
    await bulkInsert(client, "User", USER_COLUMNS, users);
    await bulkInsert(client, "Subscription", SUBSCRIPTION_COLUMNS, subscriptions);
    await bulkInsert(client, "Payment", PAYMENT_COLUMNS, payments);
    await bulkInsert(client, "SubscriptionEvent", EVENT_COLUMNS, events);
    await bulkInsert(client, "Address", ADDRESS_COLUMNS, addresses);
    options.onProgress("readers", Math.min(sizes.readers, start + CHUNK));
  }

  // Readers without a subscription see house ads; the pages should render them as usual.
  await bulkInsert(
    client,
    "HouseAd",
    ["id", "name", "headline", "body", "linkUrl", "linkLabel", "placement", "active", "createdAt"],
    [
      [
        id(),
        "Archive",
        "Every issue, cover to cover",
        "Every volume, searchable.",
        "/issues",
        "Browse the archive",
        "FRONT_PAGE",
        1,
        nowIso,
      ],
      [
        id(),
        "No ads",
        "Read without ads.",
        "A subscription removes ads.",
        "/subscribe",
        "See the plans",
        "FRONT_PAGE",
        1,
        nowIso,
      ],
      [
        id(),
        "Audio",
        "Prefer to listen?",
        "Subscribers can have any article read aloud.",
        "/subscribe",
        "Subscribe to listen",
        "ARTICLE",
        1,
        nowIso,
      ],
    ],
  );
  // The third sign-in: a reader without a subscription (no Subscription row at all, like
  // most readers). Written last because every id draws from the seeded generator: created
  // earlier, it would shift every later name and plan, and datasets of the same seed from
  // before this account existed would no longer match row for row.
  await bulkInsert(client, "User", USER_COLUMNS, [
    [
      id(),
      accounts.reader.email,
      "Bench Reader",
      hashes.bench,
      "READER",
      null,
      iso(started),
      nowIso,
    ],
  ]);
  return { subscriptions: subscriptionNumber + 1, payments: paymentNumber + 1 };
}
