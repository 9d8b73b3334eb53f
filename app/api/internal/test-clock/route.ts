import { z } from "zod";
import { db } from "@/lib/db";
import { deliverDueGifts } from "@/lib/gifts/deliver-gifts";
import { advanceGiftClock } from "@/lib/gifts/gift-test-clock";
import { jsonResponse } from "@/lib/http/json-responses";
import { renewDueSubscriptions } from "@/lib/subscriptions/renewals";
import { advanceReaderClock, testClockEnabled } from "@/lib/subscriptions/test-clock";

const Body = z.object({
  email: z.email(),
  days: z.number().positive().max(3660),
});

/**
 * Browser tests move one reader's billing (and the gifts from or to that address) forward
 * in time, then the billing and gift delivery steps run at once (as the next tick would).
 * Absent unless ENABLE_TEST_CLOCK=true.
 */
export async function POST(request: Request) {
  if (!testClockEnabled()) return jsonResponse({ ok: false, error: "Not found." }, 404);
  const parsed = Body.safeParse(await request.json().catch(() => null));
  if (!parsed.success)
    return jsonResponse(
      { ok: false, error: "Send { email, days } with days between 0 and 3660." },
      422,
    );
  const { email, days } = parsed.data;
  // Gifts move with their buyer or recipient, who may not have an account yet.
  const { moved, hasAccount } = await advanceGiftClock(db, email, days * 86_400_000);
  if (!hasAccount && moved === 0)
    return jsonResponse({ ok: false, error: "No reader or gift with that email." }, 404);
  if (hasAccount) await advanceReaderClock(db, email, days * 86_400_000);
  const billing = await renewDueSubscriptions(db);
  const gifts = await deliverDueGifts(db);
  return jsonResponse({ ok: true, billing, gifts });
}
