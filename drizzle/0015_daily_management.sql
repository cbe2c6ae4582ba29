CREATE TABLE "discipline_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assignment_id" uuid NOT NULL,
	"cadre_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"county_code" text NOT NULL,
	"village_code" text NOT NULL,
	"on" date NOT NULL,
	"finding" text NOT NULL,
	"rule_id" text,
	"decision" text NOT NULL,
	"recall_proposal_id" uuid,
	"statement" text,
	"statement_at" timestamp with time zone,
	"recorded_by" uuid,
	"recorded_by_name" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "discipline_records_decision_check" CHECK ("discipline_records"."decision" in ('reminder', 'criticism', 'recall_proposed', 'other'))
);
--> statement-breakpoint
CREATE TABLE "handover_lists" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assignment_id" uuid NOT NULL,
	"cadre_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"county_code" text NOT NULL,
	"village_code" text NOT NULL,
	"successor_assignment_id" uuid,
	"village_situation" text NOT NULL,
	"work_in_progress" text NOT NULL,
	"assets_and_files" text NOT NULL,
	"prepared_by" uuid,
	"prepared_by_name" text NOT NULL,
	"prepared_at" timestamp with time zone NOT NULL,
	"successor_confirmed_by" uuid,
	"successor_confirmed_by_name" text,
	"successor_confirmed_at" timestamp with time zone,
	"township_confirmed_by" uuid,
	"township_confirmed_by_name" text,
	"township_confirmed_at" timestamp with time zone,
	"tasks_moved_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "leader_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"province_code" text NOT NULL,
	"county_code" text NOT NULL,
	"status" text NOT NULL,
	"planned_on" date,
	"held_on" date,
	"place" text,
	"attendee_cadre_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"minutes" text,
	"decisions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"recorded_by" uuid,
	"recorded_by_name" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "leader_meetings_status_check" CHECK ("leader_meetings"."status" in ('scheduled', 'held')),
	CONSTRAINT "leader_meetings_dates_check" CHECK (("leader_meetings"."status" = 'held' and "leader_meetings"."held_on" is not null) or ("leader_meetings"."status" = 'scheduled' and "leader_meetings"."planned_on" is not null))
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"subject" text NOT NULL,
	"title_zh" text NOT NULL,
	"title_en" text NOT NULL,
	"href" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "talks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assignment_id" uuid NOT NULL,
	"cadre_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"county_code" text NOT NULL,
	"village_code" text NOT NULL,
	"held_on" date NOT NULL,
	"topics" jsonb NOT NULL,
	"notes" text,
	"talker_user_id" uuid,
	"talker_name" text NOT NULL,
	"talker_office" text NOT NULL,
	"office_region" text,
	"office_unit_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "talks_office_check" CHECK ("talks"."talker_office" in ('org_admin', 'leading_group', 'township', 'unit_hr', 'unit_committee'))
);
--> statement-breakpoint
ALTER TABLE "discipline_records" ADD CONSTRAINT "discipline_records_assignment_id_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."assignments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handover_lists" ADD CONSTRAINT "handover_lists_assignment_id_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."assignments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handover_lists" ADD CONSTRAINT "handover_lists_successor_assignment_id_assignments_id_fk" FOREIGN KEY ("successor_assignment_id") REFERENCES "public"."assignments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talks" ADD CONSTRAINT "talks_assignment_id_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."assignments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "discipline_records_cadre_idx" ON "discipline_records" USING btree ("cadre_id","on");--> statement-breakpoint
CREATE INDEX "discipline_records_village_idx" ON "discipline_records" USING btree ("village_code","on");--> statement-breakpoint
CREATE UNIQUE INDEX "handover_lists_assignment_key" ON "handover_lists" USING btree ("assignment_id");--> statement-breakpoint
CREATE INDEX "handover_lists_village_idx" ON "handover_lists" USING btree ("village_code","prepared_at");--> statement-breakpoint
CREATE INDEX "leader_meetings_county_held_idx" ON "leader_meetings" USING btree ("county_code","held_on");--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_subject_key" ON "notifications" USING btree ("user_id","kind","subject");--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "talks_cadre_idx" ON "talks" USING btree ("cadre_id","held_on");--> statement-breakpoint
CREATE INDEX "talks_village_idx" ON "talks" USING btree ("village_code","held_on");--> statement-breakpoint
CREATE INDEX "talks_unit_idx" ON "talks" USING btree ("unit_id","held_on");