-- Free trials: the demo provider takes the card at checkout but charges it only when the
-- trial ends, so the card has to be remembered on the subscription (a trial has no payment
-- to read it from). Added in place: rebuilding "Subscription" would drop its data-version
-- triggers (20261201000000_reader_data_version).
ALTER TABLE "Subscription" ADD COLUMN "cardLast4" TEXT;
