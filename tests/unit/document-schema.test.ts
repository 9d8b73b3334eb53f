import { describe, expect, it } from "vitest";
import {
  InvalidDocumentError,
  isSafeHref,
  parseDocument,
  MAX_DOCUMENT_BYTES,
} from "@/lib/articles/document-schema";

const doc = (content: unknown[]) => ({ type: "doc", content });
const text = (value: string, marks?: unknown[]) => ({
  type: "text",
  text: value,
  ...(marks ? { marks } : {}),
});

describe("parseDocument", () => {
  it("accepts every allowed node and mark", () => {
    const input = doc([
      { type: "heading", attrs: { level: 2 }, content: [text("Heading")] },
      {
        type: "paragraph",
        content: [
          text("bold", [{ type: "bold" }]),
          text(" link", [{ type: "link", attrs: { href: "https://example.org" } }]),
        ],
      },
      { type: "blockquote", content: [{ type: "paragraph", content: [text("quote")] }] },
      {
        type: "bulletList",
        content: [{ type: "listItem", content: [{ type: "paragraph", content: [text("item")] }] }],
      },
      {
        type: "orderedList",
        attrs: { start: 3 },
        content: [{ type: "listItem", content: [{ type: "paragraph" }] }],
      },
      { type: "horizontalRule" },
      { type: "pageBreak" },
      { type: "figure", attrs: { mediaId: "m1", alt: "a", caption: "c", credit: "cr" } },
    ]);
    expect(parseDocument(JSON.stringify(input)).content).toHaveLength(8);
  });

  it("refuses unknown node types, even nested", () => {
    expect(() => parseDocument(doc([{ type: "script", content: [text("alert(1)")] }]))).toThrow(
      InvalidDocumentError,
    );
    expect(() =>
      parseDocument(doc([{ type: "blockquote", content: [{ type: "iframe" }] }])),
    ).toThrow(InvalidDocumentError);
    expect(() =>
      parseDocument(doc([{ type: "paragraph", content: [{ type: "html", text: "<b>x</b>" }] }])),
    ).toThrow(InvalidDocumentError);
  });

  it("refuses unknown marks and extra attributes", () => {
    expect(() =>
      parseDocument(
        doc([
          { type: "paragraph", content: [text("x", [{ type: "style", attrs: { css: "x" } }])] },
        ]),
      ),
    ).toThrow(InvalidDocumentError);
    expect(() =>
      parseDocument(doc([{ type: "paragraph", onclick: "alert(1)", content: [text("x")] }])),
    ).toThrow(InvalidDocumentError);
  });

  it.each([
    "javascript:alert(1)",
    " JavaScript:alert(1)",
    "data:text/html,<script>",
    "vbscript:x",
    "//evil.example/x",
  ])("refuses the link %s", (href) => {
    expect(() =>
      parseDocument(
        doc([{ type: "paragraph", content: [text("x", [{ type: "link", attrs: { href } }])] }]),
      ),
    ).toThrow(/Links must start/);
  });

  it("refuses malformed JSON and documents over 2 MB with readable reasons", () => {
    expect(() => parseDocument("{not json")).toThrow(/not valid JSON/);
    const huge = JSON.stringify(
      doc([{ type: "paragraph", content: [text("x".repeat(MAX_DOCUMENT_BYTES))] }]),
    );
    expect(() => parseDocument(huge)).toThrow(/larger than 2 MB/);
  });
});

describe("isSafeHref", () => {
  it("allows web, mail and site-relative links", () => {
    for (const href of [
      "https://example.org/a?b=c",
      "http://example.org",
      "mailto:desk@example.org",
      "/articles/x",
      "#notes",
    ]) {
      expect(isSafeHref(href)).toBe(true);
    }
  });
});
