import type { Metadata } from "next";
import { FormMessage } from "@/components/ui/form-field";
import { IssueDateSchema, mailingListSummary } from "@/lib/admin/print-mailing-list";
import { requirePermission } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { formatLongDate } from "@/lib/text/format-date";

export const metadata: Metadata = { title: "Print mailing list", robots: { index: false } };

type Props = { searchParams: Promise<{ date?: string }> };

export default async function PrintMailingPage({ searchParams }: Props) {
  const admin = await requirePermission("subscription:manage", "/admin/print");
  const { date } = await searchParams;
  const parsed = date === undefined ? null : IssueDateSchema.safeParse(date);
  const day = parsed?.success ? parsed.data : null;
  const summary = day ? await mailingListSummary(db, admin, day) : null;
  const iso = day?.toISOString().slice(0, 10);
  return (
    <>
      <h1 className="font-serif text-4xl font-bold">Print mailing list</h1>
      <p className="mt-2 max-w-2xl font-sans text-sm text-stone-700">
        The names and postal addresses of readers whose print subscription is active on an
        issue&rsquo;s date (at any time that day, UTC), one line per reader, as a CSV file for the
        mailing house.
      </p>
      <form method="get" className="mt-6 flex flex-wrap items-end gap-3 font-sans text-sm">
        <div>
          <label htmlFor="print-date" className="block font-semibold">
            Issue date
          </label>
          <input
            id="print-date"
            name="date"
            type="date"
            required
            defaultValue={date ?? ""}
            aria-invalid={parsed && !parsed.success ? true : undefined}
            aria-describedby={parsed && !parsed.success ? "print-date-error" : undefined}
            className="mt-1 border border-stone-400 px-3 py-2"
          />
        </div>
        <button type="submit" className="bg-stone-900 px-4 py-2 font-semibold text-white">
          Count recipients
        </button>
      </form>
      {parsed && !parsed.success && (
        <div id="print-date-error" className="mt-4 max-w-2xl">
          <FormMessage message={parsed.error.issues[0]?.message} />
        </div>
      )}
      {day && summary && (
        <section aria-labelledby="print-summary" className="mt-8 font-sans">
          <h2 id="print-summary" className="font-serif text-2xl font-bold">
            Issue of {formatLongDate(day)}
          </h2>
          <p className="mt-2" aria-live="polite">
            {summary.recipients.toLocaleString("en-US")}{" "}
            {summary.recipients === 1 ? "recipient" : "recipients"}.
            {summary.missing > 0 &&
              ` ${summary.missing.toLocaleString("en-US")} more print ${summary.missing === 1 ? "subscriber has" : "subscribers have"} no postal address on file and ${summary.missing === 1 ? "is" : "are"} left out.`}
          </p>
          <p className="mt-4">
            <a
              href={`/admin/print/mailing-list?date=${iso}`}
              className="inline-block bg-stone-900 px-4 py-2 font-semibold text-white hover:bg-red-800"
              download
            >
              Download the mailing list (CSV)
            </a>
          </p>
        </section>
      )}
    </>
  );
}
