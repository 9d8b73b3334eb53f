import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { createUser, type TestUser } from "./account-helpers";

/** Sample files and subscribers for the narration, issue PDF and whole-issue tests. */

const bytes = (...parts: (string | number[] | Uint8Array)[]) =>
  Buffer.concat(
    parts.map((part) =>
      typeof part === "string" ? Buffer.from(part, "latin1") : Buffer.from(part),
    ),
  );

/** Distinct, recognisable bytes so a range can be checked against the original. */
const filler = (length: number) => Buffer.from(Array.from({ length }, (_, i) => (i * 7 + 3) % 256));

/** An MPEG-1 Layer III frame header (128 kbit/s, 44.1 kHz) and some frame bytes. */
const MPEG_FRAME = [0xff, 0xfb, 0x90, 0x64];

export const SAMPLES = {
  /** ID3v2.3 tag (10 bytes of padding), then audio frames. */
  mp3WithId3: bytes("ID3", [3, 0, 0, 0, 0, 0, 10], new Uint8Array(10), MPEG_FRAME, filler(4000)),
  /** A bare MPEG stream, as some encoders write it. */
  mp3Frames: bytes(MPEG_FRAME, filler(3000)),
  m4a: bytes(
    [0, 0, 0, 0x20],
    "ftypM4A ",
    [0, 0, 0, 0],
    "M4A mp42isom",
    [0, 0, 0, 8],
    "mdat",
    filler(3000),
  ),
  mp4Isom: bytes([0, 0, 0, 0x18], "ftypisom", [0, 0, 2, 0], "isom", [0, 0, 0, 8], "free"),
  pdf: bytes(
    "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
    filler(5000),
    "\n%%EOF\n",
  ),
  html: bytes("<!doctype html><html><script>alert(document.cookie)</script></html>"),
  svg: bytes(
    '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
  ),
  empty: Buffer.alloc(0),
  jpeg: bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], "JFIF", [0], filler(100)),
  /** AAC in ADTS: the same 0xFFF sync as MPEG audio, but layer 00. */
  adts: bytes([0xff, 0xf1, 0x50, 0x80, 0x02, 0x1f, 0xfc], filler(100)),
  quicktime: bytes([0, 0, 0, 0x14], "ftypqt  ", [0, 0, 2, 0], "qt  "),
  /** An ID3 tag whose size bytes are not syncsafe: not a real tag. */
  fakeId3: bytes("ID3", [3, 0, 0, 0xff, 0xff, 0xff, 0xff], filler(100)),
};

/** The file as an upload body arrives: in chunks. */
export async function* chunks(data: Uint8Array, size = 1000): AsyncIterable<Uint8Array> {
  for (let at = 0; at < data.byteLength; at += size) yield data.subarray(at, at + size);
}

/** A reader with an active subscription (as the demo provider would leave it). */
export async function subscriber(now = new Date()): Promise<TestUser> {
  const user = await createUser();
  const plan = await db.plan.create({
    data: {
      slug: `plan-${randomUUID().slice(0, 8)}`,
      name: "Digital yearly",
      interval: "YEAR",
      priceAmount: 9900,
    },
    select: { id: true },
  });
  await db.subscription.create({
    data: {
      userId: user.id,
      planId: plan.id,
      provider: "demo",
      status: "ACTIVE",
      priceAmount: 9900,
      currency: "usd",
      currentPeriodStart: new Date(now.getTime() - 86_400_000),
      currentPeriodEnd: new Date(now.getTime() + 30 * 86_400_000),
    },
  });
  return user;
}

/** A reader whose subscription ended last month. */
export async function lapsedSubscriber(now = new Date()): Promise<TestUser> {
  const user = await subscriber(new Date(now.getTime() - 60 * 86_400_000));
  await db.subscription.updateMany({
    where: { userId: user.id },
    data: { status: "CANCELED", endedAt: new Date(now.getTime() - 29 * 86_400_000) },
  });
  return user;
}

export async function body(response: Response): Promise<Buffer> {
  return Buffer.from(await response.arrayBuffer());
}
