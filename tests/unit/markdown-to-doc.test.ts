import { describe, expect, it } from "vitest";
import { splitPages } from "@/lib/articles/document-pages";
import { markdownToDocument } from "@/lib/articles/markdown-to-doc";

describe("markdownToDocument", () => {
  it("turns links, italics and bold into marks instead of literal characters", () => {
    const doc = markdownToDocument(
      "Read *The Harbor Ledger* and [this report](https://example.org/r) **now**.",
    );
    const paragraph = doc.content[0];
    expect(paragraph?.type).toBe("paragraph");
    const nodes = paragraph?.type === "paragraph" ? (paragraph.content ?? []) : [];
    expect(nodes.map((n) => (n.type === "text" ? n.text : "")).join("")).toBe(
      "Read The Harbor Ledger and this report now.",
    );
    expect(nodes).toContainEqual({
      type: "text",
      text: "The Harbor Ledger",
      marks: [{ type: "italic" }],
    });
    expect(nodes).toContainEqual({
      type: "text",
      text: "this report",
      marks: [{ type: "link", attrs: { href: "https://example.org/r" } }],
    });
  });

  it("splits pages at the page marker", () => {
    const doc = markdownToDocument("One.\n\n=== page ===\n\nTwo.\n\n=== page ===\n\nThree.");
    expect(splitPages(doc)).toHaveLength(3);
  });

  it("drops raw HTML and unsafe links but keeps their text", () => {
    const doc = markdownToDocument(
      '<script>alert(1)</script>\n\nHello <b onclick="x">world</b> [click](javascript:alert(1))',
    );
    const json = JSON.stringify(doc);
    expect(json).not.toContain("script");
    expect(json).not.toContain("javascript");
    expect(json).not.toContain("onclick");
    expect(json).toContain("click");
  });

  it("makes figures only from images the resolver knows", () => {
    const doc = markdownToDocument(
      '![A crane](art:harbor "Cranes at dusk | Illustration")\n\n![x](https://tracker.example/p.gif)',
      (src) => (src === "art:harbor" ? "media-1" : null),
    );
    expect(doc.content[0]).toEqual({
      type: "figure",
      attrs: {
        mediaId: "media-1",
        alt: "A crane",
        caption: "Cranes at dusk",
        credit: "Illustration",
      },
    });
    expect(JSON.stringify(doc)).not.toContain("tracker.example");
  });
});
