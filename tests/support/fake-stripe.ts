import http from "node:http";
import type { AddressInfo } from "node:net";
import type Stripe from "stripe";
import { createStripeClient } from "@/lib/subscriptions/stripe-client";

/**
 * A small local stand-in for api.stripe.com, enough for what our Stripe provider and
 * webhooks call. The real SDK talks to it (host/port/protocol), so requests are encoded,
 * retried and parsed exactly as in production. Like Stripe, it remembers idempotency keys:
 * the same key returns the same response, and the same key with other parameters is an
 * error. Every request is recorded for assertions. Nothing leaves the machine.
 */

export type RecordedRequest = {
  method: string;
  path: string;
  query: URLSearchParams;
  body: Record<string, unknown>;
  idempotencyKey: string | null;
};

type Json = Record<string, unknown>;
type Answer = { status: number; body: Json };

export type FakeCharge = {
  id: string;
  amount: number;
  amountRefunded: number;
  paymentIntent: string | null;
};
export type FakeInvoicePayment = { invoice: string; paymentIntent?: string; charge?: string };

export type FakeStripe = {
  stripe: Stripe;
  port: number;
  requests: RecordedRequest[];
  /** Subscriptions the API knows (GET/POST/DELETE /v1/subscriptions/:id work on these). */
  subscriptions: Map<string, Json>;
  charges: Map<string, FakeCharge>;
  invoicePayments: FakeInvoicePayment[];
  checkoutSessions: Map<string, Json>;
  requestsTo(method: string, path: string): RecordedRequest[];
  close(): Promise<void>;
};

export async function startFakeStripe(): Promise<FakeStripe> {
  const requests: RecordedRequest[] = [];
  const subscriptions = new Map<string, Json>();
  const charges = new Map<string, FakeCharge>();
  const invoicePayments: FakeInvoicePayment[] = [];
  const checkoutSessions = new Map<string, Json>();
  const idempotent = new Map<string, { fingerprint: string; answer: Answer }>();
  let counter = 0;
  const newId = (prefix: string) => `${prefix}_fake${++counter}`;
  const now = () => Math.floor(Date.now() / 1000);

  function route(request: RecordedRequest): Answer {
    const { method, path, body, query } = request;
    let match: RegExpExecArray | null;

    if (method === "POST" && path === "/v1/customers")
      return ok({
        id: newId("cus"),
        object: "customer",
        email: body.email,
        name: body.name,
        metadata: body.metadata ?? {},
      });

    if (method === "POST" && path === "/v1/checkout/sessions") {
      const id = newId("cs_test");
      const session = {
        id,
        object: "checkout.session",
        mode: body.mode,
        status: "open",
        customer: body.customer,
        client_reference_id: body.client_reference_id ?? null,
        metadata: body.metadata ?? {},
        subscription: null,
        success_url: body.success_url,
        cancel_url: body.cancel_url,
        url: `https://checkout.stripe.test/c/pay/${id}`,
      };
      checkoutSessions.set(id, {
        ...session,
        line_items: body.line_items,
        subscription_data: body.subscription_data,
        discounts: body.discounts,
      });
      return ok(session);
    }

    if (method === "POST" && path === "/v1/coupons")
      return ok({ id: newId("coupon"), object: "coupon", valid: true, ...body });

    if (method === "POST" && path === "/v1/promotion_codes")
      return ok({ id: newId("promo"), object: "promotion_code", active: true, ...body });

    if (method === "POST" && (match = /^\/v1\/promotion_codes\/([^/]+)$/.exec(path)))
      return ok({ id: match[1], object: "promotion_code", active: body.active === "true" });

    if (method === "POST" && path === "/v1/billing_portal/sessions") {
      const id = newId("bps");
      return ok({
        id,
        object: "billing_portal.session",
        customer: body.customer,
        return_url: body.return_url,
        url: `https://billing.stripe.test/p/session/${id}`,
      });
    }

    if ((match = /^\/v1\/subscriptions\/([^/]+)$/.exec(path))) {
      const subscription = subscriptions.get(match[1] ?? "");
      if (!subscription)
        return error(404, "resource_missing", `No such subscription: '${match[1]}'`);
      if (method === "GET") return ok(subscription);
      if (subscription.status === "canceled")
        return error(400, "subscription_canceled", "This subscription is canceled.");
      if (method === "POST") {
        if (body.cancel_at_period_end !== undefined)
          subscription.cancel_at_period_end = body.cancel_at_period_end === "true";
        subscription.canceled_at = subscription.cancel_at_period_end ? now() : null;
        return ok(subscription);
      }
      if (method === "DELETE") {
        Object.assign(subscription, {
          status: "canceled",
          cancel_at_period_end: false,
          canceled_at: now(),
          ended_at: now(),
        });
        return ok(subscription);
      }
    }

    if (method === "POST" && path === "/v1/refunds") {
      const charge = [...charges.values()].find(
        (c) =>
          c.id === body.charge || (body.payment_intent && c.paymentIntent === body.payment_intent),
      );
      if (!charge) return error(404, "resource_missing", "No such charge or payment intent.");
      const left = charge.amount - charge.amountRefunded;
      if (left <= 0)
        return error(
          400,
          "charge_already_refunded",
          `Charge ${charge.id} has already been refunded.`,
        );
      const amount = body.amount === undefined ? left : Number(body.amount);
      // Stripe refuses, rather than trims, a refund larger than what is left of the charge.
      if (amount > left)
        return error(
          400,
          "amount_too_large",
          `Refund amount (${amount}) is greater than unrefunded amount on charge (${left}).`,
        );
      charge.amountRefunded += amount;
      return ok({
        id: newId("re"),
        object: "refund",
        amount,
        charge: charge.id,
        payment_intent: charge.paymentIntent,
        status: "succeeded",
        metadata: body.metadata ?? {},
      });
    }

    if (method === "GET" && path === "/v1/invoice_payments") {
      const invoice = query.get("invoice");
      const paymentIntent = query.get("payment[payment_intent]");
      const data = invoicePayments
        .filter((p) => (invoice ? p.invoice === invoice : true))
        .filter((p) => (paymentIntent ? p.paymentIntent === paymentIntent : true))
        .map((p, i) => ({
          id: `inpay_${i}`,
          object: "invoice_payment",
          invoice: p.invoice,
          status: "paid",
          payment: {
            type: p.paymentIntent ? "payment_intent" : "charge",
            payment_intent: p.paymentIntent,
            charge: p.charge,
          },
        }));
      return ok({ object: "list", data, has_more: false, url: "/v1/invoice_payments" });
    }

    return error(404, "resource_missing", `The fake Stripe has no ${method} ${path}.`);
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://fake-stripe");
      const raw = Buffer.concat(chunks).toString("utf8");
      const key = req.headers["idempotency-key"];
      const request: RecordedRequest = {
        method: req.method ?? "GET",
        path: url.pathname,
        query: url.searchParams,
        body: parseForm(raw),
        idempotencyKey: typeof key === "string" ? key : null,
      };
      requests.push(request);
      let answer: Answer;
      const fingerprint = `${request.method} ${request.path} ${raw}`;
      const seen = request.idempotencyKey ? idempotent.get(request.idempotencyKey) : undefined;
      if (seen && seen.fingerprint !== fingerprint)
        answer = {
          status: 400,
          body: {
            error: {
              type: "idempotency_error",
              message:
                "Keys for idempotent requests can only be used with the same parameters they were first used with.",
            },
          },
        };
      else if (seen) answer = seen.answer;
      else {
        answer = route(request);
        // Stripe keeps the first response, errors included (except 5xx), for the key.
        if (request.idempotencyKey && request.method === "POST")
          idempotent.set(request.idempotencyKey, { fingerprint, answer: structuredClone(answer) });
      }
      res.writeHead(answer.status, {
        "content-type": "application/json",
        "request-id": `req_${counter}`,
      });
      res.end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;

  return {
    stripe: createStripeClient({
      secretKey: "sk_test_fake",
      host: "127.0.0.1",
      port,
      protocol: "http",
    }),
    port,
    requests,
    subscriptions,
    charges,
    invoicePayments,
    checkoutSessions,
    requestsTo: (method, path) => requests.filter((r) => r.method === method && r.path === path),
    close: () =>
      new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}

const ok = (body: Json): Answer => ({ status: 200, body: structuredClone(body) });

const error = (status: number, code: string, message: string): Answer => ({
  status,
  body: { error: { type: "invalid_request_error", code, message } },
});

/** Stripe's form encoding (`a[b][0][c]=x`) back into objects and arrays. */
export function parseForm(raw: string): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    const path = key.replace(/\]/g, "").split("[");
    let node = root;
    path.forEach((part, i) => {
      if (i === path.length - 1) node[part] = value;
      else node = (node[part] ??= {}) as Record<string, unknown>;
    });
  }
  return arraysOf(root) as Record<string, unknown>;
}

function arraysOf(value: unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  const entries = Object.entries(value).map(([k, v]) => [k, arraysOf(v)] as const);
  if (entries.length > 0 && entries.every(([k]) => /^\d+$/.test(k)))
    return entries.sort(([a], [b]) => Number(a) - Number(b)).map(([, v]) => v);
  return Object.fromEntries(entries);
}
