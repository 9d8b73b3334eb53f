import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { articleMailingSummary, withdrawArticleMailingTx } from "@/lib/newsletters/article-mailing";
import { NEW_ISSUE, setNewslettersTx } from "@/lib/newsletters/newsletters";
import { queueNextRecipients } from "@/lib/newsletters/queue-recipients";
import { runNewsletters } from "@/lib/newsletters/run-newsletters";
import {
  finishMailings,
  LEASE_MS,
  MAX_ATTEMPTS,
  retryDelayMs,
  sendDueDeliveries,
} from "@/lib/newsletters/send-deliveries";
import {
  clearMailings,
  mailedArticle,
  members,
  newsletterId,
  recorder,
} from "./newsletters-helpers";

// Unsubscribe links are signed with it; lib/env.ts reads it once, at first import.
vi.hoisted(() => {
  process.env.NEXTAUTH_SECRET = "newsletter-queue-test-secret-0123456789";
});

const deliveries = (mailingId: string) =>
  db.mailingDelivery.findMany({
    where: { mailingId },
    select: { userId: true, status: true, attempts: true, nextAttemptAt: true, lastError: true },
    orderBy: { userId: "asc" },
  });
const mailingRow = (id: string) =>
  db.mailing.findUniqueOrThrow({ where: { id }, select: { status: true, queuedThrough: true } });

beforeEach(async () => {
  await clearMailings();
  vi.spyOn(console, "error").mockImplementation(() => {});
});

describe("newsletter queue: batching", () => {
  it("queues recipients in keyset batches, in user id order, and starts sending after the last", async () => {
    const ids = await members(1_200);
    const { mailingId } = await mailedArticle();

    expect(await queueNextRecipients(db, { batchSize: 500 })).toBe(500);
    expect(await mailingRow(mailingId)).toEqual({ status: "QUEUED", queuedThrough: ids[499] });
    expect(await queueNextRecipients(db, { batchSize: 500 })).toBe(500);
    expect((await mailingRow(mailingId)).queuedThrough).toBe(ids[999]);
    expect(await queueNextRecipients(db, { batchSize: 500 })).toBe(200);
    expect(await mailingRow(mailingId)).toEqual({ status: "SENDING", queuedThrough: ids[1199] });
    // Nothing left to queue: a further step does nothing.
    expect(await queueNextRecipients(db, { batchSize: 500 })).toBe(0);
    expect((await deliveries(mailingId)).map((d) => d.userId)).toEqual(ids);

    // Sending goes in batches of `limit`, each email once.
    const transport = recorder();
    expect(await sendDueDeliveries(db, { limit: 100, send: transport.send })).toEqual({
      sent: 100,
      failed: 0,
      retrying: 0,
    });
    expect(transport.sent).toHaveLength(100);
    expect(await finishMailings(db)).toBe(0);
  });

  it("skips disabled and deleted accounts, and waits while the article is not published", async () => {
    const ids = await members(3);
    await db.user.update({ where: { id: ids[1]! }, data: { disabledAt: new Date() } });
    const { mailingId, articleId } = await mailedArticle();
    await db.article.update({
      where: { id: articleId },
      data: { status: "SCHEDULED", scheduledAt: new Date(Date.now() + 60_000) },
    });
    expect(await queueNextRecipients(db)).toBe(0);
    expect((await mailingRow(mailingId)).queuedThrough).toBeNull();

    await db.article.update({ where: { id: articleId }, data: { status: "PUBLISHED" } });
    expect(await queueNextRecipients(db)).toBe(2);
    expect((await deliveries(mailingId)).map((d) => d.userId)).toEqual([ids[0], ids[2]]);
  });
});

describe("newsletter queue: retry", () => {
  it("retries a failed send after a growing delay, then gives up and counts it as failed", async () => {
    const [flaky, broken, fine] = await members(3);
    const { mailingId, articleId } = await mailedArticle();
    await queueNextRecipients(db);
    let flakyFailures = 0;
    const transport = recorder();
    const send = async (email: Parameters<typeof transport.send>[0]) => {
      if (email.to.startsWith(broken!)) throw new Error("550 mailbox unavailable");
      if (email.to.startsWith(flaky!) && flakyFailures++ < 2) throw new Error("421 try again");
      await transport.send(email);
    };

    let now = new Date();
    expect(await sendDueDeliveries(db, { now, send })).toEqual({ sent: 1, failed: 0, retrying: 2 });
    const afterFirst = await deliveries(mailingId);
    expect(afterFirst.find((d) => d.userId === flaky)).toMatchObject({
      status: "PENDING",
      attempts: 1,
      lastError: "421 try again",
    });
    expect(afterFirst.find((d) => d.userId === fine)?.status).toBe("SENT");
    // Not due again yet: nothing is sent.
    expect(await sendDueDeliveries(db, { now, send })).toEqual({ sent: 0, failed: 0, retrying: 0 });

    for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt++) {
      now = new Date(now.getTime() + retryDelayMs(attempt) + 1);
      await sendDueDeliveries(db, { now, send });
    }
    const final = await deliveries(mailingId);
    expect(final.find((d) => d.userId === flaky)).toMatchObject({ status: "SENT", attempts: 3 });
    expect(final.find((d) => d.userId === broken)).toMatchObject({
      status: "FAILED",
      attempts: MAX_ATTEMPTS,
      lastError: "550 mailbox unavailable",
    });
    expect(transport.countsByRecipient()).toEqual(
      new Map([
        [`${fine}@example.com`, 1],
        [`${flaky}@example.com`, 1],
      ]),
    );

    expect(await finishMailings(db, now)).toBe(1);
    expect(await articleMailingSummary(db, articleId)).toMatchObject({
      status: "DONE",
      sent: 2,
      failed: 1,
      waiting: 0,
    });
  });
});

describe("newsletter queue: restart", () => {
  it("resumes after a crash mid-batch: the sent are not sent again, the claimed wait for their lease", async () => {
    const ids = await members(50);
    const { mailingId } = await mailedArticle();
    await queueNextRecipients(db);
    const now = new Date();

    // A sender that dies after 20 emails: the 21st never returns, as when the process stops.
    const before = recorder();
    void sendDueDeliveries(db, {
      now,
      limit: 50,
      send: (email) =>
        before.sent.length < 20 ? before.send(email) : new Promise<void>(() => undefined),
    });
    await vi.waitFor(async () => {
      const sent = await db.mailingDelivery.count({ where: { mailingId, status: "SENT" } });
      expect(sent).toBe(20);
    });

    // The restarted server: its claims are leased, so nothing goes out at once…
    const after = recorder();
    expect(await sendDueDeliveries(db, { now, limit: 100, send: after.send })).toMatchObject({
      sent: 0,
    });
    // …and once the lease has run out, everyone not yet sent gets exactly one email.
    const later = new Date(now.getTime() + LEASE_MS + 1);
    expect(await sendDueDeliveries(db, { now: later, limit: 100, send: after.send })).toMatchObject(
      { sent: 30 },
    );
    const everyone = [...before.sent, ...after.sent].map((e) => e.to).sort();
    expect(everyone).toEqual(ids.map((id) => `${id}@example.com`));
    expect(await finishMailings(db, later)).toBe(1);
  });

  it("two schedulers at once neither queue nor send anyone twice", async () => {
    const ids = await members(1_000);
    const { mailingId } = await mailedArticle();
    while ((await mailingRow(mailingId)).status === "QUEUED")
      await Promise.all([
        queueNextRecipients(db, { batchSize: 300 }),
        queueNextRecipients(db, { batchSize: 300 }),
      ]);
    expect(await db.mailingDelivery.count({ where: { mailingId } })).toBe(1_000);

    const transport = recorder();
    for (let round = 0; round < 10; round++)
      await Promise.all([
        sendDueDeliveries(db, { limit: 150, send: transport.send }),
        sendDueDeliveries(db, { limit: 150, send: transport.send }),
      ]);
    expect(transport.sent).toHaveLength(1_000);
    expect(new Set(transport.sent.map((e) => e.to)).size).toBe(ids.length);
  }, 60_000);
});

describe("newsletter queue: 10,000 recipients", () => {
  it("sends each of 10,000 readers exactly one email, through the scheduler's step", async () => {
    const ids = await members(10_000);
    const { mailingId, articleId } = await mailedArticle();
    const transport = recorder();
    for (let tick = 0; tick < 200; tick++) {
      await runNewsletters(db, { send: transport.send, limit: 1_000 });
      if ((await mailingRow(mailingId)).status === "DONE") break;
    }
    expect(await mailingRow(mailingId)).toMatchObject({ status: "DONE" });
    const counts = transport.countsByRecipient();
    expect(counts.size).toBe(10_000);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    expect(ids.every((id) => counts.has(`${id}@example.com`))).toBe(true);
    expect(await articleMailingSummary(db, articleId)).toMatchObject({
      sent: 10_000,
      failed: 0,
      waiting: 0,
    });
  }, 240_000);
});

describe("newsletter queue: stopping", () => {
  it("stops a reader's waiting emails when they untick the newsletter on /account", async () => {
    const ids = await members(3);
    const { mailingId } = await mailedArticle();
    expect(await queueNextRecipients(db)).toBe(3);
    await db.$transaction((tx) => setNewslettersTx(tx, ids[0]!, []));
    const transport = recorder();
    await sendDueDeliveries(db, { send: transport.send });
    expect(transport.sent.map((email) => email.to).sort()).toEqual(
      [ids[1], ids[2]].map((id) => `${id}@example.com`),
    );
    expect((await deliveries(mailingId)).map((d) => d.userId)).toEqual([ids[1], ids[2]]);
  });

  it("closes a mailing whose article is taken down after queueing started, failing what was left", async () => {
    await members(3);
    const { mailingId, articleId } = await mailedArticle();
    expect(await queueNextRecipients(db, { batchSize: 2 })).toBe(2);
    await db.$transaction(async (tx) => {
      await tx.article.update({ where: { id: articleId }, data: { status: "DRAFT" } });
      await withdrawArticleMailingTx(tx, articleId);
    });
    const transport = recorder();
    expect(await sendDueDeliveries(db, { send: transport.send })).toMatchObject({
      sent: 0,
      failed: 2,
    });
    expect(transport.sent).toHaveLength(0);
    expect(await finishMailings(db)).toBe(1);
    expect((await mailingRow(mailingId)).status).toBe("DONE");
    expect(await articleMailingSummary(db, articleId)).toMatchObject({ failed: 2, waiting: 0 });
  });

  it("waits for an issue's date before emailing its contents", async () => {
    await members(2, NEW_ISSUE);
    const issue = await db.magazineIssue.create({
      data: {
        slug: `future-${Date.now()}`,
        title: "Next Month",
        volume: 99,
        number: Math.floor(Math.random() * 1e6),
        publishedOn: new Date(Date.now() + 86_400_000),
        published: true,
      },
    });
    await db.mailing.create({
      data: {
        newsletterId: await newsletterId(NEW_ISSUE),
        issueId: issue.id,
        audience: "EVERYONE",
        subject: "The new issue: Next Month",
      },
    });
    expect(await queueNextRecipients(db)).toBe(0);
    expect(await queueNextRecipients(db, { now: new Date(Date.now() + 2 * 86_400_000) })).toBe(2);
  });
});
