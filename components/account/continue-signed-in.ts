"use client";

/**
 * After signing in: a full page load of `path`, not a client-side push and refresh. The
 * router's cache holds pages fetched while signed out (the public edition), and a refresh
 * refetches the page and prefetches every link on it again, several times over. One load
 * asks the server once, in the reader's new edition, and prefetches each link once.
 */
export function continueSignedIn(path: string): void {
  window.location.assign(path);
}
