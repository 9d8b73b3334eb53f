/**
 * The shapes of media keys, shared by every storage. Keys reach storage from URLs
 * (/media/[...path]), so a key that could climb out of the uploads folder, or name
 * anything but a stored WebP size, is refused before any store is asked.
 */
const SAFE_KEY = /^[a-z0-9][a-z0-9/_-]*\.webp$/;
const SAFE_PREFIX = /^[a-z0-9][a-z0-9/_-]*$/;

export function isSafeMediaKey(objectKey: string): boolean {
  return SAFE_KEY.test(objectKey) && !objectKey.includes("..");
}

export function isSafeMediaPrefix(prefix: string): boolean {
  return SAFE_PREFIX.test(prefix);
}
