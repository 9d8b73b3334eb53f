import { describe, expect, it } from "vitest";
import { toFtsQuery } from "@/lib/search/fts-query";

describe("toFtsQuery", () => {
  it("quotes every word and makes the last a prefix", () => {
    expect(toFtsQuery("county maps")).toBe('"county" "maps"*');
  });
  it("neutralizes FTS5 operators and punctuation", () => {
    expect(toFtsQuery('NEAR(a b) OR "x" -y* title:z')).toBe(
      '"near" "a" "b" "or" "x" "y" "title" "z"',
    );
  });
  it("returns null when nothing searchable is left", () => {
    expect(toFtsQuery("")).toBeNull();
    expect(toFtsQuery("!!! ??? ...")).toBeNull();
  });
  it("caps very long input", () => {
    const query = toFtsQuery("word ".repeat(5000));
    expect(query?.split(" ").length).toBeLessThanOrEqual(12);
  });
});
