import { mailingListCsv } from "@/lib/admin/print-mailing-list";
import { getCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { errorResponse } from "@/lib/http/json-responses";

/** The print mailing list for ?date=YYYY-MM-DD as CSV, streamed a batch at a time. */
export async function GET(request: Request) {
  const date = new URL(request.url).searchParams.get("date") ?? "";
  const csv = mailingListCsv(db, await getCurrentUser(), date);
  let first: IteratorResult<string>;
  try {
    // The permission and date checks run before the first chunk: refuse before streaming.
    first = await csv.next();
  } catch (error) {
    return errorResponse(error);
  }
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      if (!first.done) controller.enqueue(encoder.encode(first.value));
    },
    async pull(controller) {
      try {
        const next = await csv.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      } catch (error) {
        console.error("Mailing list export failed", error);
        controller.error(error);
      }
    },
    async cancel() {
      await csv.return(undefined);
    },
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="print-mailing-list-${date.replace(/[^0-9-]/g, "")}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
