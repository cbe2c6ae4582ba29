CREATE TABLE "calendar_local_days" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" text NOT NULL,
	"on" date NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"note" text,
	"added_by" uuid,
	"added_by_name" text NOT NULL,
	"added_at" timestamp with time zone NOT NULL,
	"removed_at" timestamp with time zone,
	"removed_by" uuid,
	CONSTRAINT "calendar_local_days_kind_check" CHECK ("calendar_local_days"."kind" in ('holiday', 'working')),
	CONSTRAINT "calendar_local_days_region_check" CHECK (length("calendar_local_days"."region_code") in (2, 4, 6))
);
--> statement-breakpoint
CREATE TABLE "calendar_notices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"year" integer NOT NULL,
	"title" text NOT NULL,
	"holidays" jsonb NOT NULL,
	"workdays" jsonb NOT NULL,
	"loaded_by" uuid,
	"loaded_by_name" text NOT NULL,
	"loaded_at" timestamp with time zone NOT NULL,
	"replaced_at" timestamp with time zone,
	CONSTRAINT "calendar_notices_year_check" CHECK ("calendar_notices"."year" between 2000 and 2100)
);
--> statement-breakpoint
CREATE TABLE "setting_values" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigserial NOT NULL,
	"region_code" text NOT NULL,
	"key" text NOT NULL,
	"value" jsonb NOT NULL,
	"effective_from" date NOT NULL,
	"note" text,
	"set_by" uuid,
	"set_by_name" text NOT NULL,
	"set_at" timestamp with time zone NOT NULL,
	CONSTRAINT "setting_values_region_check" CHECK (length("setting_values"."region_code") in (2, 4, 6))
);
--> statement-breakpoint
CREATE UNIQUE INDEX "calendar_local_days_region_on_key" ON "calendar_local_days" USING btree ("region_code","on") WHERE "calendar_local_days"."removed_at" is null;--> statement-breakpoint
CREATE INDEX "calendar_local_days_on_idx" ON "calendar_local_days" USING btree ("on");--> statement-breakpoint
CREATE UNIQUE INDEX "calendar_notices_year_key" ON "calendar_notices" USING btree ("year") WHERE "calendar_notices"."replaced_at" is null;--> statement-breakpoint
CREATE INDEX "setting_values_region_key_idx" ON "setting_values" USING btree ("region_code","key","effective_from");