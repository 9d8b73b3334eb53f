import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { looksLikeMarkdown, markdownToBlocks } from "@/components/editor/markdown-paste";
import { documentFromEditor } from "@/lib/articles/editor-document";

const FIXTURE = fs.readFileSync(
  path.resolve(import.meta.dirname, "../fixtures/pasted-article.md"),
  "utf8",
);

const text = (value: string, marks?: unknown[]) => ({
  type: "text",
  text: value,
  ...(marks ? { marks } : {}),
});

/** Every node type anywhere in the blocks. */
function nodeTypes(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => nodeTypes(v, into));
  else if (value && typeof value === "object") {
    const node = value as { type?: unknown; content?: unknown };
    if (typeof node.type === "string") into.add(node.type);
    nodeTypes(node.content, into);
  }
  return into;
}

describe("looksLikeMarkdown", () => {
  it("recognises the pasted article", () => {
    expect(looksLikeMarkdown(FIXTURE)).toBe(true);
  });

  it.each([
    ["a link", "See [the minutes](https://example.org/m) for more."],
    ["bold", "It was **never** tendered."],
    ["italic with asterisks", "A letter from the *Courier* arrived."],
    ["italic with underscores", "A letter from the _Courier_ arrived."],
    ["a heading", "## What happened\n\nThe board met."],
    ["a quote", "> It had been an emergency for three years."],
    ["a bullet list", "Items:\n- dredging\n- pilings"],
    ["a numbered list", "Steps:\n1. tender\n2. award"],
    ["a page break", "Page one.\n\n=== page ===\n\nPage two."],
  ])("recognises %s", (_name, value) => {
    expect(looksLikeMarkdown(value)).toBe(true);
  });

  it.each([
    "The harbour authority met on a Tuesday. Nothing happened, and the minutes said so.",
    "It cost £4.5m (about $5.7m) in 2019, or 3 * 1.5m, roughly; nobody asked why.",
    "Variables like snake_case_names and file_name.txt are not emphasis.",
    "Prices rose 5% - a little - and the council (see page 2) [sic] said nothing.",
    "First paragraph of prose.\n\nSecond paragraph, with a question? And an answer!",
    "Email desk@example.org or visit https://example.org/tips for tips.",
  ])("leaves plain prose alone: %j", (value) => {
    expect(looksLikeMarkdown(value)).toBe(false);
  });
});

describe("markdownToBlocks", () => {
  it("turns the pasted article into paragraphs, marks, a quote and a page break", () => {
    expect(markdownToBlocks(FIXTURE)).toEqual([
      {
        type: "paragraph",
        content: [
          text(
            "The harbour authority met on a Tuesday, which in Kestrel Bay is the day nothing happens. The minutes, later posted to the ",
          ),
          text("authority's website", [
            { type: "link", attrs: { href: "https://example.org/minutes" } },
          ]),
          text(", run to eleven pages."),
        ],
      },
      {
        type: "paragraph",
        content: [
          text("Most of them concern a dredging contract. The rest concern a letter from the "),
          text("Kestrel Bay Courier", [{ type: "italic" }]),
          text(
            ", which had asked, politely and twice, why the contract was never put out to tender.",
          ),
        ],
      },
      {
        type: "blockquote",
        content: [
          {
            type: "paragraph",
            content: [
              text("We were told it was an emergency. It had been an emergency for three years."),
            ],
          },
        ],
      },
      { type: "pageBreak" },
      {
        type: "paragraph",
        content: [
          text("The authority's chair, reached by telephone, said the "),
          text("paperwork was in order", [{ type: "bold" }]),
          text("."),
        ],
      },
    ]);
  });

  it("gives blocks the editor's save accepts unchanged", () => {
    const blocks = markdownToBlocks(FIXTURE)!;
    expect(documentFromEditor({ type: "doc", content: blocks })).toEqual({
      type: "doc",
      content: blocks,
    });
  });

  it("never turns raw HTML into a node", () => {
    const blocks = markdownToBlocks(
      [
        "<script>alert(document.cookie)</script>",
        "",
        '<div onclick="steal()">A block of HTML</div>',
        "",
        'Hello **world** <img src=x onerror="alert(1)"> and <b>bold</b>.',
      ].join("\n"),
    );
    expect(blocks).not.toBeNull();
    const types = nodeTypes(blocks);
    expect([...types].sort()).toEqual(["paragraph", "text"]);
    const json = JSON.stringify(blocks);
    expect(json).not.toMatch(/<script|<img|onerror|onclick|<div/);
    expect(blocks).toContainEqual({
      type: "paragraph",
      content: expect.arrayContaining([text("world", [{ type: "bold" }])]),
    });
    expect(() => documentFromEditor({ type: "doc", content: blocks })).not.toThrow();
  });

  it("keeps the text of an unsafe link but not the link", () => {
    const blocks = markdownToBlocks(
      "Click [here](javascript:alert(1)) or [there](data:text/html,x).",
    );
    const json = JSON.stringify(blocks);
    expect(json).not.toMatch(/javascript:|data:/);
    expect(json).toContain('"here"');
    expect(nodeTypes(blocks)).toEqual(new Set(["paragraph", "text"]));
  });

  it("drops images (they must come from the media library)", () => {
    const blocks = markdownToBlocks("Before.\n\n![A quay](https://example.org/quay.jpg)\n\nAfter.");
    expect(nodeTypes(blocks).has("figure")).toBe(false);
    expect(JSON.stringify(blocks)).not.toContain("example.org/quay.jpg");
  });

  it("makes lists and headings", () => {
    expect(markdownToBlocks("## Timeline\n\n3. tender\n4. award\n\n- a\n- b")).toEqual([
      { type: "heading", attrs: { level: 2 }, content: [text("Timeline")] },
      {
        type: "orderedList",
        attrs: { start: 3 },
        content: [
          { type: "listItem", content: [{ type: "paragraph", content: [text("tender")] }] },
          { type: "listItem", content: [{ type: "paragraph", content: [text("award")] }] },
        ],
      },
      {
        type: "bulletList",
        content: [
          { type: "listItem", content: [{ type: "paragraph", content: [text("a")] }] },
          { type: "listItem", content: [{ type: "paragraph", content: [text("b")] }] },
        ],
      },
    ]);
  });

  it("gives null when nothing usable is left", () => {
    expect(markdownToBlocks("")).toBeNull();
    expect(markdownToBlocks("   \n\n  ")).toBeNull();
    expect(markdownToBlocks("<script>alert(1)</script>")).toBeNull();
  });
});
