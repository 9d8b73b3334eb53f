"use client";

import { useActionState } from "react";
import {
  cancelSubscriptionAction,
  refundSubscriptionAction,
  resumeSubscriptionAction,
  updateAddressAction,
} from "@/app/(site)/account/actions";
import { AddressFields } from "@/components/subscribe/address-fields";
import { ConfirmForm } from "@/components/ui/confirm-form";
import { FormMessage, SubmitButton } from "@/components/ui/form-field";

export function CancelSubscription(props: { subscriptionId: string; accessUntil: string }) {
  return (
    <ConfirmForm
      action={cancelSubscriptionAction}
      hidden={{ subscription: props.subscriptionId }}
      review="Cancel subscription"
      describe={() =>
        `Cancel? You will not be charged again, and you keep full access until ${props.accessUntil}. You can resume until then.`
      }
      confirmLabel="Yes, cancel"
      cancelLabel="Keep my subscription"
    />
  );
}

export function CancelAndRefund(props: { subscriptionId: string; amountLabel: string }) {
  return (
    <ConfirmForm
      action={refundSubscriptionAction}
      hidden={{ subscription: props.subscriptionId }}
      review="Cancel and refund"
      describe={() =>
        `End your subscription now and refund ${props.amountLabel} in full? Access ends immediately.`
      }
      confirmLabel="Yes, cancel and refund"
      cancelLabel="Keep my subscription"
      danger
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
