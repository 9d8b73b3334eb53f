import { Node } from "@tiptap/core";
import StarterKit from "@tiptap/starter-kit";
import { isSafeHref } from "@/lib/articles/document-schema";

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    pageBreak: { setPageBreak: () => ReturnType };
    figure: {
      setFigure: (attrs: {
        mediaId: string;
        src: string;
        alt: string;
        caption: string;
        credit: string;
      }) => ReturnType;
    };
  }
}

/** Splits the article into pages where it stands, as on the site. */
export const PageBreak = Node.create({
  name: "pageBreak",
  group: "block",
  atom: true,
  selectable: true,
  parseHTML: () => [{ tag: "hr[data-page-break]", priority: 60 }],
  renderHTML: () => ["hr", { "data-page-break": "", class: "editor-page-break" }],
  addCommands() {
    return {
      setPageBreak:
        () =>
        ({ commands }) =>
          // A paragraph after it, so typing goes on below instead of replacing the break.
          commands.insertContent([{ type: this.name }, { type: "paragraph" }]),
    };
  },
});

const textAttr = (read: (el: HTMLElement) => string | null | undefined) => ({
  default: "",
  parseHTML: (el: HTMLElement) => read(el) ?? "",
  renderHTML: () => ({}),
});

/**
 * An image from the media library with its alt text, caption and credit. `src` is only
 * for display in the editor; the stored document keeps the media id (the server drops src).
 */
export const Figure = Node.create({
  name: "figure",
  group: "block",
  atom: true,
  draggable: true,
  selectable: true,
  addAttributes() {
    return {
      mediaId: textAttr((el) => el.getAttribute("data-media-id")),
      src: textAttr((el) => el.querySelector("img")?.getAttribute("src")),
      alt: textAttr((el) => el.querySelector("img")?.getAttribute("alt")),
      caption: textAttr((el) => el.getAttribute("data-caption")),
      credit: textAttr((el) => el.getAttribute("data-credit")),
    };
  },
  parseHTML: () => [{ tag: "figure[data-media-id]" }],
  renderHTML({ node }) {
    const { mediaId, src, alt, caption, credit } = node.attrs as Record<string, string>;
    return [
      "figure",
      {
        "data-media-id": mediaId,
        "data-caption": caption,
        "data-credit": credit,
        class: "editor-figure",
      },
      ["img", { src, alt }],
      [
        "figcaption",
        {},
        caption || alt || "No caption yet",
        ...(credit ? [["span", { class: "editor-credit" }, ` ${credit}`]] : []),
      ],
    ];
  },
  addCommands() {
    return {
      setFigure:
        (attrs) =>
        ({ commands }) =>
          commands.insertContent([{ type: this.name, attrs }, { type: "paragraph" }]),
    };
  },
});

/** What the editor can express: exactly the article document model, nothing more. */
export function editorExtensions() {
  return [
    StarterKit.configure({
      heading: { levels: [2, 3, 4] },
      codeBlock: false,
      underline: false,
      link: {
        openOnClick: false,
        autolink: true,
        defaultProtocol: "https",
        protocols: ["http", "https", "mailto"],
        isAllowedUri: (url) => isSafeHref(url),
        HTMLAttributes: { rel: "noopener noreferrer nofollow", target: null },
      },
    }),
    PageBreak,
    Figure,
  ];
}
