CREATE TABLE "nomination_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"nomination_id" uuid NOT NULL,
	"step" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"actor_id" uuid,
	"actor_name" text NOT NULL,
	"actor_roles" text[] NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"on_date" date NOT NULL,
	"note" text,
	"detail" jsonb
);
--> statement-breakpoint
CREATE TABLE "nominations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cadre_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"need_id" uuid NOT NULL,
	"village_code" text NOT NULL,
	"province_code" text NOT NULL,
	"county_code" text NOT NULL,
	"role" text NOT NULL,
	"source" text NOT NULL,
	"nominated_on" date NOT NULL,
	"policy_version" text NOT NULL,
	"status" text NOT NULL,
	"violations" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"overrides" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"checks" jsonb,
	"closed_reason" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "nominations_status_check" CHECK ("nominations"."status" in ('proposed', 'checked', 'filed', 'decided', 'rejected', 'withdrawn')),
	CONSTRAINT "nominations_role_check" CHECK ("nominations"."role" in ('first_secretary', 'member')),
	CONSTRAINT "nominations_source_check" CHECK ("nominations"."source" in ('application', 'recommendation'))
);
--> statement-breakpoint
CREATE TABLE "village_needs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"village_code" text NOT NULL,
	"province_code" text NOT NULL,
	"county_code" text NOT NULL,
	"first_secretary" boolean NOT NULL,
	"members" integer NOT NULL,
	"strengths" text[] DEFAULT '{}'::text[] NOT NULL,
	"reason" text,
	"basis" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"effective_on" date NOT NULL,
	"policy_version" text NOT NULL,
	"created_by" uuid,
	"created_by_name" text NOT NULL,
	"closed_on" date,
	"closed_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "village_needs_status_check" CHECK ("village_needs"."status" in ('open', 'filled', 'closed')),
	CONSTRAINT "village_needs_members_check" CHECK ("village_needs"."members" >= 0 and "village_needs"."members" <= 50)
);
--> statement-breakpoint
CREATE TABLE "assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"team_id" uuid NOT NULL,
	"nomination_id" uuid NOT NULL,
	"cadre_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"village_code" text NOT NULL,
	"province_code" text NOT NULL,
	"county_code" text NOT NULL,
	"team_role" text NOT NULL,
	"start_on" date NOT NULL,
	"planned_end_on" date NOT NULL,
	"end_on" date,
	"end_reason" text,
	"end_note" text,
	"violations" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"overrides" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"party_relation_transferred_on" date,
	"full_time_acknowledged_on" date,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assignments_role_check" CHECK ("assignments"."team_role" in ('first_secretary', 'leader', 'member')),
	CONSTRAINT "assignments_end_reason_check" CHECK ("assignments"."end_reason" is null or "assignments"."end_reason" in ('completed', 'rotated', 'recalled', 'other')),
	CONSTRAINT "assignments_dates_check" CHECK ("assignments"."planned_end_on" > "assignments"."start_on" and ("assignments"."end_on" is null or "assignments"."end_on" >= "assignments"."start_on"))
);
--> statement-breakpoint
CREATE TABLE "recall_proposals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assignment_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"county_code" text NOT NULL,
	"village_code" text NOT NULL,
	"reasons" text NOT NULL,
	"status" text DEFAULT 'proposed' NOT NULL,
	"proposed_by" uuid,
	"proposed_by_name" text NOT NULL,
	"proposed_at" timestamp with time zone NOT NULL,
	"confirmed_by" uuid,
	"confirmed_at" timestamp with time zone,
	"end_on" date,
	CONSTRAINT "recall_proposals_status_check" CHECK ("recall_proposals"."status" in ('proposed', 'confirmed', 'withdrawn'))
);
--> statement-breakpoint
CREATE TABLE "teams" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"village_code" text NOT NULL,
	"province_code" text NOT NULL,
	"county_code" text NOT NULL,
	"batch" integer NOT NULL,
	"started_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "nomination_steps" ADD CONSTRAINT "nomination_steps_nomination_id_nominations_id_fk" FOREIGN KEY ("nomination_id") REFERENCES "public"."nominations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_need_id_village_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."village_needs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_nomination_id_nominations_id_fk" FOREIGN KEY ("nomination_id") REFERENCES "public"."nominations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recall_proposals" ADD CONSTRAINT "recall_proposals_assignment_id_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."assignments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "nomination_steps_nomination_idx" ON "nomination_steps" USING btree ("nomination_id","at");--> statement-breakpoint
CREATE INDEX "nominations_cadre_idx" ON "nominations" USING btree ("cadre_id");--> statement-breakpoint
CREATE INDEX "nominations_unit_idx" ON "nominations" USING btree ("unit_id","status");--> statement-breakpoint
CREATE INDEX "nominations_need_idx" ON "nominations" USING btree ("need_id");--> statement-breakpoint
CREATE INDEX "nominations_county_idx" ON "nominations" USING btree ("county_code","status");--> statement-breakpoint
CREATE INDEX "nominations_province_idx" ON "nominations" USING btree ("province_code","status");--> statement-breakpoint
CREATE INDEX "village_needs_village_idx" ON "village_needs" USING btree ("village_code","status");--> statement-breakpoint
CREATE INDEX "village_needs_county_idx" ON "village_needs" USING btree ("county_code","status");--> statement-breakpoint
CREATE INDEX "village_needs_province_idx" ON "village_needs" USING btree ("province_code","status");--> statement-breakpoint
CREATE UNIQUE INDEX "assignments_nomination_key" ON "assignments" USING btree ("nomination_id");--> statement-breakpoint
CREATE INDEX "assignments_team_idx" ON "assignments" USING btree ("team_id");--> statement-breakpoint
CREATE INDEX "assignments_cadre_idx" ON "assignments" USING btree ("cadre_id","start_on");--> statement-breakpoint
CREATE INDEX "assignments_unit_idx" ON "assignments" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "assignments_village_idx" ON "assignments" USING btree ("village_code","start_on");--> statement-breakpoint
CREATE INDEX "assignments_county_end_idx" ON "assignments" USING btree ("county_code","planned_end_on");--> statement-breakpoint
CREATE INDEX "assignments_province_idx" ON "assignments" USING btree ("province_code","planned_end_on");--> statement-breakpoint
CREATE INDEX "recall_proposals_assignment_idx" ON "recall_proposals" USING btree ("assignment_id");--> statement-breakpoint
CREATE INDEX "recall_proposals_unit_idx" ON "recall_proposals" USING btree ("unit_id","status");--> statement-breakpoint
CREATE INDEX "recall_proposals_county_idx" ON "recall_proposals" USING btree ("county_code","status");--> statement-breakpoint
CREATE UNIQUE INDEX "teams_village_batch_key" ON "teams" USING btree ("village_code","batch");--> statement-breakpoint
CREATE INDEX "teams_county_idx" ON "teams" USING btree ("county_code");--> statement-breakpoint
CREATE INDEX "teams_province_idx" ON "teams" USING btree ("province_code");