"use client";

import { useId, useRef, useState } from "react";

/**
 * Attach, replace or remove one subscriber-only file (an article's narration, an issue's
 * PDF). The file goes up as the raw request body, with progress, and
 * the server checks it by content; what it answers is shown in a live region.
 */
export function PrivateFileField({
  title,
  label,
  accept,
  hint,
  endpoint,
  initial,
  removeLabel,
  variant = "sidebar",
}: {
  /** The section heading, e.g. "Narration". */
  title: string;
  /** The file input's visible label. */
  label: string;
  accept: string;
  hint: string;
  /** POST uploads the file, DELETE removes it; both answer { ok, file: { label } | null, error }. */
  endpoint: string;
  /** A description of the attached file ("MP3 audio, 12.4 MB"), or null. */
  initial: string | null;
  removeLabel: string;
  variant?: "sidebar" | "page";
}) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [current, setCurrent] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null);

  const send = (method: "POST" | "DELETE", file?: File) =>
    new Promise<void>((resolve) => {
      // XMLHttpRequest rather than fetch: it reports upload progress, which matters at 100 MB.
      const request = new XMLHttpRequest();
      request.open(method, endpoint);
      request.responseType = "json";
      if (file) {
        // Always octet-stream: the server tells the type by content, and a browser's guess
        // from the name (text/plain for a mislabelled file) must not get it refused as a form.
        request.setRequestHeader("Content-Type", "application/octet-stream");
        request.upload.onprogress = (event) => {
          if (event.lengthComputable)
            setStatus({
              error: false,
              text: `Uploading… ${Math.round((event.loaded / event.total) * 100)}%`,
            });
        };
      }
      request.onload = () => {
        const answer = request.response as {
          ok?: boolean;
          error?: string;
          file?: { label: string } | null;
        } | null;
        if (request.status < 300 && answer?.ok) {
          setCurrent(answer.file?.label ?? null);
          setStatus({ error: false, text: file ? "Uploaded." : "Removed." });
        } else {
          setStatus({
            error: true,
            text: answer?.error ?? `The server refused it (HTTP ${request.status}).`,
          });
        }
        resolve();
      };
      request.onerror = () => {
        setStatus({ error: true, text: "The connection failed. Try again." });
        resolve();
      };
      request.send(file ?? null);
    });

  const run = async (method: "POST" | "DELETE", file?: File) => {
    setBusy(true);
    setStatus({ error: false, text: file ? "Uploading…" : "Removing…" });
    try {
      await send(method, file);
    } finally {
      setBusy(false);
      if (input.current) input.current.value = "";
    }
  };

  const page = variant === "page";
  return (
    <section
      aria-labelledby={`${id}-heading`}
      className={page ? "font-sans text-sm" : "border-t border-stone-300 pt-3"}
    >
      <h2 id={`${id}-heading`} className={page ? "font-serif text-2xl font-bold" : "font-semibold"}>
        {title}
      </h2>
      <p className="mt-1 text-stone-700">{current ? `Attached: ${current}.` : "None attached."}</p>
      <label htmlFor={`${id}-file`} className="mt-2 block font-semibold">
        {label}
      </label>
      <input
        ref={input}
        id={`${id}-file`}
        type="file"
        accept={accept}
        disabled={busy}
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) void run("POST", file);
        }}
        className="mt-1 block w-full text-sm file:mr-3 file:border file:border-stone-900 file:bg-white file:px-3 file:py-1.5 file:font-semibold"
      />
      <p id={`${id}-hint`} className="mt-1 text-xs text-stone-600">
        {hint}
      </p>
      {current && (
        <button
          type="button"
          disabled={busy}
          onClick={() => void run("DELETE")}
          className="mt-2 text-red-800 underline underline-offset-4 disabled:opacity-50"
        >
          {removeLabel}
        </button>
      )}
      <p
        role="status"
        className={`mt-1 min-h-5 ${status?.error ? "text-red-800" : "text-stone-700"}`}
      >
        {status?.text}
      </p>
    </section>
  );
}
