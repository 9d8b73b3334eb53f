import { mediaStorage } from "@/lib/media/storage";

/** Serves stored image variants. A key is never reused for other content, so variants can be cached for good. */
export async function GET(_request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const objectKey = (await params).path.join("/");
  const data = await mediaStorage.get(objectKey);
  if (!data) return new Response("Not found", { status: 404 });
  return new Response(new Uint8Array(data), {
    headers: {
      "Content-Type": "image/webp",
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
