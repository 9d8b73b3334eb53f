/** A failure to show the person as it is: the message is written for them. */
export class AppError extends Error {
  constructor(
    readonly code:
      | "NOT_FOUND"
      | "FORBIDDEN"
      | "UNAUTHENTICATED"
      | "INVALID"
      | "CONFLICT"
      | "RATE_LIMITED"
      /** A service the action needs (file storage) is not answering: try again later. */
      | "UNAVAILABLE",
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
      UNAVAILABLE: 503,
    }[this.code];
  }
}

/** The thing was fine, but the file store refused it or did not answer (S3 down, disk full). */
export const storageUnavailable = (what: string) =>
  new AppError(
    "UNAVAILABLE",
    `${what} is fine, but it could not be saved: file storage is not answering. Try again in a minute.`,
  );
