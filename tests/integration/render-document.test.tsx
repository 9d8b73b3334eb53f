import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { BlockNode } from "@/lib/articles/document-schema";
import { markdownToDocument } from "@/lib/articles/markdown-to-doc";
import { renderBlocks, UnknownNodeError } from "@/lib/articles/render-document";

const html = (blocks: BlockNode[]) => renderToStaticMarkup(<>{renderBlocks(blocks, new Map())}</>);

describe("renderBlocks", () => {
  it("renders the allowed nodes as HTML with safe rel values on external links", () => {
    const doc = markdownToDocument(
      "## Heading\n\nText with *italic* and [a link](https://example.org).\n\n> A quote\n\n- one\n- two",
    );
    const out = html(doc.content);
    expect(out).toContain("<h2>");
    expect(out).toContain("<em>italic</em>");
    expect(out).toContain(
      '<a href="https://example.org" rel="noopener noreferrer nofollow">a link</a>',
    );
    expect(out).toContain("<blockquote>");
    expect(out).toContain("<ul>");
  });

  it("refuses unknown node types instead of rendering them", () => {
    const bad = [{ type: "script", content: [] }] as unknown as BlockNode[];
    expect(() => html(bad)).toThrow(UnknownNodeError);
    const badMark = [
      { type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "onclick" }] }] },
    ] as unknown as BlockNode[];
    expect(() => html(badMark)).toThrow(UnknownNodeError);
  });

  it("escapes text, so stored markup is shown, never run", () => {
    const out = html([
      {
        type: "paragraph",
        content: [
          { type: "text", text: '<script>alert("x")</script><img src=x onerror=alert(1)>' },
        ],
      },
    ]);
    expect(out).not.toContain("<script>");
    expect(out).not.toContain("<img");
    expect(out).toContain("&lt;script&gt;");
  });

  it("drops a javascript: link that slipped past validation, keeping its text", () => {
    const blocks = [
      {
        type: "paragraph",
        content: [
          {
            type: "text",
            text: "click",
            marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }],
          },
        ],
      },
    ] as BlockNode[];
    const out = html(blocks);
    expect(out).toBe("<p><span>click</span></p>");
  });
});
