CREATE TABLE "village_task_progress" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"task_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"cadre_id" uuid,
	"by_name" text NOT NULL,
	"percent" integer NOT NULL,
	"note" text NOT NULL,
	"on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "village_task_progress_percent_check" CHECK ("village_task_progress"."percent" between 0 and 100)
);
--> statement-breakpoint
CREATE TABLE "village_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"village_code" text NOT NULL,
	"province_code" text NOT NULL,
	"county_code" text NOT NULL,
	"township_code" text NOT NULL,
	"duty" text NOT NULL,
	"title" text NOT NULL,
	"target" text,
	"owner_cadre_id" uuid,
	"due_on" date,
	"status" text DEFAULT 'open' NOT NULL,
	"closed_on" date,
	"close_note" text,
	"created_on" date NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "village_tasks_duty_check" CHECK ("village_tasks"."duty" in ('party_organisation', 'prosperity', 'governance', 'service', 'p17_policy', 'p17_targeting', 'p17_projects', 'p17_policies_reach', 'p17_collective_economy', 'p17_supervision', 'p17_motivation', 'p17_rule_of_law', 'p17_mandarin', 'p17_organisation')),
	CONSTRAINT "village_tasks_status_check" CHECK ("village_tasks"."status" in ('open', 'done', 'dropped')),
	CONSTRAINT "village_tasks_closed_check" CHECK (("village_tasks"."status" = 'open') = ("village_tasks"."closed_on" is null))
);
--> statement-breakpoint
CREATE TABLE "work_log_photos" (
	"work_log_id" uuid PRIMARY KEY NOT NULL,
	"mime" text NOT NULL,
	"bytes" "bytea" NOT NULL,
	"size" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "work_log_photos_mime_check" CHECK ("work_log_photos"."mime" in ('image/jpeg', 'image/png'))
);
--> statement-breakpoint
CREATE TABLE "work_logs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cadre_id" uuid NOT NULL,
	"assignment_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"county_code" text NOT NULL,
	"township_code" text NOT NULL,
	"village_code" text NOT NULL,
	"on" date NOT NULL,
	"kind" text NOT NULL,
	"duty" text NOT NULL,
	"task_id" uuid,
	"text" text NOT NULL,
	"households_visited" integer,
	"user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "work_logs_kind_check" CHECK ("work_logs"."kind" in ('household_visit', 'problem_solved', 'meeting', 'project', 'study', 'other')),
	CONSTRAINT "work_logs_duty_check" CHECK ("work_logs"."duty" in ('party_organisation', 'prosperity', 'governance', 'service', 'p17_policy', 'p17_targeting', 'p17_projects', 'p17_policies_reach', 'p17_collective_economy', 'p17_supervision', 'p17_motivation', 'p17_rule_of_law', 'p17_mandarin', 'p17_organisation')),
	CONSTRAINT "work_logs_households_check" CHECK ("work_logs"."households_visited" is null or "work_logs"."households_visited" between 0 and 200)
);
--> statement-breakpoint
ALTER TABLE "village_task_progress" ADD CONSTRAINT "village_task_progress_task_id_village_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."village_tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "village_tasks" ADD CONSTRAINT "village_tasks_owner_cadre_id_cadres_id_fk" FOREIGN KEY ("owner_cadre_id") REFERENCES "public"."cadres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_log_photos" ADD CONSTRAINT "work_log_photos_work_log_id_work_logs_id_fk" FOREIGN KEY ("work_log_id") REFERENCES "public"."work_logs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_logs" ADD CONSTRAINT "work_logs_cadre_id_cadres_id_fk" FOREIGN KEY ("cadre_id") REFERENCES "public"."cadres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_logs" ADD CONSTRAINT "work_logs_assignment_id_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."assignments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_logs" ADD CONSTRAINT "work_logs_task_id_village_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."village_tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "village_task_progress_client_key" ON "village_task_progress" USING btree ("user_id","client_id");--> statement-breakpoint
CREATE INDEX "village_task_progress_task_idx" ON "village_task_progress" USING btree ("task_id","created_at");--> statement-breakpoint
CREATE INDEX "village_tasks_village_idx" ON "village_tasks" USING btree ("village_code","status");--> statement-breakpoint
CREATE INDEX "village_tasks_county_idx" ON "village_tasks" USING btree ("county_code");--> statement-breakpoint
CREATE UNIQUE INDEX "work_logs_cadre_client_key" ON "work_logs" USING btree ("cadre_id","client_id");--> statement-breakpoint
CREATE INDEX "work_logs_cadre_on_idx" ON "work_logs" USING btree ("cadre_id","on");--> statement-breakpoint
CREATE INDEX "work_logs_village_on_idx" ON "work_logs" USING btree ("village_code","on");--> statement-breakpoint
CREATE INDEX "work_logs_county_on_idx" ON "work_logs" USING btree ("county_code","on");--> statement-breakpoint
CREATE INDEX "work_logs_unit_idx" ON "work_logs" USING btree ("unit_id","on");--> statement-breakpoint
CREATE INDEX "work_logs_task_idx" ON "work_logs" USING btree ("task_id");