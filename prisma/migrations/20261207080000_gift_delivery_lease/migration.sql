-- A gift's delivery is claimed with a lease (lib/gifts/deliver-gifts.ts), and marked
-- DELIVERED only once its email is out: a crash between the two no longer loses the email.
ALTER TABLE "Gift" ADD COLUMN "deliveryClaimedAt" DATETIME;
