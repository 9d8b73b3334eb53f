import "server-only";
import { forbidden, notFound } from "next/navigation";
import { AppError } from "../errors";

/** For pages: a NOT_FOUND from lib/ becomes the 404 page, a FORBIDDEN the 403 page. */
export async function orErrorPage<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    if (error instanceof AppError && error.code === "FORBIDDEN") forbidden();
    throw error;
  }
}
