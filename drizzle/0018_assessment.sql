CREATE TABLE "assessment_batches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"region_code" text NOT NULL,
	"province_code" text NOT NULL,
	"unit_id" uuid,
	"year" integer NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"scheme" jsonb NOT NULL,
	"scheme_on" date NOT NULL,
	"opened_by" uuid,
	"opened_at" timestamp with time zone NOT NULL,
	"published_by" uuid,
	"published_at" timestamp with time zone,
	CONSTRAINT "assessment_batches_kind_check" CHECK ("assessment_batches"."kind" in ('annual', 'term_end')),
	CONSTRAINT "assessment_batches_status_check" CHECK ("assessment_batches"."status" in ('open', 'published'))
);
--> statement-breakpoint
CREATE TABLE "assessment_subjects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"batch_id" uuid NOT NULL,
	"cadre_id" uuid NOT NULL,
	"assignment_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"village_code" text NOT NULL,
	"eligible" boolean NOT NULL,
	"reason" jsonb,
	"rule_id" text NOT NULL,
	"months_on_post" integer NOT NULL,
	"adjustments" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"grade" text,
	"grade_reason" text,
	"decided_figures" jsonb,
	"decided_by" uuid,
	"decided_by_name" text,
	"decided_at" timestamp with time zone,
	CONSTRAINT "assessment_subjects_grade_check" CHECK ("assessment_subjects"."grade" is null or "assessment_subjects"."grade" in ('excellent', 'competent', 'basically_competent', 'incompetent'))
);
--> statement-breakpoint
CREATE TABLE "cadre_outcomes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cadre_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"village_code" text,
	"batch_id" uuid,
	"kind" text NOT NULL,
	"on" date NOT NULL,
	"decision_maker" text NOT NULL,
	"basis" text NOT NULL,
	"rule_id" text NOT NULL,
	"recall_proposal_id" uuid,
	"recorded_by" uuid,
	"recorded_by_name" text NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "cadre_outcomes_kind_check" CHECK ("cadre_outcomes"."kind" in ('commendation', 'reserve_listing', 'promotion_reference', 'criticism', 'recall_proposal', 'serious_handling', 'unit_accountability', 'other'))
);
--> statement-breakpoint
CREATE TABLE "survey_codes" (
	"code" text PRIMARY KEY NOT NULL,
	"batch_id" uuid NOT NULL,
	"village_code" text NOT NULL,
	"audience" text NOT NULL,
	"expires_on" date NOT NULL,
	"used_on" date,
	CONSTRAINT "survey_codes_audience_check" CHECK ("survey_codes"."audience" in ('villagers', 'village_cadres'))
);
--> statement-breakpoint
CREATE TABLE "survey_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"batch_id" uuid NOT NULL,
	"village_code" text NOT NULL,
	"audience" text NOT NULL,
	"answers" smallint[] NOT NULL,
	"answered_on" date NOT NULL,
	CONSTRAINT "survey_responses_audience_check" CHECK ("survey_responses"."audience" in ('villagers', 'village_cadres'))
);
--> statement-breakpoint
ALTER TABLE "assessment_subjects" ADD CONSTRAINT "assessment_subjects_batch_id_assessment_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."assessment_batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cadre_outcomes" ADD CONSTRAINT "cadre_outcomes_batch_id_assessment_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."assessment_batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_codes" ADD CONSTRAINT "survey_codes_batch_id_assessment_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."assessment_batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_batch_id_assessment_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."assessment_batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "assessment_batches_annual_key" ON "assessment_batches" USING btree ("region_code","year") WHERE "assessment_batches"."kind" = 'annual';--> statement-breakpoint
CREATE UNIQUE INDEX "assessment_batches_term_end_key" ON "assessment_batches" USING btree ("region_code","year","unit_id") WHERE "assessment_batches"."kind" = 'term_end';--> statement-breakpoint
CREATE INDEX "assessment_batches_province_idx" ON "assessment_batches" USING btree ("province_code","year");--> statement-breakpoint
CREATE UNIQUE INDEX "assessment_subjects_batch_cadre_key" ON "assessment_subjects" USING btree ("batch_id","cadre_id");--> statement-breakpoint
CREATE INDEX "assessment_subjects_cadre_idx" ON "assessment_subjects" USING btree ("cadre_id");--> statement-breakpoint
CREATE INDEX "assessment_subjects_village_idx" ON "assessment_subjects" USING btree ("village_code");--> statement-breakpoint
CREATE INDEX "cadre_outcomes_cadre_idx" ON "cadre_outcomes" USING btree ("cadre_id","on");--> statement-breakpoint
CREATE INDEX "cadre_outcomes_unit_idx" ON "cadre_outcomes" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "survey_codes_batch_village_idx" ON "survey_codes" USING btree ("batch_id","village_code","audience");--> statement-breakpoint
CREATE INDEX "survey_responses_batch_village_idx" ON "survey_responses" USING btree ("batch_id","village_code","audience");