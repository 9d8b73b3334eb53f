import { describe, expect, it } from "vitest";
import {
  ROLES,
  assertCan,
  can,
  roleAtLeast,
  type Action,
  type Actor,
  type Role,
} from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";

/**
 * The expected matrix, written out by hand (not derived from the module's own table).
 * Columns: anonymous, READER, WRITER, EDITOR, ADMIN. Typed as Record<Action, …> so adding
 * an action to the module without adding a row here fails the type check.
 */
const Y = true;
const N = false;
type Row = readonly [
  anonymous: boolean,
  reader: boolean,
  writer: boolean,
  editor: boolean,
  admin: boolean,
];
const EXPECTED: Record<Action, Row> = {
  "account:manage": [N, Y, Y, Y, Y],
  "editor:access": [N, N, Y, Y, Y],
  "article:create": [N, N, Y, Y, Y],
  "article:edit": [N, N, Y, Y, Y],
  "article:submit": [N, N, Y, Y, Y],
  "media:upload": [N, N, Y, Y, Y],
  "article:publish": [N, N, N, Y, Y],
  "newsletter:send": [N, N, N, Y, Y],
  "article:review-queue": [N, N, N, Y, Y],
  "taxonomy:manage": [N, N, N, Y, Y],
  "issue:manage": [N, N, N, Y, Y],
  "admin:access": [N, N, N, N, Y],
  "user:list": [N, N, N, N, Y],
  "user:change-role": [N, N, N, N, Y],
  "user:disable": [N, N, N, N, Y],
  "audit:read": [N, N, N, N, Y],
  "subscription:manage": [N, N, N, N, Y],
  "plan:manage": [N, N, N, N, Y],
  "ad:manage": [N, N, N, N, Y],
};

const COLUMNS: (Role | null)[] = [null, "READER", "WRITER", "EDITOR", "ADMIN"];
const actorFor = (role: Role | null): Actor | null => (role ? { id: `user-${role}`, role } : null);

const cells = (Object.entries(EXPECTED) as [Action, Row][]).flatMap(([action, row]) =>
  COLUMNS.map((role, i) => ({
    action,
    role: role ?? "anonymous",
    actor: actorFor(role),
    allowed: row[i]!,
  })),
);

describe("ROLES", () => {
  it("orders the roles from least to most powerful", () => {
    expect(ROLES).toEqual(["READER", "WRITER", "EDITOR", "ADMIN"]);
  });

  it("roleAtLeast follows that order", () => {
    // [role, minimum] → expected, every pair.
    const table: [Role, Role, boolean][] = [
      ["READER", "READER", Y],
      ["READER", "WRITER", N],
      ["READER", "EDITOR", N],
      ["READER", "ADMIN", N],
      ["WRITER", "READER", Y],
      ["WRITER", "WRITER", Y],
      ["WRITER", "EDITOR", N],
      ["WRITER", "ADMIN", N],
      ["EDITOR", "READER", Y],
      ["EDITOR", "WRITER", Y],
      ["EDITOR", "EDITOR", Y],
      ["EDITOR", "ADMIN", N],
      ["ADMIN", "READER", Y],
      ["ADMIN", "WRITER", Y],
      ["ADMIN", "EDITOR", Y],
      ["ADMIN", "ADMIN", Y],
    ];
    for (const [role, minimum, expected] of table)
      expect({ role, minimum, ok: roleAtLeast(role, minimum) }).toEqual({
        role,
        minimum,
        ok: expected,
      });
  });
});

describe("can: every role × every action", () => {
  it("has a row for every action and 19 actions in all", () => {
    expect(Object.keys(EXPECTED)).toHaveLength(19);
  });

  it.each(cells)("$role → $action: $allowed", ({ actor, action, allowed }) => {
    expect(can(actor, action)).toBe(allowed);
  });
});

describe("assertCan: every role × every action", () => {
  it.each(cells)("$role → $action: $allowed", ({ actor, action, allowed }) => {
    const run = () => assertCan(actor, action, "Not for you.");
    if (allowed) {
      expect(run).not.toThrow();
      return;
    }
    let thrown: unknown;
    try {
      run();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AppError);
    if (actor === null) {
      expect(thrown).toMatchObject({ code: "UNAUTHENTICATED", message: "Sign in to continue." });
      expect((thrown as AppError).status).toBe(401);
    } else {
      expect(thrown).toMatchObject({ code: "FORBIDDEN", message: "Not for you." });
      expect((thrown as AppError).status).toBe(403);
    }
  });
});

describe("resource conditions: writers only touch their own articles", () => {
  const writer: Actor = { id: "w1", role: "WRITER" };
  const editor: Actor = { id: "e1", role: "EDITOR" };
  const admin: Actor = { id: "a1", role: "ADMIN" };
  const reader: Actor = { id: "r1", role: "READER" };
  const own = { authorUserIds: ["someone-else", "w1"] };
  const others = { authorUserIds: ["someone-else"] };

  for (const action of ["article:edit", "article:submit"] as const) {
    it(`${action}: a writer may act on an article they co-wrote`, () => {
      expect(can(writer, action, own)).toBe(true);
      expect(() => assertCan(writer, action, "no", own)).not.toThrow();
    });

    it(`${action}: a writer may not act on someone else's article`, () => {
      expect(can(writer, action, others)).toBe(false);
      expect(can(writer, action, { authorUserIds: [] })).toBe(false);
      expect(can(writer, action, {})).toBe(false);
      expect(() => assertCan(writer, action, "Not your article.", others)).toThrow(
        expect.objectContaining({ code: "FORBIDDEN", message: "Not your article." }),
      );
    });

    it(`${action}: editors and admins may act on anyone's article`, () => {
      expect(can(editor, action, others)).toBe(true);
      expect(can(admin, action, others)).toBe(true);
      expect(can(editor, action, { authorUserIds: [] })).toBe(true);
    });

    it(`${action}: being listed as an author does not lift a reader or anonymous person`, () => {
      expect(can(reader, action, { authorUserIds: ["r1"] })).toBe(false);
      expect(can(null, action, { authorUserIds: ["r1"] })).toBe(false);
    });

    it(`${action}: without a resource, only the role is checked (callers must pass one)`, () => {
      expect(can(writer, action)).toBe(true);
    });
  }

  it("ownership does not stand in for a role the action needs", () => {
    expect(can(writer, "article:publish", own)).toBe(false);
    expect(can(writer, "article:review-queue", own)).toBe(false);
  });

  it("the ownership condition applies only to editing and submitting", () => {
    expect(can(writer, "media:upload", others)).toBe(true);
    expect(can(writer, "article:create", others)).toBe(true);
  });
});

describe("failing closed", () => {
  it("refuses an actor whose role is not one of ROLES (e.g. a stale or forged token)", () => {
    const forged = { id: "x", role: "SUPERUSER" } as unknown as Actor;
    for (const action of Object.keys(EXPECTED) as Action[])
      expect({ action, ok: can(forged, action) }).toEqual({ action, ok: false });
  });

  it("refuses an action it does not know", () => {
    const reader: Actor = { id: "r1", role: "READER" };
    expect(can(reader, "user:delete-everything" as Action)).toBe(false);
  });
});
