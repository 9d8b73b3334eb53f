/**
 * What an uploaded subscriber file really is, told by its first bytes, never by its name
 * or the browser's claim. Only the formats we serve are recognised: anything else (HTML
 * renamed .mp3, SVG, an empty file) comes back null, so it is never stored and never
 * served under an audio or PDF content type.
 *
 * HEAD_BYTES is how much of the start a check needs; storage hands the checks that much.
 */
export const HEAD_BYTES = 16;

export type AudioType = "audio/mpeg" | "audio/mp4";

const ascii = (bytes: Uint8Array, from: number, text: string) =>
  bytes.length >= from + text.length &&
  [...text].every((c, i) => bytes[from + i] === c.charCodeAt(0));

/** An ID3v2 tag header: "ID3", major version 2–4, and a syncsafe size (high bits clear). */
function isId3(bytes: Uint8Array): boolean {
  if (!ascii(bytes, 0, "ID3") || bytes.length < 10) return false;
  const major = bytes[3]!;
  return major >= 2 && major <= 4 && [6, 7, 8, 9].every((i) => bytes[i]! < 0x80);
}

/**
 * An MPEG audio frame header: 11 sync bits, then a version, layer, bitrate and sample
 * rate that are not the reserved/"bad" values. This excludes JPEG (FF D8) and AAC ADTS
 * (layer 00), which share the leading 0xFF.
 */
function isMpegFrame(bytes: Uint8Array): boolean {
  if (bytes.length < 4) return false;
  const [b0, b1, b2] = [bytes[0]!, bytes[1]!, bytes[2]!];
  if (b0 !== 0xff || (b1 & 0xe0) !== 0xe0) return false;
  const version = (b1 >> 3) & 0b11; // 01 is reserved
  const layer = (b1 >> 1) & 0b11; // 00 is reserved
  const bitrate = b2 >> 4; // 1111 is "bad"
  const sampleRate = (b2 >> 2) & 0b11; // 11 is reserved
  return version !== 0b01 && layer !== 0b00 && bitrate !== 0b1111 && sampleRate !== 0b11;
}

/** ISO base media brands that carry AAC audio as iTunes and most encoders write it. */
const M4A_BRANDS = ["M4A ", "M4B ", "mp42", "mp41", "isom", "iso2"];

/** An ISO base media file ("ftyp" box first) with an audio-capable major brand. */
function isM4a(bytes: Uint8Array): boolean {
  if (!ascii(bytes, 4, "ftyp") || bytes.length < 12) return false;
  const boxSize = ((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0;
  if (boxSize < 16 || boxSize > 4096) return false;
  return M4A_BRANDS.some((brand) => ascii(bytes, 8, brand));
}

export function sniffAudioType(bytes: Uint8Array): AudioType | null {
  if (isId3(bytes) || isMpegFrame(bytes)) return "audio/mpeg";
  if (isM4a(bytes)) return "audio/mp4";
  return null;
}

/** "%PDF-" and a version digit, at the very start, as PDF writers put it. */
export function isPdf(bytes: Uint8Array): boolean {
  const digit = bytes[5];
  return ascii(bytes, 0, "%PDF-") && digit !== undefined && digit >= 0x30 && digit <= 0x39;
}
