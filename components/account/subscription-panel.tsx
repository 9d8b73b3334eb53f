"use client";

import { useActionState, useState } from "react";
import {
  cancelSubscriptionAction,
  refundSubscriptionAction,
  resumeSubscriptionAction,
  updateAddressAction,
} from "@/app/(site)/account/actions";
import { AddressFields } from "@/components/subscribe/address-fields";
import { FormMessage, SubmitButton } from "@/components/ui/form-field";

/** A button that asks once more before it acts: nothing here should happen by a stray click. */
function ConfirmedAction({
  subscriptionId,
  action: serverAction,
  label,
  question,
  confirmLabel,
  variant = "secondary",
}: {
  subscriptionId: string;
  action: typeof cancelSubscriptionAction;
  label: string;
  question: string;
  confirmLabel: string;
  variant?: "secondary" | "danger";
}) {
  const [asking, setAsking] = useState(false);
  const [state, action, pending] = useActionState(serverAction, {});
  return (
    <div className="font-sans">
      <FormMessage ok={state.ok} message={state.message} />
      {asking && !state.ok ? (
        <form action={action} className="mt-2 border-l-4 border-stone-900 bg-stone-100 p-4">
          <input type="hidden" name="subscription" value={subscriptionId} />
          <p className="mb-3 text-sm">{question}</p>
          <div className="flex flex-wrap gap-3">
            <SubmitButton pending={pending} variant={variant === "danger" ? "danger" : "primary"}>
              {confirmLabel}
            </SubmitButton>
            <button
              type="button"
              onClick={() => setAsking(false)}
              className="border border-stone-900 px-5 py-2.5 font-semibold hover:bg-white"
            >
              Keep my subscription
            </button>
          </div>
        </form>
      ) : (
        !state.ok && (
          <button
            type="button"
            onClick={() => setAsking(true)}
            className={`mt-2 px-5 py-2.5 font-semibold ${variant === "danger" ? "border border-red-800 text-red-800 hover:bg-red-50" : "border border-stone-900 hover:bg-stone-100"}`}
          >
            {label}
          </button>
        )
      )}
    </div>
  );
}

export function CancelSubscription(props: { subscriptionId: string; accessUntil: string }) {
  return (
    <ConfirmedAction
      subscriptionId={props.subscriptionId}
      action={cancelSubscriptionAction}
      label="Cancel subscription"
      question={`Cancel? You will not be charged again, and you keep full access until ${props.accessUntil}. You can resume until then.`}
      confirmLabel="Yes, cancel"
    />
  );
}

export function CancelAndRefund(props: { subscriptionId: string; amountLabel: string }) {
  return (
    <ConfirmedAction
      subscriptionId={props.subscriptionId}
      action={refundSubscriptionAction}
      label="Cancel and refund"
      question={`End your subscription now and refund ${props.amountLabel} in full? Access ends immediately.`}
      confirmLabel="Yes, cancel and refund"
      variant="danger"
    />
  );
}

export function ResumeSubscription({ subscriptionId }: { subscriptionId: string }) {
  const [state, action, pending] = useActionState(resumeSubscriptionAction, {});
  return (
    <form action={action} className="mt-2 font-sans">
      <FormMessage ok={state.ok} message={state.message} />
      <input type="hidden" name="subscription" value={subscriptionId} />
      <SubmitButton pending={pending}>Resume subscription</SubmitButton>
    </form>
  );
}

export function AddressForm({ address }: { address: Record<string, string> | null }) {
  const [state, action, pending] = useActionState(updateAddressAction, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage ok={state.ok} message={state.message} />
      <AddressFields values={state.values ?? address ?? undefined} errors={state.errors} />
      <SubmitButton pending={pending}>Save address</SubmitButton>
    </form>
  );
}
