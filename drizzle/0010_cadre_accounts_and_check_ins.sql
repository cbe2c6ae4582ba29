CREATE TABLE "check_in_notice_acks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cadre_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"notice_version" text NOT NULL,
	"acknowledged_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "check_ins" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cadre_id" uuid NOT NULL,
	"assignment_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"county_code" text NOT NULL,
	"township_code" text NOT NULL,
	"village_code" text NOT NULL,
	"server_time" timestamp with time zone NOT NULL,
	"device_time" timestamp with time zone NOT NULL,
	"lat" double precision,
	"lng" double precision,
	"accuracy_m" double precision,
	"distance_m" double precision,
	"radius_m" integer NOT NULL,
	"flags" text[] DEFAULT '{}'::text[] NOT NULL,
	"user_id" uuid,
	CONSTRAINT "check_ins_position_check" CHECK (("check_ins"."lat" is null) = ("check_ins"."lng" is null)),
	CONSTRAINT "check_ins_flags_check" CHECK ("check_ins"."flags" <@ array['no_fix', 'low_accuracy', 'outside_radius', 'impossible_speed', 'clock_skew']::text[])
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "cadre_id" uuid;--> statement-breakpoint
ALTER TABLE "check_in_notice_acks" ADD CONSTRAINT "check_in_notice_acks_cadre_id_cadres_id_fk" FOREIGN KEY ("cadre_id") REFERENCES "public"."cadres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_ins" ADD CONSTRAINT "check_ins_cadre_id_cadres_id_fk" FOREIGN KEY ("cadre_id") REFERENCES "public"."cadres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_ins" ADD CONSTRAINT "check_ins_assignment_id_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."assignments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "check_in_notice_acks_key" ON "check_in_notice_acks" USING btree ("cadre_id","notice_version");--> statement-breakpoint
CREATE UNIQUE INDEX "check_ins_cadre_client_key" ON "check_ins" USING btree ("cadre_id","client_id");--> statement-breakpoint
CREATE INDEX "check_ins_cadre_time_idx" ON "check_ins" USING btree ("cadre_id","server_time");--> statement-breakpoint
CREATE INDEX "check_ins_village_time_idx" ON "check_ins" USING btree ("village_code","server_time");--> statement-breakpoint
CREATE INDEX "check_ins_county_time_idx" ON "check_ins" USING btree ("county_code","server_time");--> statement-breakpoint
CREATE INDEX "check_ins_server_time_idx" ON "check_ins" USING btree ("server_time");--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_cadre_id_cadres_id_fk" FOREIGN KEY ("cadre_id") REFERENCES "public"."cadres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "users_active_cadre_key" ON "users" USING btree ("cadre_id") WHERE "users"."cadre_id" is not null and not "users"."disabled";--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_cadre_role_check" CHECK ("users"."cadre_id" is null or "users"."roles" = array['cadre']::text[]);