import type { ReactNode } from "react";
import type { MediaView } from "../media/media-view";
import { isSafeHref, type BlockNode, type InlineNode, type Mark } from "./document-schema";
import { Figure } from "@/components/article/figure";

/**
 * Renders validated article blocks to React elements. Only the node and mark types of
 * the allow-list have a case here; text is always rendered as text (React escapes it),
 * so nothing in a stored body can become markup. An unknown node type throws: bodies
 * are validated on save, so meeting one means the data is corrupt, and showing a
 * half-rendered article would hide that.
 */
export class UnknownNodeError extends Error {}

export function renderBlocks(blocks: BlockNode[], media: Map<string, MediaView>): ReactNode[] {
  return blocks.map((block, index) => renderBlock(block, media, index));
}

function renderBlock(block: BlockNode, media: Map<string, MediaView>, key: number): ReactNode {
  switch (block.type) {
    case "paragraph":
      return <p key={key}>{renderInline(block.content)}</p>;
    case "heading": {
      const Tag = `h${block.attrs.level}` as "h2" | "h3" | "h4";
      return <Tag key={key}>{renderInline(block.content)}</Tag>;
    }
    case "blockquote":
      return <blockquote key={key}>{renderBlocks(block.content, media)}</blockquote>;
    case "bulletList":
      return (
        <ul key={key}>
          {block.content.map((item, i) => (
            <li key={i}>{renderBlocks(item.content, media)}</li>
          ))}
        </ul>
      );
    case "orderedList":
      return (
        <ol key={key} start={block.attrs?.start}>
          {block.content.map((item, i) => (
            <li key={i}>{renderBlocks(item.content, media)}</li>
          ))}
        </ol>
      );
    case "horizontalRule":
      return <hr key={key} />;
    case "figure": {
      const image = media.get(block.attrs.mediaId);
      if (!image) return null; // a deleted image leaves no hole in the text
      return (
        <Figure
          key={key}
          media={{ ...image, alt: block.attrs.alt || image.alt }}
          caption={block.attrs.caption || image.caption}
          credit={block.attrs.credit || image.credit}
          sizes="(min-width: 768px) 680px, 100vw"
        />
      );
    }
    case "pageBreak":
      return null;
    default:
      throw new UnknownNodeError(`Unknown node type "${(block as { type: string }).type}"`);
  }
}

function renderInline(content: InlineNode[] | undefined): ReactNode[] {
  return (content ?? []).map((node, index) => {
    if (node.type === "hardBreak") return <br key={index} />;
    if (node.type !== "text")
      throw new UnknownNodeError(`Unknown inline type "${(node as { type: string }).type}"`);
    return <span key={index}>{applyMarks(node.text, node.marks ?? [])}</span>;
  });
}

function applyMarks(text: string, marks: Mark[]): ReactNode {
  return marks.reduceRight<ReactNode>((inner, mark) => {
    switch (mark.type) {
      case "bold":
        return <strong>{inner}</strong>;
      case "italic":
        return <em>{inner}</em>;
      case "strike":
        return <s>{inner}</s>;
      case "code":
        return <code>{inner}</code>;
      case "link":
        return <SafeLink href={mark.attrs.href}>{inner}</SafeLink>;
      default:
        throw new UnknownNodeError(`Unknown mark type "${(mark as { type: string }).type}"`);
    }
  }, text);
}

/** External links open as plain links with rel values that protect the reader. */
function SafeLink({ href, children }: { href: string; children: ReactNode }) {
  if (!isSafeHref(href)) return <>{children}</>;
  const external = /^https?:/i.test(href);
  return (
    <a href={href} {...(external ? { rel: "noopener noreferrer nofollow" } : {})}>
      {children}
    </a>
  );
}
