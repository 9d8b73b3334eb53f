import { beforeAll, describe, expect, it } from "vitest";
import {
  AUDIT_PAGE_SIZE,
  auditChanges,
  listAuditEntries,
  listAuditKinds,
} from "@/lib/admin/audit-log";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { createUser, type TestUser } from "./account-helpers";

// Entries cannot be edited or deleted through Prisma or raw SQL: that is tested with the
// triggers themselves in tests/integration/tokens-and-audit.test.ts ("audit trail").

let admin: TestUser;
let editor: TestUser;

beforeAll(async () => {
  admin = await createUser({ role: "ADMIN", email: `audit-admin-${Date.now()}@example.com` });
  editor = await createUser({ role: "EDITOR", email: `audit-editor-${Date.now()}@example.com` });
  await db.$transaction(async (tx) => {
    for (let i = 0; i < 60; i++)
      await recordAudit(tx, {
        actorId: editor.id,
        action: "issue.update",
        targetType: "MagazineIssue",
        targetId: `issue-${i}`,
      });
    await recordAudit(tx, {
      actorId: admin.id,
      action: "plan.update",
      targetType: "Plan",
      targetId: "plan-1",
      before: { priceAmount: 900, name: "Monthly" },
      after: { priceAmount: 1000, name: "Monthly" },
    });
    await recordAudit(tx, {
      actorId: admin.id,
      action: "plan.retire",
      targetType: "Plan",
      targetId: "plan-1",
    });
    await recordAudit(tx, {
      actorId: admin.id,
      action: "planet.spin",
      targetType: "X",
      targetId: "x",
    });
    await recordAudit(tx, {
      actorId: null,
      action: "subscription.ended",
      targetType: "Subscription",
      targetId: "s",
    });
  });
});

describe("audit trail for admins", () => {
  it("filters by person, newest first, a page at a time", async () => {
    const page1 = await listAuditEntries(db, admin.actor, { email: editor.email.toUpperCase() });
    expect(page1.total).toBe(60);
    expect(page1.rows).toHaveLength(AUDIT_PAGE_SIZE);
    expect(page1.rows[0]!.actor).toMatchObject({ email: editor.email, deleted: false });
    const page2 = await listAuditEntries(db, admin.actor, { email: editor.email, page: "2" });
    expect(page2.rows).toHaveLength(10);
    expect(page2.totalPages).toBe(2);
    const seen = new Set([...page1.rows, ...page2.rows].map((row) => row.targetId));
    expect(seen.size).toBe(60);
    expect((await listAuditEntries(db, admin.actor, { email: "nobody@example.com" })).total).toBe(
      0,
    );
    // PostgreSQL's text cannot hold NUL: it is taken out of the filter, on either engine.
    const typed = await listAuditEntries(db, admin.actor, { email: `\u0000${editor.email}` });
    expect(typed.total).toBe(60);
  });

  it("filters by kind: one action, or a family without its look-alikes", async () => {
    const exact = await listAuditEntries(db, admin.actor, { kind: "plan.retire" });
    expect(exact.rows.map((row) => row.action)).toEqual(["plan.retire"]);
    const family = await listAuditEntries(db, admin.actor, { kind: "plan.*" });
    expect(family.rows.map((row) => row.action).sort()).toEqual(["plan.retire", "plan.update"]);
    const both = await listAuditEntries(db, admin.actor, { kind: "plan.*", email: editor.email });
    expect(both.total).toBe(0);
    expect(await listAuditKinds(db, admin.actor)).toEqual([
      "issue.update",
      "plan.retire",
      "plan.update",
      "planet.spin",
      "subscription.ended",
    ]);
    // Nonsense filters are ignored rather than failing the page.
    expect((await listAuditEntries(db, admin.actor, { kind: "'; DROP", page: "-3" })).total).toBe(
      64,
    );
  });

  it("shows before and after field by field", async () => {
    const { rows } = await listAuditEntries(db, admin.actor, { kind: "plan.update" });
    expect(rows[0]!.changes).toEqual([{ field: "priceAmount", before: "900", after: "1000" }]);
    expect(auditChanges(null, '{"role":"ADMIN"}')).toEqual([
      { field: "role", before: null, after: "ADMIN" },
    ]);
    expect(auditChanges('{"tags":["a"]}', null)).toEqual([
      { field: "tags", before: '[\n  "a"\n]', after: null },
    ]);
    expect(auditChanges(null, null)).toEqual([]);
    expect(auditChanges('"plain"', "not json")).toEqual([
      { field: "value", before: "plain", after: "not json" },
    ]);
    const system = await listAuditEntries(db, admin.actor, { kind: "subscription.ended" });
    expect(system.rows[0]!.actor).toBeNull();
  });

  it("is for admins only", async () => {
    for (const role of ["READER", "WRITER", "EDITOR"] as const) {
      await expect(listAuditEntries(db, { id: "x", role }, {})).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      await expect(listAuditKinds(db, { id: "x", role })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
  });
});
