import { describe, expect, it } from "vitest";
import { csvCell, csvRow } from "@/lib/admin/csv";

describe("csv", () => {
  it("leaves plain text, numbers and booleans alone", () => {
    expect(csvRow(["Ada Lovelace", 42, 90.5, true, false, null, undefined])).toBe(
      "Ada Lovelace,42,90.5,yes,no,,\r\n",
    );
  });

  it("quotes commas, quotes, line breaks and edge spaces, doubling quotes", () => {
    expect(csvCell("Smith, Jane")).toBe('"Smith, Jane"');
    expect(csvCell('The "Editor"')).toBe('"The ""Editor"""');
    expect(csvCell("line one\nline two")).toBe('"line one\nline two"');
    expect(csvCell("a\r\nb")).toBe('"a\r\nb"');
    expect(csvCell(" padded ")).toBe('" padded "');
    expect(csvCell("")).toBe("");
  });

  it("defuses cells a spreadsheet would run as a formula", () => {
    expect(csvCell('=HYPERLINK("http://evil")')).toBe('"\'=HYPERLINK(""http://evil"")"');
    expect(csvCell("+1 555")).toBe("'+1 555");
    expect(csvCell("-2+3")).toBe("'-2+3");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\t=1")).toBe("'\t=1");
    expect(csvCell("a=b")).toBe("a=b");
    // Numbers are ours, not typed by a reader: a negative number stays a number.
    expect(csvCell(-5)).toBe("-5");
  });

  it("round-trips through a strict parser", () => {
    const values = ['x,"y"', "=cmd", "multi\nline", "ok", " lead"];
    const parsed = parseCsvLine(csvRow(values).replace(/\r\n$/, ""));
    expect(parsed).toEqual(['x,"y"', "'=cmd", "multi\nline", "ok", " lead"]);
  });
});

/** A minimal RFC 4180 reader for one record, for the round trip. */
function parseCsvLine(text: string): string[] {
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ",") {
      cells.push(cell);
      cell = "";
    } else {
      cell += c;
    }
  }
  cells.push(cell);
  return cells;
}
