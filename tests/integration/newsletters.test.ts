import { beforeEach, describe, expect, it, vi } from "vitest";
import { changeStatus, publishDueArticles } from "@/lib/articles/newsroom";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { issueMailingSummary } from "@/lib/newsletters/article-mailing";
import { updateNewsletters, newsletterChoices, NEW_ISSUE } from "@/lib/newsletters/newsletters";
import { queueNextRecipients } from "@/lib/newsletters/queue-recipients";
import { sendDueDeliveries } from "@/lib/newsletters/send-deliveries";
import { describeUnsubscribe, unsubscribe } from "@/lib/newsletters/unsubscribe";
import { readUnsubscribeToken, unsubscribeToken } from "@/lib/newsletters/unsubscribe-token";
import { saveIssue } from "@/lib/issues/manage-issues";
import { signUp } from "@/lib/users/sign-up";
import { createUser } from "./account-helpers";
import { createArticle } from "../factories";
import { clearMailings, mailedArticle, newsletterId, recorder } from "./newsletters-helpers";
import { draftBy, newsroomUser } from "./newsroom-helpers";
import { subscriber } from "./paywall-files-helpers";

vi.hoisted(() => {
  process.env.NEXTAUTH_SECRET = "newsletter-content-test-secret-0123456789";
});

async function join(userId: string, slug?: string) {
  await db.newsletterSubscription.create({
    data: { userId, newsletterId: await newsletterId(slug) },
  });
}

/** Queues and sends everything due, returning what each address received. */
async function sendAll(now = new Date()) {
  const transport = recorder();
  while ((await queueNextRecipients(db, { now })) > 0);
  await sendDueDeliveries(db, { now, send: transport.send, limit: 1000 });
  return transport;
}

beforeEach(async () => {
  await clearMailings();
});

describe("newsletter emails", () => {
  it("gives subscribers the whole article and others only the teaser, escaped, with unsubscribe headers", async () => {
    const member = await createUser();
    const paying = await subscriber();
    await join(member.id);
    await join(paying.id);
    await mailedArticle({
      title: `Harbour <script>alert("x")</script> & "quotes"`,
      dek: "The dek <b>here</b>",
      visibility: "SUBSCRIBERS",
      markdown: "First paragraph opens.\n\nSecond paragraph follows.\n\nThird paragraph is paid.",
    });
    const { sent } = await sendAll();
    expect(sent).toHaveLength(2);
    const toMember = sent.find((e) => e.to === member.email)!;
    const toPaying = sent.find((e) => e.to === paying.email)!;

    for (const email of [toMember, toPaying]) {
      expect(email.html).toContain("Harbour &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
      expect(email.html).not.toContain("<script>");
      expect(email.html).toContain("The dek &lt;b&gt;here&lt;/b&gt;");
      expect(email.text).toContain("First paragraph opens.");
      expect(email.headers?.["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
      expect(email.headers?.["List-Unsubscribe"]).toMatch(
        /^<http:\/\/[^>]+\/api\/newsletters\/unsubscribe\?token=[^>]+>$/,
      );
    }
    expect(toMember.text).not.toContain("Third paragraph is paid.");
    expect(toMember.html).not.toContain("Third paragraph is paid.");
    expect(toMember.text).toContain("This article is for subscribers.");
    expect(toPaying.text).toContain("Third paragraph is paid.");
    expect(toPaying.html).toContain("Third paragraph is paid.");
  });

  it("sends a subscribers-only mailing to subscribers only", async () => {
    const member = await createUser();
    const paying = await subscriber();
    await join(member.id);
    await join(paying.id);
    const { mailingId } = await mailedArticle({ audience: "SUBSCRIBERS" });
    const { sent } = await sendAll();
    expect(sent.map((e) => e.to)).toEqual([paying.email]);
    expect(await db.mailingDelivery.count({ where: { mailingId } })).toBe(1);
  });
});

describe("the editor's choice", () => {
  it("publishing with an email choice queues one mailing; a scheduled one waits for publication", async () => {
    const editor = await newsroomUser("EDITOR");
    const reader = await createUser();
    await join(reader.id);

    const now = await draftBy(editor);
    await changeStatus(db, editor, now.id, { to: "PUBLISHED", email: "EVERYONE" });
    expect((await sendAll()).sent.map((e) => e.to)).toEqual([reader.email]);
    // Published again after unpublishing: never mailed twice.
    await changeStatus(db, editor, now.id, { to: "DRAFT" });
    await changeStatus(db, editor, now.id, { to: "PUBLISHED", email: "EVERYONE" });
    expect((await sendAll()).sent).toHaveLength(0);

    const later = await draftBy(editor);
    const at = new Date(Date.now() + 60_000);
    await changeStatus(db, editor, later.id, { to: "SCHEDULED", at, email: "EVERYONE" });
    expect((await sendAll()).sent).toHaveLength(0);
    await publishDueArticles(db, new Date(at.getTime() + 1000));
    expect((await sendAll(new Date(at.getTime() + 2000))).sent.map((e) => e.to)).toEqual([
      reader.email,
    ]);
  });

  it("unscheduling withdraws the email; a writer cannot email", async () => {
    const editor = await newsroomUser("EDITOR");
    const writer = await newsroomUser("WRITER");
    const draft = await draftBy(editor);
    await changeStatus(db, editor, draft.id, {
      to: "SCHEDULED",
      at: new Date(Date.now() + 60_000),
      email: "SUBSCRIBERS",
    });
    expect(await db.mailing.count({ where: { articleId: draft.id } })).toBe(1);
    await changeStatus(db, editor, draft.id, { to: "DRAFT" });
    expect(await db.mailing.count({ where: { articleId: draft.id } })).toBe(0);

    const own = await draftBy(writer);
    await expect(
      changeStatus(db, writer, own.id, { to: "PUBLISHED", email: "EVERYONE" }),
    ).rejects.toBeInstanceOf(AppError);
    expect(await db.mailing.count({ where: { articleId: own.id } })).toBe(0);
  });
});

describe("unsubscribing", () => {
  it("works with the signed token only, and drops what was still waiting to be sent", async () => {
    const reader = await createUser();
    await join(reader.id);
    const id = await newsletterId();
    const { mailingId } = await mailedArticle();
    await queueNextRecipients(db);
    const token = unsubscribeToken(reader.id, id);

    expect(readUnsubscribeToken(`${reader.id}.${id}.AAAA`)).toBeNull();
    expect(readUnsubscribeToken(token.slice(0, -2))).toBeNull();
    expect(await describeUnsubscribe(db, "garbage")).toBeNull();
    expect(await describeUnsubscribe(db, token)).toMatchObject({
      newsletterName: "New articles",
      email: reader.email,
      subscribed: true,
    });

    expect(await unsubscribe(db, `${reader.id}.${id}.forged`)).toEqual({ ok: false });
    expect(await unsubscribe(db, token)).toEqual({ ok: true, newsletterName: "New articles" });
    expect(await unsubscribe(db, token)).toEqual({ ok: true, newsletterName: "New articles" });
    expect(await describeUnsubscribe(db, token)).toMatchObject({ subscribed: false });
    expect(await db.mailingDelivery.count({ where: { mailingId } })).toBe(0);
  });
});

describe("choosing newsletters", () => {
  it("at sign-up and on the account page, refusing a newsletter that does not exist", async () => {
    await newsletterId();
    const email = `signup-${Date.now()}@example.com`;
    const base = { name: "New Reader", email, password: "violet-harbour-lantern-9" };
    const refused = await signUp(db, {
      ...base,
      confirmPassword: base.password,
      newsletters: ["no-such-letter"],
    });
    expect(refused).toMatchObject({ ok: false, errors: { newsletters: expect.any(String) } });
    // Refused as a whole: no account was made either.
    expect(await db.user.count({ where: { email } })).toBe(0);

    const made = await signUp(db, {
      ...base,
      confirmPassword: base.password,
      newsletters: [NEW_ISSUE],
    });
    if (!made.ok) throw new Error(JSON.stringify(made.errors));
    const actor = { id: made.userId, role: "READER" as const };
    const subscribed = async () =>
      (await newsletterChoices(db, made.userId)).filter((c) => c.subscribed).map((c) => c.slug);
    expect(await subscribed()).toEqual([NEW_ISSUE]);

    expect(await updateNewsletters(db, actor, { newsletters: ["new-articles"] })).toMatchObject({
      ok: true,
    });
    expect(await subscribed()).toEqual(["new-articles"]);
    expect(await updateNewsletters(db, actor, { newsletters: ["nope"] })).toMatchObject({
      ok: false,
    });
    expect(await subscribed()).toEqual(["new-articles"]);
    expect(await updateNewsletters(db, actor, { newsletters: "x" })).toMatchObject({ ok: false });
    expect(await updateNewsletters(db, actor, { newsletters: [] })).toMatchObject({ ok: true });
    expect(await subscribed()).toEqual([]);
    await expect(updateNewsletters(db, null, { newsletters: [] })).rejects.toBeInstanceOf(AppError);
  });
});

describe("a new issue's contents", () => {
  it("is emailed once to readers of “The new issue”, when the issue is shown on the site", async () => {
    const editor = await newsroomUser("EDITOR");
    const reader = await createUser();
    await join(reader.id, NEW_ISSUE);
    const values = {
      title: "Winter <Issue>",
      slug: "",
      volume: 7,
      number: 3,
      publishedOn: "2026-12-01",
      description: "Storms and harbours.",
      published: false,
    };
    const saved = await saveIssue(db, editor, { values, emailContents: true });
    if (!saved.ok) throw new Error(JSON.stringify(saved.errors));
    await createArticle({ title: "The Harbour Master", dek: "A life at sea", issueId: saved.id });
    expect((await sendAll()).sent).toHaveLength(0);
    expect(await issueMailingSummary(db, saved.id)).toMatchObject({
      status: "QUEUED",
      sent: 0,
      failed: 0,
      waiting: 0,
    });

    await saveIssue(db, editor, {
      id: saved.id,
      values: { ...values, published: true },
      emailContents: true,
    });
    const { sent } = await sendAll();
    expect(sent.map((e) => [e.to, e.subject])).toEqual([
      [reader.email, "The new issue: Winter <Issue>"],
    ]);
    expect(sent[0]!.text).toContain("The Harbour Master");
    expect(sent[0]!.html).toContain("Winter &lt;Issue&gt;");
    expect(await db.mailing.count({ where: { issueId: saved.id } })).toBe(1);
    // What the issue's editor page shows.
    expect(await issueMailingSummary(db, saved.id)).toMatchObject({
      sent: 1,
      failed: 0,
      waiting: 0,
    });
    const writer = await newsroomUser("WRITER");
    await expect(
      saveIssue(db, writer, { id: saved.id, values, emailContents: true }),
    ).rejects.toBeInstanceOf(AppError);
  });
});
