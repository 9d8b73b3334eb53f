import { describe, expect, it } from "vitest";
import { copySqliteToPostgres, toPostgresValue } from "../../scripts/db/copy-to-postgres.mjs";

// SQLite keeps booleans as 0/1 and dates as text or epoch milliseconds; PostgreSQL's
// columns are boolean and timestamp(3) without a zone, holding UTC.
describe("a SQLite value as PostgreSQL takes it", () => {
  it("turns 0/1 into booleans, and keeps null", () => {
    expect(toPostgresValue(1, "boolean")).toBe(true);
    expect(toPostgresValue(0, "boolean")).toBe(false);
    expect(toPostgresValue(1n, "boolean")).toBe(true);
    expect(toPostgresValue(null, "boolean")).toBeNull();
  });

  it("reads every way SQLite may hold a date, and writes UTC without an offset", () => {
    const utc = "2026-12-07T09:30:15.250";
    for (const stored of [
      "2026-12-07T09:30:15.250+00:00", // Prisma's libSQL adapter
      "2026-12-07T09:30:15.250Z",
      "2026-12-07T10:30:15.250+01:00",
      "2026-12-07 09:30:15.250", // SQLite's own datetime(), in UTC
      Date.UTC(2026, 11, 7, 9, 30, 15, 250), // epoch milliseconds
      String(Date.UTC(2026, 11, 7, 9, 30, 15, 250)),
    ])
      expect(toPostgresValue(stored, "timestamp without time zone"), String(stored)).toBe(utc);
  });

  it("refuses text that is not a date instead of writing a wrong one", () => {
    expect(() => toPostgresValue("next tuesday", "timestamp without time zone")).toThrow(
      /not a date/,
    );
  });

  it("passes text and numbers through", () => {
    expect(toPostgresValue("Léa", "text")).toBe("Léa");
    expect(toPostgresValue(42, "integer")).toBe(42);
    expect(toPostgresValue(9007199254740993n, "bigint")).toBe("9007199254740993");
  });
});

describe("what the copy refuses before touching PostgreSQL", () => {
  const to = "postgres://nobody@127.0.0.1:1/nowhere";
  it("a SQLite path with no database, instead of creating an empty one", async () => {
    await expect(
      copySqliteToPostgres({ from: "file:/nonexistent/app.db", to, log: () => {} }),
    ).rejects.toThrow("There is no SQLite database at /nonexistent/app.db.");
  });

  it("anything but file:… as the source, and anything but postgres://… as the target", async () => {
    await expect(copySqliteToPostgres({ from: to, to, log: () => {} })).rejects.toThrow(
      /--from must be a SQLite database/,
    );
    await expect(
      copySqliteToPostgres({ from: "file:/tmp/x.db", to: "mysql://x", log: () => {} }),
    ).rejects.toThrow(/--to must be a PostgreSQL URL/);
  });
});
