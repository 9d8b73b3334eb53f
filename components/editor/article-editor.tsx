"use client";

import { EditorContent, useEditor, useEditorState, type Editor } from "@tiptap/react";
import Link from "next/link";
import { useCallback, useEffect, useRef, useState } from "react";
import { workflowAction } from "@/app/editor/articles/actions";
import type { ArticleDocument } from "@/lib/articles/document-schema";
import type { ArticleEditorData } from "@/lib/editor/article-editor-data";
import { slugify } from "@/lib/text/slugify";
import { editorExtensions } from "./extensions";
import { looksLikeMarkdown, markdownToBlocks } from "./markdown-paste";
import { MediaPicker, type PickedMedia } from "./media-picker";
import { Toolbar } from "./toolbar";
import type { MailingChoice } from "@/lib/newsletters/article-mailing";
import { ArticleSidebar } from "./article-sidebar";

type Fields = ArticleEditorData["article"]["fields"];
type SaveState =
  | { kind: "saved"; at: string }
  | { kind: "dirty" }
  | { kind: "saving" }
  | { kind: "invalid" }
  | { kind: "conflict" }
  | { kind: "failed"; message: string };

const AUTOSAVE_IDLE_MS = 2500;

const STATUS_LABEL: Record<string, string> = {
  DRAFT: "Draft",
  IN_REVIEW: "In review",
  SCHEDULED: "Scheduled",
  PUBLISHED: "Published",
  ARCHIVED: "Archived",
};

/** Editor display: figures need their image address, which the stored document omits. */
function withFigureSources(doc: ArticleDocument, src: Record<string, string>): unknown {
  const visit = (node: unknown): unknown => {
    if (typeof node !== "object" || node === null) return node;
    const n = node as { type: string; attrs?: Record<string, unknown>; content?: unknown[] };
    if (n.type === "figure" && n.attrs)
      return { ...n, attrs: { ...n.attrs, src: src[String(n.attrs.mediaId)] ?? "" } };
    return n.content ? { ...n, content: n.content.map(visit) } : n;
  };
  return visit(doc);
}

function saveLabel(state: SaveState): string {
  switch (state.kind) {
    case "saved":
      return `Saved at ${new Date(state.at).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit", second: "2-digit" })}`;
    case "dirty":
      return "Unsaved changes";
    case "saving":
      return "Saving…";
    case "invalid":
      return "Not saved: fix the marked fields";
    case "conflict":
      return "Not saved: this article changed elsewhere";
    case "failed":
      return `Not saved: ${state.message}`;
  }
}

export function ArticleEditor({ data }: { data: ArticleEditorData }) {
  const { article } = data;
  const [fields, setFields] = useState<Fields>(article.fields);
  const [status, setStatus] = useState(article.status);
  const [saveState, setSaveState] = useState<SaveState>({
    kind: "saved",
    at: article.updatedAt,
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const [picker, setPicker] = useState<null | "body" | "featured">(null);
  const [featuredSrc, setFeaturedSrc] = useState(data.featuredImageSrc);
  // A never-published article's slug follows its title until someone edits the slug.
  const [slugTouched, setSlugTouched] = useState(
    Boolean(article.publishedAt) || article.fields.slug !== slugify(article.fields.title),
  );

  // The latest values, for saves started by timers and page-leave events.
  const version = useRef(article.version);
  const fieldsRef = useRef(fields);
  const dirty = useRef(false);
  const saving = useRef<Promise<boolean> | null>(null);
  const blocked = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const editorRef = useRef<Editor | null>(null);

  const save = useCallback(
    async (options: { keepalive?: boolean } = {}): Promise<boolean> => {
      const editor = editorRef.current;
      if (!editor || blocked.current) return !dirty.current;
      if (saving.current) await saving.current;
      if (!dirty.current) return true;
      dirty.current = false;
      setSaveState({ kind: "saving" });
      const run = (async () => {
        try {
          const response = await fetch(`/api/editor/articles/${article.id}`, {
            method: "PUT",
            headers: { "content-type": "application/json" },
            keepalive: options.keepalive,
            body: JSON.stringify({
              version: version.current,
              fields: fieldsRef.current,
              body: editor.getJSON(),
            }),
          });
          const result = await response.json().catch(() => null);
          if (response.ok && result?.ok) {
            version.current = result.version;
            setErrors({});
            setSaveState(dirty.current ? { kind: "dirty" } : { kind: "saved", at: result.savedAt });
            return true;
          }
          dirty.current = true;
          if (response.status === 409) {
            blocked.current = true;
            setSaveState({ kind: "conflict" });
          } else if (response.status === 422 && result?.errors) {
            setErrors(result.errors);
            setSaveState({ kind: "invalid" });
          } else {
            setSaveState({
              kind: "failed",
              message: result?.error ?? `the server answered ${response.status}`,
            });
          }
          return false;
        } catch {
          dirty.current = true;
          setSaveState({ kind: "failed", message: "no connection; retrying when you type" });
          return false;
        }
      })();
      saving.current = run;
      const ok = await run;
      saving.current = null;
      return ok;
    },
    [article.id],
  );

  const changed = useCallback(() => {
    if (blocked.current) return;
    dirty.current = true;
    setSaveState({ kind: "dirty" });
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void save(), AUTOSAVE_IDLE_MS);
  }, [save]);

  const editor = useEditor({
    extensions: editorExtensions(),
    content: withFigureSources(article.body, data.figureSrc) as object,
    immediatelyRender: false,
    editorProps: {
      attributes: {
        class:
          "prose prose-lg prose-stone max-w-none font-serif min-h-[24rem] focus:outline-none px-1 py-4",
        "aria-label": "Article text",
        role: "textbox",
        "aria-multiline": "true",
      },
      handlePaste(_view, event) {
        const data = event.clipboardData;
        if (!data || data.types.includes("text/html")) return false;
        const text = data.getData("text/plain");
        if (!looksLikeMarkdown(text)) return false;
        const blocks = markdownToBlocks(text);
        if (!blocks) return false;
        editorRef.current?.chain().focus().insertContent(blocks).run();
        return true;
      },
    },
    onUpdate: () => changed(),
  });
  useEffect(() => {
    editorRef.current = editor;
  }, [editor]);

  useEffect(() => {
    const flush = () => {
      if (document.visibilityState === "hidden" && dirty.current) void save({ keepalive: true });
    };
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (!dirty.current) return;
      void save({ keepalive: true });
      event.preventDefault();
    };
    document.addEventListener("visibilitychange", flush);
    window.addEventListener("beforeunload", beforeUnload);
    return () => {
      document.removeEventListener("visibilitychange", flush);
      window.removeEventListener("beforeunload", beforeUnload);
      if (timer.current) clearTimeout(timer.current);
    };
  }, [save]);

  const setField = <K extends keyof Fields>(key: K, value: Fields[K]) => {
    setFields((current) => {
      const next = { ...current, [key]: value };
      if (key === "title" && !slugTouched) next.slug = slugify(String(value)) || current.slug;
      fieldsRef.current = next;
      return next;
    });
    changed();
  };

  const runWorkflow = async (to: string, scheduledFor?: string, email?: MailingChoice) => {
    setNotice(null);
    if (timer.current) clearTimeout(timer.current);
    if (!(await save())) {
      setNotice({ ok: false, text: "Save the article first: fix what is marked, then try again." });
      return;
    }
    const result = await workflowAction(article.id, to, scheduledFor, email);
    if (result.ok) {
      setStatus(result.status as typeof status);
      version.current = result.version;
    }
    setNotice({ ok: result.ok, text: result.message });
  };

  const openPreview = async () => {
    await save();
    window.open(`/editor/articles/${article.id}/preview`, "_blank", "noopener");
  };

  // Focus cannot go back to the text while the modal picker is open (the rest of the page
  // is inert then), so the figure is inserted at the kept selection and the cursor returns
  // once the picker has closed.
  const refocus = useRef(false);
  useEffect(() => {
    if (picker || !refocus.current) return;
    refocus.current = false;
    editorRef.current?.commands.focus();
  }, [picker]);

  const insertFigure = (media: PickedMedia) => {
    editor?.chain().setFigure(media).run();
    refocus.current = true;
  };

  const selection = useEditorState({
    editor,
    selector: ({ editor: e }) => {
      if (!e || !e.isActive("figure")) return null;
      return e.getAttributes("figure") as { alt: string; caption: string; credit: string };
    },
  });

  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <div>
        <div className="flex flex-wrap items-center justify-between gap-3 font-sans text-sm">
          <p>
            <span className="font-semibold">{STATUS_LABEL[status] ?? status}</span>
            {" · "}
            <span role="status" aria-live="polite" data-save-state={saveState.kind}>
              {saveLabel(saveState)}
            </span>
          </p>
          <p className="flex gap-3">
            <button
              type="button"
              onClick={() => void save()}
              className="border border-stone-900 px-3 py-1 font-semibold hover:bg-stone-100"
            >
              Save now
            </button>
            <button
              type="button"
              onClick={() => void openPreview()}
              className="border border-stone-900 px-3 py-1 font-semibold hover:bg-stone-100"
            >
              Preview
            </button>
            <Link
              href={`/editor/articles/${article.id}/revisions`}
              className="px-1 py-1 underline underline-offset-4"
            >
              Revisions
            </Link>
          </p>
        </div>
        {saveState.kind === "conflict" && (
          <div
            role="alert"
            className="mt-3 border-l-4 border-red-700 bg-red-50 px-3 py-2 font-sans text-sm"
          >
            Someone saved this article in another tab or browser after you opened it. Your changes
            here are kept but not saved. Copy anything you need, then{" "}
            <a href={`/editor/articles/${article.id}`} className="font-semibold underline">
              reload the latest version
            </a>
            .
          </div>
        )}
        {notice && (
          <p
            role={notice.ok ? "status" : "alert"}
            className={`mt-3 border-l-4 px-3 py-2 font-sans text-sm ${notice.ok ? "border-green-700 bg-green-50" : "border-red-700 bg-red-50"}`}
          >
            {notice.text}
          </p>
        )}
        <label htmlFor="article-title" className="mt-6 block font-sans text-sm font-semibold">
          Title
        </label>
        <input
          id="article-title"
          value={fields.title}
          onChange={(e) => setField("title", e.target.value)}
          maxLength={200}
          aria-invalid={errors.title ? true : undefined}
          aria-describedby={errors.title ? "article-title-error" : undefined}
          className="mt-1 w-full border-b border-stone-400 bg-transparent py-2 font-serif text-4xl font-bold focus:border-stone-900 focus:outline-none"
        />
        {errors.title && (
          <p id="article-title-error" className="mt-1 font-sans text-sm text-red-800">
            {errors.title}
          </p>
        )}
        <label htmlFor="article-dek" className="mt-4 block font-sans text-sm font-semibold">
          Dek
        </label>
        <textarea
          id="article-dek"
          value={fields.dek}
          onChange={(e) => setField("dek", e.target.value)}
          maxLength={400}
          rows={2}
          className="mt-1 w-full border border-stone-300 px-2 py-1 font-serif text-xl text-stone-700"
        />
        {errors.dek && <p className="mt-1 font-sans text-sm text-red-800">{errors.dek}</p>}
        <div className="sticky top-0 z-10 mt-6 border-y border-stone-900 bg-white">
          {editor && <Toolbar editor={editor} onInsertImage={() => setPicker("body")} />}
        </div>
        {selection && editor && (
          <fieldset className="mt-2 grid gap-2 border border-stone-300 p-3 font-sans text-sm sm:grid-cols-3">
            <legend className="px-1 font-semibold">Selected image</legend>
            {(["alt", "caption", "credit"] as const).map((key) => (
              <label key={key} className="block">
                <span className="block">
                  {{ alt: "Alt text", caption: "Caption", credit: "Credit" }[key]}
                </span>
                <input
                  value={selection[key] ?? ""}
                  onChange={(e) =>
                    editor.commands.updateAttributes("figure", { [key]: e.target.value })
                  }
                  className="mt-1 w-full border border-stone-400 px-2 py-1"
                />
              </label>
            ))}
          </fieldset>
        )}
        <div className="article-editor-body">
          <EditorContent editor={editor} />
        </div>
        {errors.body && (
          <p role="alert" className="mt-2 font-sans text-sm text-red-800">
            {errors.body}
          </p>
        )}
      </div>
      <ArticleSidebar
        data={data}
        fields={fields}
        errors={errors}
        status={status}
        featuredSrc={featuredSrc}
        onField={setField}
        onSlugTouched={() => setSlugTouched(true)}
        onPickFeatured={() => setPicker("featured")}
        onClearFeatured={() => {
          setFeaturedSrc(null);
          setField("featuredImageId", null);
        }}
        onWorkflow={runWorkflow}
      />
      {picker && (
        <MediaPicker
          purpose={picker}
          onClose={() => setPicker(null)}
          onPick={(media) => {
            if (picker === "body") insertFigure(media);
            else {
              setFeaturedSrc(media.src);
              setField("featuredImageId", media.mediaId);
            }
            setPicker(null);
          }}
        />
      )}
    </div>
  );
}
