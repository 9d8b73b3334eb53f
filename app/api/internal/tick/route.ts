import { timingSafeEqual } from "node:crypto";
import { publishDueArticles } from "@/lib/articles/newsroom";
import { revalidateSite } from "@/lib/articles/revalidate-site";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { jsonResponse } from "@/lib/http/json-responses";
import { renewDueSubscriptions } from "@/lib/subscriptions/renewals";

function authorized(request: Request): boolean {
  const secret = env.SCHEDULER_SECRET;
  const given = request.headers.get("authorization")?.replace(/^Bearer /, "") ?? "";
  if (!secret || given.length !== secret.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(secret));
}

/**
 * The scheduler's heartbeat: publishes articles whose time has come, and renews or ends
 * the subscriptions billed here (demo and complimentary) whose period is over. `npm start` calls it
 * every few seconds (scripts/scheduler.mjs); any cron can call it instead. It runs in a
 * route handler so that refreshing the page cache works as it does for a person's action.
 */
export async function POST(request: Request) {
  if (!authorized(request)) return jsonResponse({ ok: false, error: "Not allowed." }, 401);
  const published = await publishDueArticles(db);
  if (published.length > 0) revalidateSite();
  const billing = await renewDueSubscriptions(db);
  return jsonResponse({ ok: true, published, billing });
}
