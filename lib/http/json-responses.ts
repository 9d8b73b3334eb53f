import { NextResponse } from "next/server";
import { AppError } from "../errors";

/** A JSON answer that no cache keeps. */
export function jsonResponse(body: unknown, status = 200): NextResponse {
  return NextResponse.json(body, { status, headers: { "Cache-Control": "no-store" } });
}

/** The JSON answer for an AppError (a message a person can read); anything else is rethrown. */
export function errorResponse(error: unknown): NextResponse {
  if (error instanceof AppError)
    return jsonResponse({ ok: false, error: error.message }, error.status);
  throw error;
}
