/** Fired in the browser when the signed-in person's name or role may have changed. */
export const ACCOUNT_CHANGED_EVENT = "meridian:account-changed";

export function announceAccountChanged(): void {
  window.dispatchEvent(new Event(ACCOUNT_CHANGED_EVENT));
}
