CREATE TABLE "attendance_alerts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"audience" text NOT NULL,
	"assignment_id" uuid NOT NULL,
	"cadre_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"county_code" text NOT NULL,
	"village_code" text NOT NULL,
	"subject" text NOT NULL,
	"message_zh" text NOT NULL,
	"message_en" text NOT NULL,
	"rule_id" text,
	"created_at" timestamp with time zone NOT NULL,
	"read_at" timestamp with time zone,
	"read_by" uuid,
	CONSTRAINT "attendance_alerts_kind_check" CHECK ("attendance_alerts"."kind" in ('absence_found', 'recall_review', 'overdue_return', 'explanation_given')),
	CONSTRAINT "attendance_alerts_audience_check" CHECK ("attendance_alerts"."audience" in ('cadre', 'township', 'leading_group'))
);
--> statement-breakpoint
CREATE TABLE "attendance_months" (
	"assignment_id" uuid NOT NULL,
	"month" text NOT NULL,
	"cadre_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"county_code" text NOT NULL,
	"village_code" text NOT NULL,
	"days_on_post" integer NOT NULL,
	"working_days" integer NOT NULL,
	"days_in_village" integer NOT NULL,
	"leave_days" integer NOT NULL,
	"trip_days" integer NOT NULL,
	"training_days" integer NOT NULL,
	"absent_days" integer NOT NULL,
	"rest_days" integer NOT NULL,
	"rest_day_stays" integer NOT NULL,
	"minimum_days" integer,
	"meets_minimum" boolean,
	"unknown_calendar_year" boolean NOT NULL,
	"as_of" date NOT NULL,
	"computed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "attendance_months_assignment_id_month_pk" PRIMARY KEY("assignment_id","month"),
	CONSTRAINT "attendance_months_month_check" CHECK ("attendance_months"."month" ~ '^[0-9]{4}-[0-9]{2}$')
);
--> statement-breakpoint
CREATE TABLE "leave_request_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"leave_request_id" uuid NOT NULL,
	"step" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"by" uuid,
	"by_name" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "leave_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assignment_id" uuid NOT NULL,
	"cadre_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"county_code" text NOT NULL,
	"village_code" text NOT NULL,
	"kind" text NOT NULL,
	"start_on" date NOT NULL,
	"end_on" date NOT NULL,
	"reason" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"working_days" integer NOT NULL,
	"approver" text NOT NULL,
	"township_opinion" text,
	"decision_note" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"returned_on" date,
	"requested_by" uuid,
	"requested_by_name" text NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	CONSTRAINT "leave_requests_kind_check" CHECK ("leave_requests"."kind" in ('personal', 'sick', 'annual', 'marriage', 'bereavement', 'maternity', 'paternity', 'family_visit', 'other')),
	CONSTRAINT "leave_requests_status_check" CHECK ("leave_requests"."status" in ('pending', 'pending_county', 'approved', 'rejected', 'cancelled', 'returned')),
	CONSTRAINT "leave_requests_approver_check" CHECK ("leave_requests"."approver" in ('township', 'county')),
	CONSTRAINT "leave_requests_dates_check" CHECK ("leave_requests"."end_on" >= "leave_requests"."start_on")
);
--> statement-breakpoint
CREATE TABLE "official_trips" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assignment_id" uuid NOT NULL,
	"cadre_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"county_code" text NOT NULL,
	"village_code" text NOT NULL,
	"kind" text NOT NULL,
	"start_on" date NOT NULL,
	"end_on" date NOT NULL,
	"destination" text NOT NULL,
	"purpose" text NOT NULL,
	"status" text DEFAULT 'reported' NOT NULL,
	"reported_by" uuid,
	"reported_by_name" text NOT NULL,
	"reported_at" timestamp with time zone NOT NULL,
	CONSTRAINT "official_trips_kind_check" CHECK ("official_trips"."kind" in ('trip', 'training')),
	CONSTRAINT "official_trips_status_check" CHECK ("official_trips"."status" in ('reported', 'withdrawn')),
	CONSTRAINT "official_trips_dates_check" CHECK ("official_trips"."end_on" >= "official_trips"."start_on")
);
--> statement-breakpoint
CREATE TABLE "rest_day_stays" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assignment_id" uuid NOT NULL,
	"cadre_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"county_code" text NOT NULL,
	"village_code" text NOT NULL,
	"on" date NOT NULL,
	"note" text,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "verifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assignment_id" uuid NOT NULL,
	"cadre_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"county_code" text NOT NULL,
	"village_code" text NOT NULL,
	"on" date NOT NULL,
	"day_kind" text NOT NULL,
	"method" text NOT NULL,
	"finding" text NOT NULL,
	"note" text,
	"consistent_with" text,
	"outcome" text NOT NULL,
	"explanation" text,
	"explained_at" timestamp with time zone,
	"decision_reason" text,
	"decided_by" uuid,
	"decided_by_name" text,
	"decided_at" timestamp with time zone,
	"recorded_by" uuid,
	"recorded_by_name" text NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "verifications_method_check" CHECK ("verifications"."method" in ('visit', 'phone', 'video')),
	CONSTRAINT "verifications_finding_check" CHECK ("verifications"."finding" in ('present', 'absent')),
	CONSTRAINT "verifications_outcome_check" CHECK ("verifications"."outcome" in ('none', 'consistent', 'rest_day_note', 'awaiting_explanation', 'explained', 'excused', 'not_excused'))
);
--> statement-breakpoint
ALTER TABLE "attendance_alerts" ADD CONSTRAINT "attendance_alerts_assignment_id_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."assignments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance_months" ADD CONSTRAINT "attendance_months_assignment_id_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."assignments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leave_request_steps" ADD CONSTRAINT "leave_request_steps_leave_request_id_leave_requests_id_fk" FOREIGN KEY ("leave_request_id") REFERENCES "public"."leave_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leave_requests" ADD CONSTRAINT "leave_requests_assignment_id_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."assignments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "official_trips" ADD CONSTRAINT "official_trips_assignment_id_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."assignments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rest_day_stays" ADD CONSTRAINT "rest_day_stays_assignment_id_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."assignments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verifications" ADD CONSTRAINT "verifications_assignment_id_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."assignments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "attendance_alerts_village_idx" ON "attendance_alerts" USING btree ("village_code","created_at");--> statement-breakpoint
CREATE INDEX "attendance_alerts_cadre_idx" ON "attendance_alerts" USING btree ("cadre_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "attendance_alerts_subject_key" ON "attendance_alerts" USING btree ("subject","kind","audience");--> statement-breakpoint
CREATE INDEX "attendance_months_month_village_idx" ON "attendance_months" USING btree ("month","village_code");--> statement-breakpoint
CREATE INDEX "leave_request_steps_request_idx" ON "leave_request_steps" USING btree ("leave_request_id","at");--> statement-breakpoint
CREATE INDEX "leave_requests_assignment_idx" ON "leave_requests" USING btree ("assignment_id","start_on");--> statement-breakpoint
CREATE INDEX "leave_requests_cadre_idx" ON "leave_requests" USING btree ("cadre_id","start_on");--> statement-breakpoint
CREATE INDEX "leave_requests_village_idx" ON "leave_requests" USING btree ("village_code","status");--> statement-breakpoint
CREATE INDEX "leave_requests_approved_end_idx" ON "leave_requests" USING btree ("end_on","village_code") WHERE "leave_requests"."status" = 'approved';--> statement-breakpoint
CREATE INDEX "official_trips_assignment_idx" ON "official_trips" USING btree ("assignment_id","start_on");--> statement-breakpoint
CREATE INDEX "official_trips_village_idx" ON "official_trips" USING btree ("village_code","start_on");--> statement-breakpoint
CREATE UNIQUE INDEX "rest_day_stays_assignment_on_key" ON "rest_day_stays" USING btree ("assignment_id","on");--> statement-breakpoint
CREATE INDEX "verifications_assignment_idx" ON "verifications" USING btree ("assignment_id","on");--> statement-breakpoint
CREATE INDEX "verifications_village_idx" ON "verifications" USING btree ("village_code","on");