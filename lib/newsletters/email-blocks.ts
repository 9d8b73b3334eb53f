import type { BlockNode, InlineNode, Mark } from "../articles/document-schema";
import { isSafeHref } from "../articles/document-schema";
import { siteUrl } from "../env";
import { mediaSrc, type MediaView } from "../media/media-view";

/**
 * An article's blocks as email HTML and as plain text. Mail clients ignore stylesheets
 * and classes, so styles are inline; every piece of text and every attribute is escaped,
 * and links are made absolute (an email has no site to be relative to).
 */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** An absolute address for a link in the article, or null for one we would not follow. */
export function absoluteHref(href: string, articleUrl: string): string | null {
  const value = href.trim();
  if (!isSafeHref(value)) return null;
  if (value.startsWith("#")) return `${articleUrl}${value}`;
  if (value.startsWith("/")) return `${siteUrl}${value}`;
  return value;
}

const FONT = "font-family:Georgia,'Times New Roman',serif";
const P = `margin:0 0 16px;${FONT};font-size:18px;line-height:1.6;color:#1c1917`;

function markHtml(html: string, mark: Mark, articleUrl: string): string {
  switch (mark.type) {
    case "bold":
      return `<strong>${html}</strong>`;
    case "italic":
      return `<em>${html}</em>`;
    case "strike":
      return `<s>${html}</s>`;
    case "code":
      return `<code>${html}</code>`;
    case "link": {
      const href = absoluteHref(mark.attrs.href, articleUrl);
      return href ? `<a href="${escapeHtml(href)}" style="color:#991b1b">${html}</a>` : html;
    }
  }
}

function inlineHtml(content: InlineNode[] | undefined, articleUrl: string): string {
  return (content ?? [])
    .map((node) =>
      node.type === "hardBreak"
        ? "<br>"
        : (node.marks ?? []).reduce(
            (html, mark) => markHtml(html, mark, articleUrl),
            escapeHtml(node.text),
          ),
    )
    .join("");
}

function inlineText(content: InlineNode[] | undefined, articleUrl: string): string {
  return (content ?? [])
    .map((node) => {
      if (node.type === "hardBreak") return "\n";
      const link = node.marks?.find((mark) => mark.type === "link");
      const href = link ? absoluteHref(link.attrs.href, articleUrl) : null;
      return href && href !== node.text ? `${node.text} (${href})` : node.text;
    })
    .join("");
}

export type BlockContext = { articleUrl: string; media: Map<string, MediaView> };

export function blocksToEmailHtml(blocks: BlockNode[], context: BlockContext): string {
  const { articleUrl, media } = context;
  const visit = (block: BlockNode): string => {
    switch (block.type) {
      case "paragraph":
        return `<p style="${P}">${inlineHtml(block.content, articleUrl)}</p>`;
      case "heading":
        return `<h${block.attrs.level} style="margin:24px 0 12px;${FONT};font-size:${block.attrs.level === 2 ? 24 : 20}px;color:#1c1917">${inlineHtml(block.content, articleUrl)}</h${block.attrs.level}>`;
      case "blockquote":
        return `<blockquote style="margin:0 0 16px;padding-left:16px;border-left:4px solid #d6d3d1">${block.content.map(visit).join("")}</blockquote>`;
      case "bulletList":
      case "orderedList": {
        const tag = block.type === "bulletList" ? "ul" : "ol";
        const items = block.content
          .map(
            (item) => `<li style="${FONT};font-size:18px">${item.content.map(visit).join("")}</li>`,
          )
          .join("");
        return `<${tag} style="margin:0 0 16px;padding-left:24px">${items}</${tag}>`;
      }
      case "horizontalRule":
        return `<hr style="border:0;border-top:1px solid #d6d3d1;margin:24px 0">`;
      case "figure": {
        const image = media.get(block.attrs.mediaId);
        if (!image) return "";
        const caption = [block.attrs.caption, block.attrs.credit].filter(Boolean).join(" — ");
        return `<figure style="margin:0 0 16px"><img src="${escapeHtml(`${siteUrl}${mediaSrc(image, 640)}`)}" alt="${escapeHtml(block.attrs.alt)}" width="600" style="display:block;width:100%;max-width:600px;height:auto">${caption ? `<figcaption style="font-family:Arial,sans-serif;font-size:13px;color:#57534e;margin-top:4px">${escapeHtml(caption)}</figcaption>` : ""}</figure>`;
      }
      default:
        return "";
    }
  };
  return blocks.map(visit).join("\n");
}

export function blocksToEmailText(blocks: BlockNode[], context: BlockContext): string {
  const { articleUrl } = context;
  const lines: string[] = [];
  const visit = (block: BlockNode, prefix = "") => {
    switch (block.type) {
      case "paragraph":
        lines.push(prefix + inlineText(block.content, articleUrl));
        break;
      case "heading":
        lines.push(inlineText(block.content, articleUrl).toUpperCase());
        break;
      case "blockquote":
        block.content.forEach((child) => visit(child, "> "));
        break;
      case "bulletList":
      case "orderedList":
        block.content.forEach((item, i) =>
          item.content.forEach((child) =>
            visit(child, block.type === "bulletList" ? "- " : `${i + 1}. `),
          ),
        );
        break;
      case "horizontalRule":
        lines.push("* * *");
        break;
      case "figure":
        if (block.attrs.caption) lines.push(`[Image: ${block.attrs.caption}]`);
        break;
      default:
        break;
    }
  };
  blocks.forEach((block) => visit(block));
  return lines.filter((line) => line.trim()).join("\n\n");
}
