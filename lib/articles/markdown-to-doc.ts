import { Lexer, type Token, type Tokens } from "marked";
import {
  parseDocument,
  type ArticleDocument,
  type BlockNode,
  type InlineNode,
  type Mark,
  isSafeHref,
} from "./document-schema";

/** A line with exactly this text starts a new page of the article. */
export const PAGE_BREAK_LINE = "=== page ===";

export type ImageResolver = (src: string, alt: string) => string | null;

/**
 * Converts the Markdown that writers paste (links, emphasis, quotes, lists, headings)
 * into an article document. Raw HTML is dropped, never passed through. Images become
 * figures only when `resolveImage` maps their address to a stored media id; the title
 * holds "Caption | Credit".
 */
export function markdownToDocument(
  markdown: string,
  resolveImage: ImageResolver = () => null,
): ArticleDocument {
  const pages = markdown
    .replace(/\r\n?/g, "\n")
    .split(new RegExp(`^\\s*${PAGE_BREAK_LINE}\\s*$`, "m"));
  const content: BlockNode[] = [];
  pages.forEach((page, index) => {
    if (index > 0) content.push({ type: "pageBreak" });
    content.push(...blocksFrom(new Lexer().lex(page), resolveImage));
  });
  return parseDocument({ type: "doc", content });
}

function blocksFrom(tokens: Token[], resolveImage: ImageResolver): BlockNode[] {
  const blocks: BlockNode[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case "paragraph":
      case "text": {
        const inline = (token as Tokens.Paragraph).tokens ?? [
          { type: "text", raw: token.raw, text: (token as Tokens.Text).text },
        ];
        blocks.push(...paragraphsWithFigures(inline, resolveImage));
        break;
      }
      case "heading": {
        const heading = token as Tokens.Heading;
        const level = Math.min(4, Math.max(2, heading.depth)) as 2 | 3 | 4;
        blocks.push({ type: "heading", attrs: { level }, content: inlineFrom(heading.tokens, []) });
        break;
      }
      case "blockquote": {
        const inner = blocksFrom((token as Tokens.Blockquote).tokens, resolveImage);
        if (inner.length > 0) blocks.push({ type: "blockquote", content: inner });
        break;
      }
      case "list": {
        const list = token as Tokens.List;
        const items = list.items
          .map((item) => ({
            type: "listItem" as const,
            content: blocksFrom(item.tokens, resolveImage),
          }))
          .filter((item) => item.content.length > 0);
        if (items.length === 0) break;
        if (list.ordered) {
          const start =
            typeof list.start === "number" && list.start !== 1 ? { start: list.start } : undefined;
          blocks.push({ type: "orderedList", ...(start ? { attrs: start } : {}), content: items });
        } else blocks.push({ type: "bulletList", content: items });
        break;
      }
      case "hr":
        blocks.push({ type: "horizontalRule" });
        break;
      case "code":
        blocks.push({
          type: "paragraph",
          content: textNodes((token as Tokens.Code).text, [{ type: "code" }]),
        });
        break;
      default:
        // space, html, tables and anything else: dropped rather than passed through.
        break;
    }
  }
  return blocks;
}

/** A paragraph may hold images; each resolved image becomes its own figure block. */
function paragraphsWithFigures(tokens: Token[], resolveImage: ImageResolver): BlockNode[] {
  const blocks: BlockNode[] = [];
  let pending: Token[] = [];
  const flush = () => {
    const content = trimInline(inlineFrom(pending, []));
    if (content.length > 0) blocks.push({ type: "paragraph", content });
    pending = [];
  };
  for (const token of tokens) {
    if (token.type === "image") {
      const image = token as Tokens.Image;
      const mediaId = resolveImage(image.href, image.text);
      if (mediaId) {
        flush();
        const [caption = "", credit = ""] = (image.title ?? "")
          .split("|")
          .map((part) => part.trim());
        blocks.push({ type: "figure", attrs: { mediaId, alt: image.text, caption, credit } });
        continue;
      }
    }
    pending.push(token);
  }
  flush();
  return blocks;
}

function inlineFrom(tokens: Token[] | undefined, marks: Mark[]): InlineNode[] {
  const nodes: InlineNode[] = [];
  for (const token of tokens ?? []) {
    switch (token.type) {
      case "text": {
        const text = token as Tokens.Text;
        if (text.tokens && text.tokens.length > 0) nodes.push(...inlineFrom(text.tokens, marks));
        else nodes.push(...textNodes(decodeEntities(text.text), marks));
        break;
      }
      case "escape":
        nodes.push(...textNodes(decodeEntities((token as Tokens.Escape).text), marks));
        break;
      case "strong":
        nodes.push(
          ...inlineFrom((token as Tokens.Strong).tokens, withMark(marks, { type: "bold" })),
        );
        break;
      case "em":
        nodes.push(...inlineFrom((token as Tokens.Em).tokens, withMark(marks, { type: "italic" })));
        break;
      case "del":
        nodes.push(
          ...inlineFrom((token as Tokens.Del).tokens, withMark(marks, { type: "strike" })),
        );
        break;
      case "codespan":
        nodes.push(
          ...textNodes(
            decodeEntities((token as Tokens.Codespan).text),
            withMark(marks, { type: "code" }),
          ),
        );
        break;
      case "link": {
        const link = token as Tokens.Link;
        // An unsafe address keeps its text and loses the link.
        const linkMarks = isSafeHref(link.href)
          ? withMark(marks, { type: "link", attrs: { href: link.href.trim() } })
          : marks;
        nodes.push(...inlineFrom(link.tokens, linkMarks));
        break;
      }
      case "br":
        nodes.push({ type: "hardBreak" });
        break;
      case "image":
        nodes.push(...textNodes((token as Tokens.Image).text, marks));
        break;
      default:
        // Inline HTML is shown as the text it is, never interpreted.
        if ("raw" in token && typeof token.raw === "string" && token.type !== "html")
          nodes.push(...textNodes(token.raw, marks));
        break;
    }
  }
  return nodes;
}

function withMark(marks: Mark[], mark: Mark): Mark[] {
  return marks.some((existing) => existing.type === mark.type) ? marks : [...marks, mark];
}

function textNodes(text: string, marks: Mark[]): InlineNode[] {
  if (!text) return [];
  return [marks.length > 0 ? { type: "text", text, marks } : { type: "text", text }];
}

function trimInline(nodes: InlineNode[]): InlineNode[] {
  const first = nodes[0];
  if (first?.type === "text") first.text = first.text.replace(/^\s+/, "");
  const last = nodes[nodes.length - 1];
  if (last?.type === "text") last.text = last.text.replace(/\s+$/, "");
  return nodes.filter((node) => node.type !== "text" || node.text.length > 0);
}

const ENTITIES: Record<string, string> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
};

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity);
}
