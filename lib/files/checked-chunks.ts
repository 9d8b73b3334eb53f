import { HEAD_BYTES } from "./file-types";
import type { PutOptions } from "./private-files";

/** What an upload amounted to, filled in as its chunks pass. */
export type Tally = { size: number; head: Uint8Array };

/**
 * An upload's chunks, passed on only while they are acceptable: it throws `tooLarge()` at
 * the chunk that goes past maxBytes and `checkHead`'s refusal at the first HEAD_BYTES
 * bytes (at the end, for a shorter file), before handing on the chunk that failed, so a
 * store writing what it is given never writes a refused byte.
 */
export async function* checkedChunks(
  source: AsyncIterable<Uint8Array>,
  options: PutOptions,
  tally: Tally,
): AsyncGenerator<Uint8Array> {
  let checked = false;
  for await (const chunk of source) {
    tally.size += chunk.byteLength;
    if (tally.size > options.maxBytes) throw options.tooLarge();
    if (!checked) {
      // Refuse an impostor at its first bytes, not after storing 100 MB of it.
      const more = chunk.subarray(0, HEAD_BYTES - tally.head.byteLength);
      const joined = new Uint8Array(tally.head.byteLength + more.byteLength);
      joined.set(tally.head);
      joined.set(more, tally.head.byteLength);
      tally.head = joined;
      if (tally.head.byteLength >= HEAD_BYTES) {
        options.checkHead(tally.head);
        checked = true;
      }
    }
    yield chunk;
  }
  if (!checked) options.checkHead(tally.head);
}
