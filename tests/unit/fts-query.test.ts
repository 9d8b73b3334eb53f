import { describe, expect, it } from "vitest";
import { toFtsQuery, toTsQuery } from "@/lib/search/fts-query";

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

describe("toTsQuery", () => {
  it("quotes the same words, requires them all and makes the last a prefix", () => {
    expect(toTsQuery("County maps")).toBe("'county' & 'maps':*");
    expect(toTsQuery("maps of")).toBe("'maps' & 'of'");
  });
  it("neutralizes tsquery operators, quotes and punctuation", () => {
    expect(toTsQuery("a | b & !c <-> 'd' (e):* f\\")).toBe("'a' & 'b' & 'c' & 'd' & 'e' & 'f'");
  });
  it("returns null when nothing searchable is left", () => {
    expect(toTsQuery("")).toBeNull();
    expect(toTsQuery("&|!():*'")).toBeNull();
  });
  it("caps very long input", () => {
    expect(toTsQuery("word ".repeat(5000))?.split(" & ").length).toBe(12);
  });
});
