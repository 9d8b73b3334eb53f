import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import {
  mailingListBatch,
  mailingListCsv,
  mailingListSummary,
  parseIssueDate,
} from "@/lib/admin/print-mailing-list";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createUser } from "./account-helpers";

/**
 * The issue dated D = 2026-09-01 (UTC). Each reader below has one situation; the comment
 * says whether they get that issue and why. Expected list: p1, p2, p6, p8, p14, p15.
 */
const D = "2026-09-01";
const at = (iso: string) => new Date(iso);
let admin = { id: "", role: "ADMIN" as const };
const plans = { print: "", digital: "" };

async function reader(
  name: string,
  subscriptions: (Partial<Prisma.SubscriptionUncheckedCreateInput> & { createdAt: Date })[],
  options: { address?: boolean; deleted?: boolean } = {},
) {
  const user = await db.user.create({
    data: {
      email: `${name}-${randomUUID()}@example.com`,
      name,
      deletedAt: options.deleted ? at("2026-08-01T00:00:00Z") : null,
    },
  });
  if (options.address !== false)
    await db.address.create({
      data: {
        userId: user.id,
        name,
        line1: `${name} Street 1`,
        city: "Springfield",
        region: "IL",
        postalCode: "62701",
        country: "US",
      },
    });
  for (const fields of subscriptions)
    await db.subscription.create({
      data: {
        userId: user.id,
        planId: plans.print,
        provider: "demo",
        status: "ACTIVE",
        priceAmount: 14000,
        currency: "usd",
        currentPeriodStart: fields.createdAt,
        currentPeriodEnd: at("2027-01-01T00:00:00Z"),
        firstPaidAt: fields.createdAt,
        ...fields,
      },
    });
}

beforeAll(async () => {
  admin = (await createUser({ role: "ADMIN" })).actor as typeof admin;
  plans.print = (
    await db.plan.create({
      data: {
        slug: "px-print",
        name: "Print",
        interval: "YEAR",
        priceAmount: 14000,
        includesPrint: true,
      },
    })
  ).id;
  plans.digital = (
    await db.plan.create({
      data: { slug: "px-digital", name: "Digital", interval: "YEAR", priceAmount: 9000 },
    })
  ).id;
  const jan = at("2026-01-01T00:00:00Z");
  // in: renewing, started long ago
  await reader("p1", [{ createdAt: jan }]);
  // in: started in the last minute of the issue date
  await reader("p2", [{ createdAt: at("2026-09-01T23:59:00Z") }]);
  // out: started the moment after the issue date
  await reader("p3", [{ createdAt: at("2026-09-02T00:00:00Z") }]);
  // out: cancelled and refunded the evening before
  await reader("p4", [
    {
      createdAt: jan,
      status: "CANCELED",
      canceledAt: at("2026-08-31T23:59:00Z"),
      endedAt: at("2026-08-31T23:59:00Z"),
    },
  ]);
  // out: ended exactly as the issue date began
  await reader("p5", [{ createdAt: jan, status: "CANCELED", endedAt: at("2026-09-01T00:00:00Z") }]);
  // in: ended during the issue date
  await reader("p6", [{ createdAt: jan, status: "CANCELED", endedAt: at("2026-09-01T10:00:00Z") }]);
  // out: set to cancel, paid period ran out before the date (scheduler not yet run)
  await reader("p7", [
    { createdAt: jan, cancelAtPeriodEnd: true, currentPeriodEnd: at("2026-08-15T00:00:00Z") },
  ]);
  // in: set to cancel, paid through the date
  await reader("p8", [
    { createdAt: jan, cancelAtPeriodEnd: true, currentPeriodEnd: at("2026-12-01T00:00:00Z") },
  ]);
  // out: renewal failed, period ended before the date
  await reader("p9", [
    { createdAt: jan, status: "PAST_DUE", currentPeriodEnd: at("2026-08-20T00:00:00Z") },
  ]);
  // out: digital only
  await reader("p10", [{ createdAt: jan, planId: plans.digital }]);
  // out of the file (no address), counted as missing
  await reader("p11", [{ createdAt: jan }], { address: false });
  // out: deleted account
  await reader("p12", [{ createdAt: jan }], { deleted: true });
  // out: checkout never paid
  await reader("p13", [{ createdAt: jan, status: "INCOMPLETE", firstPaidAt: null }]);
  // in once: an old ended print subscription and a running one
  await reader("p14", [
    { createdAt: at("2025-01-01T00:00:00Z"), status: "CANCELED", endedAt: jan },
    { createdAt: jan },
  ]);
  // in, and a name that a spreadsheet would run as a formula
  await reader('=HYPERLINK("http://x","p15")', [{ createdAt: jan }]);
});

describe("print mailing list", () => {
  it("lists the print subscribers active at any moment of the issue date, once each", async () => {
    const day = parseIssueDate(D);
    const names: string[] = [];
    let after: string | undefined;
    // Small batches, to exercise the keyset paging the export uses.
    for (;;) {
      const rows = await mailingListBatch(db, admin, { day, afterUserId: after, limit: 2 });
      names.push(...rows.map((row) => row.name));
      if (rows.length < 2) break;
      after = rows[rows.length - 1]!.userId;
    }
    expect(names.sort()).toEqual(['=HYPERLINK("http://x","p15")', "p1", "p14", "p2", "p6", "p8"]);
    expect(await mailingListSummary(db, admin, day)).toEqual({ recipients: 6, missing: 1 });
  });

  it("writes a CSV that spreadsheets read as text, and records the export", async () => {
    let csv = "";
    for await (const chunk of mailingListCsv(db, admin, D)) csv += chunk;
    const lines = csv.split("\r\n").filter(Boolean);
    expect(lines[0]).toBe("Name,Address line 1,Address line 2,City,Region,Postal code,Country");
    expect(lines).toHaveLength(7);
    expect(lines).toContain("p1,p1 Street 1,,Springfield,IL,62701,US");
    expect(lines.find((line) => line.includes("HYPERLINK"))).toMatch(/^"'=HYPERLINK\(""http/);
    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: "print.export" } });
    expect(entry).toMatchObject({ actorId: admin.id, targetId: D });
  });

  it("answers another date differently", async () => {
    // 2026-08-16: p7 (paid to Aug 15) is gone, p9 (to Aug 20) and p4, p5 still there; p2 not yet.
    const summary = await mailingListSummary(db, admin, parseIssueDate("2026-08-16"));
    expect(summary).toEqual({ recipients: 8, missing: 1 });
  });

  it("refuses a bad date and anyone but an admin", async () => {
    expect(() => parseIssueDate("next tuesday")).toThrow("Choose the issue date.");
    expect(() => parseIssueDate("")).toThrow("Choose the issue date.");
    for (const role of ["READER", "WRITER", "EDITOR"] as const) {
      await expect(mailingListCsv(db, { id: "x", role }, D).next()).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      await expect(
        mailingListSummary(db, { id: "x", role }, parseIssueDate(D)),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });
});
