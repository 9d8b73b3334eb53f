/**
 * A one-time request token (a version 4 UUID), made in the browser for each form that moves
 * money or time (see processed-requests.ts). Made there rather than in the rendered page so
 * that two copies of the same page, such as two tabs served one cached admin list, never
 * carry the same token and swallow each other's request.
 *
 * crypto.randomUUID exists only in secure contexts (https, localhost); getRandomValues
 * exists everywhere, so an admin reaching the site over plain http on a LAN still works.
 */
export function newRequestToken(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40; // version 4
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80; // RFC 4122 variant
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
