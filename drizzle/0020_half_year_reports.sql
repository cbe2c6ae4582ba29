CREATE TABLE "half_year_report_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"status" text NOT NULL,
	"sections" jsonb NOT NULL,
	"review_opinion" text,
	"reviewed_at" timestamp with time zone,
	"reviewer_name" text,
	"reason" text NOT NULL,
	"corrected_by" uuid,
	"corrected_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "half_year_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assignment_id" uuid NOT NULL,
	"cadre_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"county_code" text NOT NULL,
	"township_code" text NOT NULL,
	"village_code" text NOT NULL,
	"period" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"sections" jsonb NOT NULL,
	"prefill_filled" integer NOT NULL,
	"prefill_total" integer NOT NULL,
	"submitted_at" timestamp with time zone,
	"submitted_on" date,
	"reviewed_at" timestamp with time zone,
	"reviewed_by" uuid,
	"reviewer_name" text,
	"review_opinion" text,
	"heard_on" date,
	"hearing_opinion" text,
	"heard_by" uuid,
	"hearer_name" text,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "half_year_reports_status_check" CHECK ("half_year_reports"."status" in ('draft', 'submitted', 'reviewed')),
	CONSTRAINT "half_year_reports_period_check" CHECK ("half_year_reports"."period" ~ '^[0-9]{4}H[12]$')
);
--> statement-breakpoint
ALTER TABLE "half_year_report_versions" ADD CONSTRAINT "half_year_report_versions_report_id_half_year_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."half_year_reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "half_year_reports" ADD CONSTRAINT "half_year_reports_assignment_id_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."assignments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "half_year_report_versions_key" ON "half_year_report_versions" USING btree ("report_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "half_year_reports_assignment_period_key" ON "half_year_reports" USING btree ("assignment_id","period");--> statement-breakpoint
CREATE INDEX "half_year_reports_period_village_idx" ON "half_year_reports" USING btree ("period","village_code");--> statement-breakpoint
CREATE INDEX "half_year_reports_unit_idx" ON "half_year_reports" USING btree ("unit_id","period");--> statement-breakpoint
CREATE INDEX "half_year_reports_cadre_idx" ON "half_year_reports" USING btree ("cadre_id","period");