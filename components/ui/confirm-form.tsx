"use client";

import { useActionState, useRef, useState } from "react";
import { FormMessage, SubmitButton } from "@/components/ui/form-field";
import type { FormState } from "@/lib/forms/form-state";
import { newRequestToken } from "@/lib/idempotency/request-token";

type ServerAction = (state: FormState, formData: FormData) => Promise<FormState>;

/**
 * A form that asks once more before it acts. "Review" hides the fields (they stay in the
 * form and are sent) and shows what will happen, in words built from what was entered;
 * only the second button sends it. A server-side refusal shows the fields again.
 */
export function ConfirmForm({
  action: serverAction,
  hidden,
  review,
  describe,
  confirmLabel,
  cancelLabel = "Go back",
  danger = false,
  requestToken = false,
  children,
}: {
  action: ServerAction;
  hidden: Record<string, string>;
  review: string;
  describe: (data: FormData) => string;
  confirmLabel: string;
  /** the button that steps back without acting */
  cancelLabel?: string;
  danger?: boolean;
  /**
   * Sends a one-time `requestId` (lib/idempotency): the same one until the server reports
   * the change made (`ok: true`, which such actions must return on success, "already
   * done" included), so a retry is recognised; a fresh one for the next change.
   */
  requestToken?: boolean;
  children?: (state: FormState) => React.ReactNode;
}) {
  const form = useRef<HTMLFormElement>(null);
  const token = useRef<string | null>(null);
  const [question, setQuestion] = useState<string | null>(null);
  const [state, action, pending] = useActionState(async (previous: FormState, data: FormData) => {
    if (requestToken) data.set("requestId", (token.current ??= newRequestToken()));
    const result = await serverAction(previous, data);
    if (result.ok) token.current = null;
    setQuestion(null);
    return result;
  }, {});
  return (
    <form ref={form} action={action} className="space-y-3 font-sans" noValidate>
      <FormMessage ok={state.ok} message={state.message} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div hidden={question !== null} className="space-y-3">
        {children?.(state)}
      </div>
      {question === null ? (
        <button
          type="button"
          onClick={() => form.current && setQuestion(describe(new FormData(form.current)))}
          className={`px-4 py-2 font-semibold ${danger ? "border border-red-800 text-red-800 hover:bg-red-50" : "border border-stone-900 hover:bg-stone-100"}`}
        >
          {review}
        </button>
      ) : (
        <div className="border-l-4 border-stone-900 bg-stone-100 p-4">
          <p className="mb-3 text-sm">{question}</p>
          <div className="flex flex-wrap gap-3">
            <SubmitButton pending={pending} variant={danger ? "danger" : "primary"}>
              {confirmLabel}
            </SubmitButton>
            <button
              type="button"
              onClick={() => setQuestion(null)}
              className="border border-stone-900 px-5 py-2.5 font-semibold hover:bg-white"
            >
              {cancelLabel}
            </button>
          </div>
        </div>
      )}
    </form>
  );
}
