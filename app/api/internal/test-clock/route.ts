import { z } from "zod";
import { db } from "@/lib/db";
import { jsonResponse } from "@/lib/http/json-responses";
import { renewDueSubscriptions } from "@/lib/subscriptions/renewals";
import { advanceReaderClock, testClockEnabled } from "@/lib/subscriptions/test-clock";

const Body = z.object({
  email: z.email(),
  days: z.number().positive().max(3660),
});

/**
 * Browser tests move one reader's billing forward in time, then the billing step runs at
 * once (as the next scheduler tick would). Absent unless ENABLE_TEST_CLOCK=true.
 */
export async function POST(request: Request) {
  if (!testClockEnabled()) return jsonResponse({ ok: false, error: "Not found." }, 404);
  const parsed = Body.safeParse(await request.json().catch(() => null));
  if (!parsed.success)
    return jsonResponse(
      { ok: false, error: "Send { email, days } with days between 0 and 3660." },
      422,
    );
  await advanceReaderClock(db, parsed.data.email, parsed.data.days * 86_400_000);
  const billing = await renewDueSubscriptions(db);
  return jsonResponse({ ok: true, billing });
}
