import { Readable } from "node:stream";
import type { PrivateFiles } from "./private-files";

export type ByteRange =
  { kind: "full" } | { kind: "partial"; start: number; end: number } | { kind: "unsatisfiable" };

/**
 * The one byte range a Range header asks for (RFC 9110 §14.1.2): "bytes=a-b", "bytes=a-"
 * and the suffix "bytes=-n". A malformed header, another unit, or several ranges are
 * ignored (the whole file is sent), as the RFC allows: players only ever ask for one.
 */
export function parseRange(header: string | null, size: number): ByteRange {
  if (!header) return { kind: "full" };
  const match = /^bytes=\s*(\d*)\s*-\s*(\d*)\s*$/.exec(header.trim());
  if (!match) return { kind: "full" };
  const [, from = "", to = ""] = match;
  if (from === "" && to === "") return { kind: "full" };
  if (from === "") {
    const suffix = Number(to);
    if (suffix === 0) return { kind: "unsatisfiable" };
    return { kind: "partial", start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(from);
  const end = to === "" ? size - 1 : Math.min(Number(to), size - 1);
  if (to !== "" && Number(to) < start) return { kind: "full" }; // invalid: ignore it
  if (start >= size) return { kind: "unsatisfiable" };
  return { kind: "partial", start, end };
}

/**
 * Streams a private file as the answer to GET, honouring Range so players can seek:
 * 200 with the whole file, 206 with Content-Range, or 416 when the range is past the end.
 * Never cached anywhere (the answer depends on who asked), and never sniffed.
 */
export async function serveFile(
  files: PrivateFiles,
  key: string,
  options: { contentType: string; range: string | null; headers?: Record<string, string> },
): Promise<Response> {
  const opened = await files.open(key);
  if (!opened) {
    // The row names a file the disk does not have: worth a log line, not a stack trace.
    console.error(`Private file missing: ${key}`);
    return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  }
  const base: Record<string, string> = {
    "Cache-Control": "private, no-store",
    "Accept-Ranges": "bytes",
    "X-Content-Type-Options": "nosniff",
    ...options.headers,
  };
  if (opened.size === 0) {
    await opened.close();
    return new Response(new Uint8Array(), {
      headers: { ...base, "Content-Type": options.contentType, "Content-Length": "0" },
    });
  }
  const range = parseRange(options.range, opened.size);
  if (range.kind === "unsatisfiable") {
    await opened.close();
    return new Response(null, {
      status: 416,
      headers: { ...base, "Content-Range": `bytes */${opened.size}` },
    });
  }
  const [start, end] = range.kind === "partial" ? [range.start, range.end] : [0, opened.size - 1];
  const body = Readable.toWeb(
    opened.stream({ start, end }),
  ) as unknown as ReadableStream<Uint8Array>;
  return new Response(body, {
    status: range.kind === "partial" ? 206 : 200,
    headers: {
      ...base,
      "Content-Type": options.contentType,
      "Content-Length": String(end - start + 1),
      ...(range.kind === "partial"
        ? { "Content-Range": `bytes ${start}-${end}/${opened.size}` }
        : {}),
    },
  });
}
