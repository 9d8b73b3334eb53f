/** A failure to show the person as it is: the message is written for them. */
export class AppError extends Error {
  constructor(
    readonly code:
      "NOT_FOUND" | "FORBIDDEN" | "UNAUTHENTICATED" | "INVALID" | "CONFLICT" | "RATE_LIMITED",
    message: string,
  ) {
    super(message);
    this.name = "AppError";
  }

  get status(): number {
    return {
      NOT_FOUND: 404,
      FORBIDDEN: 403,
      UNAUTHENTICATED: 401,
      INVALID: 422,
      CONFLICT: 409,
      RATE_LIMITED: 429,
    }[this.code];
  }
}
