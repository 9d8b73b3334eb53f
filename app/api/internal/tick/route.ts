import { publishDueArticles } from "@/lib/articles/newsroom";
import { revalidateSite } from "@/lib/articles/revalidate-site";
import { sameBytes } from "@/lib/auth/signed-values";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { deliverDueGifts } from "@/lib/gifts/deliver-gifts";
import { jsonResponse } from "@/lib/http/json-responses";
import { runNewsletters } from "@/lib/newsletters/run-newsletters";
import { renewDueSubscriptions } from "@/lib/subscriptions/renewals";

function authorized(request: Request): boolean {
  const secret = env.SCHEDULER_SECRET;
  const given = request.headers.get("authorization")?.replace(/^Bearer /, "") ?? "";
  // Compared as bytes: a token of as many characters but more bytes is simply wrong.
  return Boolean(secret) && sameBytes(Buffer.from(given), Buffer.from(secret!));
}

/**
 * The scheduler's heartbeat: publishes articles whose time has come, renews or ends the
 * subscriptions billed here (demo and complimentary) whose period is over, and emails the
 * gifts whose delivery date has come (lib/gifts/deliver-gifts.ts). `npm start` calls it
 * every few seconds (scripts/scheduler.mjs); any cron can call it instead. It runs in a
 * route handler so that refreshing the page cache works as it does for a person's action.
 */
export async function POST(request: Request) {
  if (!authorized(request)) return jsonResponse({ ok: false, error: "Not allowed." }, 401);
  const published = await publishDueArticles(db);
  if (published.length > 0) revalidateSite();
  const billing = await renewDueSubscriptions(db);
  const gifts = await deliverDueGifts(db).catch((error: unknown) => {
    console.error("[scheduler] gifts:", error);
    return null;
  });
  // Last, so a slow or failing mail server never holds back publishing or billing.
  const newsletters = await runNewsletters(db).catch((error: unknown) => {
    console.error("[scheduler] newsletters:", error);
    return null;
  });
  return jsonResponse({ ok: true, published, billing, gifts, newsletters });
}
