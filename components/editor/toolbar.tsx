"use client";

import { useEditorState, type Editor } from "@tiptap/react";
import { useState } from "react";
import { isSafeHref } from "@/lib/articles/document-schema";

function ToolButton({
  label,
  active,
  onClick,
  children,
}: {
  label: string;
  active?: boolean;
  onClick: () => void;
  children: React.ReactNode;
}) {
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      aria-pressed={active === undefined ? undefined : active}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
      className="min-w-9 px-2 py-1.5 font-sans text-sm hover:bg-stone-100 aria-pressed:bg-stone-900 aria-pressed:text-white"
    >
      {children}
    </button>
  );
}

/** Formatting for the article body: only what the document model can hold. */
export function Toolbar({ editor, onInsertImage }: { editor: Editor; onInsertImage: () => void }) {
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      h2: e.isActive("heading", { level: 2 }),
      h3: e.isActive("heading", { level: 3 }),
      bold: e.isActive("bold"),
      italic: e.isActive("italic"),
      link: e.isActive("link"),
      href: (e.getAttributes("link").href as string | undefined) ?? "",
      quote: e.isActive("blockquote"),
      bullets: e.isActive("bulletList"),
      numbers: e.isActive("orderedList"),
    }),
  });
  const [linkOpen, setLinkOpen] = useState(false);
  const [href, setHref] = useState("");
  const [linkError, setLinkError] = useState("");

  const openLink = () => {
    setHref(state.href);
    setLinkError("");
    setLinkOpen(true);
  };
  const applyLink = (event: React.FormEvent) => {
    event.preventDefault();
    const value = href.trim();
    if (!isSafeHref(value)) {
      setLinkError("Use an address starting with https://, http://, mailto: or /.");
      return;
    }
    editor.chain().focus().extendMarkRange("link").setLink({ href: value }).run();
    setLinkOpen(false);
  };

  return (
    <div>
      <div
        role="toolbar"
        aria-label="Formatting"
        className="flex flex-wrap items-center gap-0.5 py-1"
      >
        <ToolButton
          label="Heading"
          active={state.h2}
          onClick={() => editor.chain().focus().toggleHeading({ level: 2 }).run()}
        >
          H2
        </ToolButton>
        <ToolButton
          label="Subheading"
          active={state.h3}
          onClick={() => editor.chain().focus().toggleHeading({ level: 3 }).run()}
        >
          H3
        </ToolButton>
        <ToolButton
          label="Bold"
          active={state.bold}
          onClick={() => editor.chain().focus().toggleBold().run()}
        >
          <b>B</b>
        </ToolButton>
        <ToolButton
          label="Italic"
          active={state.italic}
          onClick={() => editor.chain().focus().toggleItalic().run()}
        >
          <i className="font-serif">I</i>
        </ToolButton>
        <ToolButton
          label={state.link ? "Edit link" : "Add link"}
          active={state.link}
          onClick={openLink}
        >
          Link
        </ToolButton>
        {state.link && (
          <ToolButton
            label="Remove link"
            onClick={() => editor.chain().focus().extendMarkRange("link").unsetLink().run()}
          >
            Unlink
          </ToolButton>
        )}
        <ToolButton
          label="Block quote"
          active={state.quote}
          onClick={() => editor.chain().focus().toggleBlockquote().run()}
        >
          “ ”
        </ToolButton>
        <ToolButton
          label="Bulleted list"
          active={state.bullets}
          onClick={() => editor.chain().focus().toggleBulletList().run()}
        >
          • List
        </ToolButton>
        <ToolButton
          label="Numbered list"
          active={state.numbers}
          onClick={() => editor.chain().focus().toggleOrderedList().run()}
        >
          1. List
        </ToolButton>
        <ToolButton
          label="Horizontal rule"
          onClick={() => editor.chain().focus().setHorizontalRule().run()}
        >
          ―
        </ToolButton>
        <ToolButton label="Page break" onClick={() => editor.chain().focus().setPageBreak().run()}>
          Page break
        </ToolButton>
        <ToolButton label="Insert image" onClick={onInsertImage}>
          Image
        </ToolButton>
        <ToolButton label="Undo" onClick={() => editor.chain().focus().undo().run()}>
          ↶
        </ToolButton>
        <ToolButton label="Redo" onClick={() => editor.chain().focus().redo().run()}>
          ↷
        </ToolButton>
      </div>
      {linkOpen && (
        <form
          onSubmit={applyLink}
          className="flex flex-wrap items-center gap-2 border-t border-stone-300 py-2 font-sans text-sm"
        >
          <label htmlFor="link-href" className="font-semibold">
            Link address
          </label>
          <input
            id="link-href"
            autoFocus
            value={href}
            onChange={(e) => setHref(e.target.value)}
            placeholder="https://…"
            aria-invalid={linkError ? true : undefined}
            aria-describedby={linkError ? "link-href-error" : undefined}
            className="min-w-64 flex-1 border border-stone-400 px-2 py-1"
          />
          <button type="submit" className="bg-stone-900 px-3 py-1 font-semibold text-white">
            Apply link
          </button>
          <button type="button" onClick={() => setLinkOpen(false)} className="px-2 py-1 underline">
            Cancel
          </button>
          {linkError && (
            <p id="link-href-error" className="w-full text-red-800">
              {linkError}
            </p>
          )}
        </form>
      )}
    </div>
  );
}
