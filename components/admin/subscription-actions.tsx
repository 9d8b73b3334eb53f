"use client";

import { useActionState, useRef, useState } from "react";
import {
  cancelAction,
  changePlanAction,
  grantComplimentaryAction,
  refundAction,
} from "@/app/admin/subscriptions/actions";
import { FormField, FormMessage, SubmitButton } from "@/components/ui/form-field";
import type { FormState } from "@/lib/forms/form-state";

type ServerAction = (state: FormState, formData: FormData) => Promise<FormState>;
export type PlanOption = { id: string; label: string };

/**
 * A form that asks once more before it acts. "Review" hides the fields (they stay in the
 * form and are sent) and shows what will happen, in words built from what was entered;
 * only the second button sends it. A server-side refusal shows the fields again.
 */
function ConfirmForm({
  action: serverAction,
  hidden,
  review,
  describe,
  confirmLabel,
  danger = false,
  children,
}: {
  action: ServerAction;
  hidden: Record<string, string>;
  review: string;
  describe: (data: FormData) => string;
  confirmLabel: string;
  danger?: boolean;
  children?: (state: FormState) => React.ReactNode;
}) {
  const form = useRef<HTMLFormElement>(null);
  const [question, setQuestion] = useState<string | null>(null);
  const [state, action, pending] = useActionState(async (previous: FormState, data: FormData) => {
    const result = await serverAction(previous, data);
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
              Go back
            </button>
          </div>
        </div>
      )}
    </form>
  );
}

function PlanSelect({
  id,
  plans,
  defaultValue,
  error,
}: {
  id: string;
  plans: PlanOption[];
  defaultValue?: string;
  error?: string;
}) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-semibold">
        Plan
      </label>
      <select
        id={id}
        name="planId"
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className="mt-1 w-full border border-stone-400 bg-white px-3 py-2"
      >
        {plans.map((plan) => (
          <option key={plan.id} value={plan.id}>
            {plan.label}
          </option>
        ))}
      </select>
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}

const text = (data: FormData, name: string) => String(data.get(name) ?? "").trim();
const planName = (plans: PlanOption[], id: string) =>
  plans.find((plan) => plan.id === id)?.label ?? "the chosen plan";

export function GrantComplimentaryForm(props: {
  requestId: string;
  plans: PlanOption[];
  userId?: string;
  readerLabel?: string;
  defaultPlanId?: string;
}) {
  return (
    <ConfirmForm
      action={grantComplimentaryAction}
      hidden={{ requestId: props.requestId, ...(props.userId ? { userId: props.userId } : {}) }}
      review="Give free months…"
      confirmLabel="Yes, give them"
      describe={(data) =>
        `Give ${text(data, "months") || "?"} free month(s) of ${planName(props.plans, text(data, "planId"))} to ${props.readerLabel ?? (text(data, "email") || "this reader")}? A running complimentary subscription is extended instead.`
      }
    >
      {(state) => (
        <>
          {!props.userId && (
            <FormField
              id="comp-email"
              label="Reader's email"
              name="email"
              type="email"
              autoComplete="off"
              defaultValue={state.values?.email}
              error={state.errors?.email}
            />
          )}
          <PlanSelect
            id="comp-plan"
            plans={props.plans}
            defaultValue={state.values?.planId ?? props.defaultPlanId}
            error={state.errors?.planId}
          />
          <FormField
            id="comp-months"
            label="Months (1 to 24)"
            name="months"
            type="number"
            min={1}
            max={24}
            defaultValue={state.values?.months ?? "3"}
            error={state.errors?.months}
          />
        </>
      )}
    </ConfirmForm>
  );
}

export function ChangePlanForm(props: {
  subscriptionId: string;
  plans: PlanOption[];
  currentPlanId: string;
  periodEnd: string;
}) {
  return (
    <ConfirmForm
      action={changePlanAction}
      hidden={{ subscriptionId: props.subscriptionId }}
      review="Change plan…"
      confirmLabel="Yes, change it"
      describe={(data) =>
        text(data, "planId") === props.currentPlanId
          ? "Keep the current plan (and withdraw any scheduled change)?"
          : `Move this subscription to ${planName(props.plans, text(data, "planId"))} from ${props.periodEnd}? The reader is charged that plan's price then.`
      }
    >
      {(state) => (
        <PlanSelect
          id="change-plan"
          plans={props.plans}
          defaultValue={state.values?.planId ?? props.currentPlanId}
          error={state.errors?.planId}
        />
      )}
    </ConfirmForm>
  );
}

export function CancelForm(props: {
  subscriptionId: string;
  when: "now" | "period-end";
  periodEnd: string;
}) {
  const now = props.when === "now";
  return (
    <ConfirmForm
      action={cancelAction}
      hidden={{ subscriptionId: props.subscriptionId, when: props.when }}
      review={now ? "Cancel now…" : "Cancel at period end…"}
      confirmLabel={now ? "Yes, end it now" : "Yes, cancel at period end"}
      danger={now}
      describe={() =>
        now
          ? "End this subscription now? Access stops at once; nothing is refunded (refund payments separately)."
          : `Stop renewing? The reader keeps access until ${props.periodEnd}.`
      }
    />
  );
}

export function RefundForm(props: {
  subscriptionId: string;
  paymentId: string;
  paymentLabel: string;
  refundable: string;
  currency: string;
  guarantee: boolean;
  requestId: string;
}) {
  const id = props.paymentId;
  return (
    <ConfirmForm
      action={refundAction}
      hidden={{
        subscriptionId: props.subscriptionId,
        paymentId: props.paymentId,
        requestId: props.requestId,
      }}
      review={`Refund ${props.paymentLabel}…`}
      confirmLabel="Yes, refund"
      danger
      describe={(data) =>
        `Refund ${text(data, "amount") || "?"} ${props.currency.toUpperCase()} of the ${props.paymentLabel} payment to the reader's card? This cannot be undone.`
      }
    >
      {(state) => (
        <>
          <FormField
            id={`amount-${id}`}
            label={`Amount to refund (${props.currency.toUpperCase()}, at most ${props.refundable})`}
            name="amount"
            inputMode="decimal"
            defaultValue={state.values?.amount ?? props.refundable}
            error={state.errors?.amount}
          />
          {!props.guarantee && (
            <div>
              <label htmlFor={`reason-${id}`} className="block text-sm font-semibold">
                Reason (required after the 60-day guarantee)
              </label>
              <textarea
                id={`reason-${id}`}
                name="reason"
                rows={2}
                maxLength={500}
                defaultValue={state.values?.reason}
                aria-invalid={state.errors?.reason ? true : undefined}
                aria-describedby={state.errors?.reason ? `reason-${id}-error` : undefined}
                className="mt-1 w-full border border-stone-400 bg-white px-3 py-2"
              />
              {state.errors?.reason && (
                <p id={`reason-${id}-error`} className="mt-1 text-sm text-red-800">
                  {state.errors.reason}
                </p>
              )}
            </div>
          )}
        </>
      )}
    </ConfirmForm>
  );
}
