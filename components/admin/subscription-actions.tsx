"use client";

import {
  cancelAction,
  changePlanAction,
  grantComplimentaryAction,
  refundAction,
} from "@/app/admin/subscriptions/actions";
import { ConfirmForm } from "@/components/ui/confirm-form";
import { FormField } from "@/components/ui/form-field";

export type PlanOption = { id: string; label: string };

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
  plans: PlanOption[];
  userId?: string;
  readerLabel?: string;
  defaultPlanId?: string;
}) {
  return (
    <ConfirmForm
      action={grantComplimentaryAction}
      hidden={props.userId ? { userId: props.userId } : {}}
      requestToken
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
}) {
  const id = props.paymentId;
  return (
    <ConfirmForm
      action={refundAction}
      hidden={{
        subscriptionId: props.subscriptionId,
        paymentId: props.paymentId,
      }}
      requestToken
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
