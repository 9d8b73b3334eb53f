import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";

// A NUL typed into a form (a name, a gift message) must not fail the write on PostgreSQL,
// whose text cannot hold one, nor cut the text short on SQLite, where libSQL stops at it.
// lib/db-client.ts takes it out of every model query on both.
describe("text with a NUL character", () => {
  it("is written on either engine, and found again by the same text", async () => {
    const email = `nul-${Date.now()}@example.com`;
    const user = await db.user.create({ data: { email, name: "Ro\u0000sa" } });
    expect(user.name).toBe("Rosa");
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe("Rosa");
    const found = await db.user.findFirst({ where: { name: "Ro\u0000sa", email } });
    expect(found?.id).toBe(user.id);
  });
});
