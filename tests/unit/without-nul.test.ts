import { describe, expect, it } from "vitest";
import { withoutNulDeep } from "@/lib/text/without-nul";

// PostgreSQL's text cannot hold NUL; lib/db-client.ts takes it out of every model query.
describe("withoutNulDeep", () => {
  it("takes NUL out of every string in a query's arguments", () => {
    const args = {
      data: { name: "Ro\u0000sa", tags: ["a\u0000b", "c"], address: { line1: "\u00001 Quay" } },
      where: { OR: [{ email: { contains: "x\u0000" } }] },
    };
    expect(withoutNulDeep(args)).toEqual({
      data: { name: "Rosa", tags: ["ab", "c"], address: { line1: "1 Quay" } },
      where: { OR: [{ email: { contains: "x" } }] },
    });
  });

  it("leaves other values as they are, the same objects", () => {
    const when = new Date();
    const bytes = Buffer.from("\u0000");
    const out = withoutNulDeep({ when, bytes, n: 3, yes: true, none: null });
    expect(out.when).toBe(when);
    expect(out.bytes).toBe(bytes);
    expect(out).toMatchObject({ n: 3, yes: true, none: null });
  });
});
