ALTER TABLE "official_trips" DROP CONSTRAINT "official_trips_status_check";--> statement-breakpoint
ALTER TABLE "official_trips" ADD COLUMN "decided_by" uuid;--> statement-breakpoint
ALTER TABLE "official_trips" ADD COLUMN "decided_by_name" text;--> statement-breakpoint
ALTER TABLE "official_trips" ADD COLUMN "decided_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "official_trips" ADD COLUMN "decision_note" text;--> statement-breakpoint
CREATE INDEX "official_trips_pending_idx" ON "official_trips" USING btree ("village_code") WHERE "official_trips"."status" = 'pending';--> statement-breakpoint
ALTER TABLE "official_trips" ADD CONSTRAINT "official_trips_status_check" CHECK ("official_trips"."status" in ('pending', 'reported', 'rejected', 'withdrawn'));