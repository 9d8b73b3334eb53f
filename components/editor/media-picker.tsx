"use client";

import { useEffect, useRef, useState } from "react";

export type PickedMedia = {
  mediaId: string;
  src: string;
  alt: string;
  caption: string;
  credit: string;
};

type LibraryItem = {
  id: string;
  key: string;
  variants: number[];
  alt: string;
  caption: string;
  credit: string;
};

const thumb = (item: LibraryItem) =>
  `/media/${item.key}/${item.variants.find((w) => w >= 480) ?? item.variants.at(-1)}.webp`;

/**
 * A dialog to upload an image (with alt text, caption and credit) or pick one from the
 * media library. The server checks the file; its message is shown as it comes.
 */
export function MediaPicker({
  purpose,
  onPick,
  onClose,
}: {
  purpose: "body" | "featured";
  onPick: (media: PickedMedia) => void;
  onClose: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [items, setItems] = useState<LibraryItem[]>([]);
  const [page, setPage] = useState(1);
  const [totalPages, setTotalPages] = useState(1);
  const [error, setError] = useState("");
  const [uploading, setUploading] = useState(false);

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  useEffect(() => {
    let live = true;
    fetch(`/api/editor/media?page=${page}`)
      .then((r) => r.json())
      .then((result) => {
        if (!live || !result.items) return;
        setItems(result.items);
        setTotalPages(result.totalPages);
      })
      .catch(() => live && setError("The media library could not be loaded."));
    return () => {
      live = false;
    };
  }, [page]);

  const upload = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError("");
    setUploading(true);
    try {
      const response = await fetch("/api/editor/media", {
        method: "POST",
        body: new FormData(event.currentTarget),
      });
      const result = await response.json().catch(() => null);
      if (!response.ok || !result?.ok) {
        setError(result?.error ?? `The upload failed (${response.status}).`);
        return;
      }
      const media = result.media as LibraryItem;
      onPick({
        mediaId: media.id,
        src: thumb(media),
        alt: media.alt,
        caption: media.caption,
        credit: media.credit,
      });
    } catch {
      setError("The upload failed: no connection.");
    } finally {
      setUploading(false);
    }
  };

  return (
    <dialog
      ref={dialog}
      onClose={onClose}
      aria-labelledby="media-picker-title"
      className="m-auto w-[min(56rem,95vw)] border border-stone-900 p-0 font-sans backdrop:bg-stone-900/60"
    >
      <div className="flex items-center justify-between border-b border-stone-300 px-5 py-3">
        <h2 id="media-picker-title" className="font-serif text-2xl font-bold">
          {purpose === "featured" ? "Featured image" : "Insert an image"}
        </h2>
        <button
          type="button"
          onClick={() => dialog.current?.close()}
          className="px-2 py-1 underline"
        >
          Close
        </button>
      </div>
      <form
        onSubmit={upload}
        className="grid gap-3 border-b border-stone-300 px-5 py-4 text-sm sm:grid-cols-2"
      >
        <label className="block sm:col-span-2">
          <span className="block font-semibold">
            Image file (JPEG, PNG, WebP or GIF, up to 10 MB)
          </span>
          <input
            name="file"
            type="file"
            required
            accept="image/jpeg,image/png,image/webp,image/gif"
            className="mt-1"
          />
        </label>
        <label className="block">
          <span className="block font-semibold">Alt text</span>
          <input
            name="alt"
            maxLength={500}
            className="mt-1 w-full border border-stone-400 px-2 py-1"
          />
        </label>
        <label className="block">
          <span className="block font-semibold">Credit</span>
          <input
            name="credit"
            maxLength={300}
            className="mt-1 w-full border border-stone-400 px-2 py-1"
          />
        </label>
        <label className="block sm:col-span-2">
          <span className="block font-semibold">Caption</span>
          <input
            name="caption"
            maxLength={1000}
            className="mt-1 w-full border border-stone-400 px-2 py-1"
          />
        </label>
        <div className="sm:col-span-2">
          <button
            type="submit"
            disabled={uploading}
            className="bg-stone-900 px-4 py-2 font-semibold text-white disabled:opacity-60"
          >
            {uploading ? "Uploading…" : "Upload and use"}
          </button>
        </div>
        {error && (
          <p role="alert" className="border-l-4 border-red-700 bg-red-50 px-3 py-2 sm:col-span-2">
            {error}
          </p>
        )}
      </form>
      <section aria-labelledby="media-library-title" className="px-5 py-4">
        <h3 id="media-library-title" className="text-sm font-bold tracking-widest uppercase">
          Media library
        </h3>
        <ul className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-4">
          {items.map((item) => (
            <li key={item.id}>
              <button
                type="button"
                onClick={() =>
                  onPick({
                    mediaId: item.id,
                    src: thumb(item),
                    alt: item.alt,
                    caption: item.caption,
                    credit: item.credit,
                  })
                }
                className="block w-full text-left hover:outline-2 hover:outline-red-800 focus:outline-2 focus:outline-red-800"
                aria-label={`Use image: ${item.alt || item.caption || "no description"}`}
              >
                {/* eslint-disable-next-line @next/next/no-img-element -- thumbnails of our own stored sizes */}
                <img
                  src={thumb(item)}
                  alt=""
                  width={240}
                  height={160}
                  className="aspect-[3/2] w-full object-cover"
                  loading="lazy"
                />
                <span className="mt-1 block truncate text-xs text-stone-700">
                  {item.caption || item.alt || "No caption"}
                </span>
              </button>
            </li>
          ))}
        </ul>
        {totalPages > 1 && (
          <p className="mt-3 flex gap-3 text-sm">
            <button
              type="button"
              disabled={page <= 1}
              onClick={() => setPage(page - 1)}
              className="underline disabled:opacity-40"
            >
              Newer
            </button>
            <span>
              Page {page} of {totalPages}
            </span>
            <button
              type="button"
              disabled={page >= totalPages}
              onClick={() => setPage(page + 1)}
              className="underline disabled:opacity-40"
            >
              Older
            </button>
          </p>
        )}
      </section>
    </dialog>
  );
}
