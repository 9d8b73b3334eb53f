import { z } from "zod";
import { db } from "@/lib/db";
import { jsonResponse } from "@/lib/http/json-responses";
import { testClockEnabled } from "@/lib/subscriptions/test-clock";
import { seedTestSubscribers } from "@/lib/subscriptions/test-subscribers";

const Body = z.object({
  tag: z.string().regex(/^[a-z0-9-]{3,40}$/),
  count: z.number().int().min(1).max(10_000),
});

/** Browser tests only (ENABLE_TEST_CLOCK=true): many paid subscribers at once. */
export async function POST(request: Request) {
  if (!testClockEnabled()) return jsonResponse({ ok: false, error: "Not found." }, 404);
  const parsed = Body.safeParse(await request.json().catch(() => null));
  if (!parsed.success)
    return jsonResponse({ ok: false, error: "Send { tag, count } (count 1 to 10000)." }, 422);
  await seedTestSubscribers(db, parsed.data.tag, parsed.data.count);
  return jsonResponse({ ok: true });
}
