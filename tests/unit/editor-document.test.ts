import { describe, expect, it } from "vitest";
import { InvalidDocumentError, MAX_DOCUMENT_BYTES } from "@/lib/articles/document-schema";
import { documentFromEditor } from "@/lib/articles/editor-document";

type Json = Record<string, unknown>;
const doc = (...content: Json[]) => ({ type: "doc", content });
const text = (value: string, marks?: Json[]) => ({
  type: "text",
  text: value,
  ...(marks ? { marks } : {}),
});
const p = (...content: Json[]) => ({ type: "paragraph", content });
const li = (...content: Json[]) => ({ type: "listItem", content });

/** The reasons documentFromEditor gives for refusing `input`; fails if it accepts it. */
function refusal(input: unknown): string[] {
  try {
    documentFromEditor(input);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidDocumentError);
    return (error as InvalidDocumentError).issues;
  }
  throw new Error(`accepted ${JSON.stringify(input).slice(0, 200)}`);
}

describe("documentFromEditor", () => {
  it("keeps the content of what Tiptap sends and drops its presentation attributes", () => {
    const fromTiptap = {
      type: "doc",
      content: [
        {
          type: "heading",
          attrs: { level: 2, id: "h-1", textAlign: "left" },
          content: [text("A heading")],
        },
        {
          type: "paragraph",
          attrs: { textAlign: null },
          content: [
            text("Read "),
            text("the minutes", [
              { type: "bold", attrs: {} },
              {
                type: "link",
                attrs: {
                  href: "https://example.org/minutes",
                  target: "_blank",
                  rel: "noopener noreferrer nofollow",
                  class: "fancy",
                  title: "Minutes",
                },
              },
            ]),
            { type: "hardBreak", marks: [{ type: "bold" }] },
            text("plain", []),
          ],
        },
        { type: "paragraph", content: [] },
        {
          type: "orderedList",
          attrs: { start: 1, type: null },
          content: [li(p(text("one")))],
        },
        {
          type: "orderedList",
          attrs: { start: 4, type: "a" },
          content: [li(p(text("four")))],
        },
        { type: "bulletList", content: [li(p(text("dot")), { type: "paragraph" })] },
        { type: "blockquote", attrs: { cite: "x" }, content: [p(text("quoted"))] },
        { type: "horizontalRule", attrs: {} },
        { type: "pageBreak", attrs: { class: "editor-page-break" } },
        {
          type: "figure",
          attrs: {
            mediaId: "media-1",
            src: "/media/uploads/2030-01/abc/960.webp",
            alt: "A quay",
            caption: "The quay at dawn",
            credit: "Photo: Desk",
          },
        },
        { type: "figure", attrs: { mediaId: "media-2", src: "/x.webp" } },
      ],
    };

    expect(documentFromEditor(fromTiptap)).toEqual(
      doc(
        { type: "heading", attrs: { level: 2 }, content: [text("A heading")] },
        p(
          text("Read "),
          text("the minutes", [
            { type: "bold" },
            { type: "link", attrs: { href: "https://example.org/minutes" } },
          ]),
          { type: "hardBreak" },
          text("plain"),
        ),
        { type: "paragraph" },
        { type: "orderedList", content: [li(p(text("one")))] },
        { type: "orderedList", attrs: { start: 4 }, content: [li(p(text("four")))] },
        { type: "bulletList", content: [li(p(text("dot")), { type: "paragraph" })] },
        { type: "blockquote", content: [p(text("quoted"))] },
        { type: "horizontalRule" },
        { type: "pageBreak" },
        {
          type: "figure",
          attrs: {
            mediaId: "media-1",
            alt: "A quay",
            caption: "The quay at dawn",
            credit: "Photo: Desk",
          },
        },
        { type: "figure", attrs: { mediaId: "media-2", alt: "", caption: "", credit: "" } },
      ),
    );
  });

  it("accepts an empty document and site-relative, anchor and mail links", () => {
    expect(documentFromEditor(doc())).toEqual(doc());
    const links = ["/articles/x", "#notes", "mailto:desk@example.org", "http://example.org"];
    const result = documentFromEditor(
      doc(p(...links.map((href) => text(href, [{ type: "link", attrs: { href } }])))),
    );
    expect(JSON.stringify(result)).toContain("mailto:desk@example.org");
  });

  it.each([
    ["a script node", doc({ type: "script", content: [text("alert(1)")] })],
    ["a script node in a quote", doc({ type: "blockquote", content: [{ type: "script" }] })],
    [
      "an iframe in a list item",
      doc({ type: "bulletList", content: [li({ type: "iframe", attrs: { src: "x" } })] }),
    ],
    ["an html inline node", doc(p({ type: "html", text: "<img src=x onerror=alert(1)>" }))],
    ["an image node", doc({ type: "image", attrs: { src: "https://evil.example/x.png" } })],
    ["a code block", doc({ type: "codeBlock", content: [text("rm -rf /")] })],
    ["an unknown mark", doc(p(text("x", [{ type: "underline" }])))],
    ["a styled mark", doc(p(text("x", [{ type: "textStyle", attrs: { color: "red" } }])))],
    ["a level-1 heading", doc({ type: "heading", attrs: { level: 1 }, content: [text("H1")] })],
    ["a figure without a media id", doc({ type: "figure", attrs: { src: "/a.webp" } })],
    ["an empty list", doc({ type: "bulletList", content: [] })],
    ["an empty text node", doc(p(text("")))],
    ["something other than a doc", { type: "paragraph", content: [] }],
    ["a string", "<p>hello</p>"],
    ["null", null],
    ["an array", [doc()]],
  ])("refuses %s", (_name, input) => {
    expect(refusal(input).length).toBeGreaterThan(0);
  });

  it.each([
    "javascript:alert(1)",
    "JavaScript:alert(document.cookie)",
    "  javascript:alert(1)",
    "java\nscript:alert(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "vbscript:msgbox(1)",
    "//evil.example/x",
    "/\\evil.example",
  ])("refuses the link %j", (href) => {
    const issues = refusal(
      doc(p(text("click", [{ type: "link", attrs: { href, target: "_blank" } }]))),
    );
    expect(issues.join(" ")).toMatch(/Links must start with/);
  });

  it("refuses a link without an address", () => {
    expect(refusal(doc(p(text("x", [{ type: "link", attrs: { target: "_blank" } }]))))).not.toEqual(
      [],
    );
    expect(refusal(doc(p(text("x", [{ type: "link" }]))))).not.toEqual([]);
  });

  it("accepts a document just under 2 MB", () => {
    const body = doc(p(text("x".repeat(MAX_DOCUMENT_BYTES - 1000))));
    expect(documentFromEditor(body).content).toHaveLength(1);
  });

  it("refuses a document larger than 2 MB", () => {
    const huge = doc(
      ...Array.from({ length: 5 }, () => p(text("x".repeat(MAX_DOCUMENT_BYTES / 4)))),
    );
    expect(refusal(huge).join(" ")).toMatch(/larger than 2 MB/);
  });
});
