import { subscriptionCsvStream, csvFileName } from "@/lib/admin/subscription-csv";
import { parseSubscriptionFilters } from "@/lib/admin/subscription-filters";
import { getCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

export const dynamic = "force-dynamic";

/** GET /admin/subscriptions/export?<the list's filters>: the filtered list as a streamed CSV file. */
export async function GET(request: Request) {
  const actor = await getCurrentUser();
  const { filters } = parseSubscriptionFilters(
    Object.fromEntries(new URL(request.url).searchParams),
  );
  try {
    const stream = subscriptionCsvStream(db, actor, filters);
    return new Response(stream, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${csvFileName()}"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    if (error instanceof AppError)
      return new Response(error.message, {
        status: error.status,
        headers: { "Cache-Control": "no-store" },
      });
    throw error;
  }
}
