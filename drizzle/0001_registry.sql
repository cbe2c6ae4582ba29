CREATE TABLE "cadres" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"province_code" text NOT NULL,
	"county_code" text,
	"name" text NOT NULL,
	"gender" text NOT NULL,
	"birth_date" date NOT NULL,
	"id_number_cipher" text NOT NULL,
	"id_number_hash" text NOT NULL,
	"id_number_masked" text NOT NULL,
	"phone_cipher" text NOT NULL,
	"phone_masked" text NOT NULL,
	"party_status" text NOT NULL,
	"party_joined_on" date,
	"party_full_on" date,
	"work_started_on" date NOT NULL,
	"rank" text,
	"reserve_cadre" boolean DEFAULT false NOT NULL,
	"young" boolean DEFAULT false NOT NULL,
	"stepped_down_for_age" boolean DEFAULT false NOT NULL,
	"rural_experience" boolean DEFAULT false NOT NULL,
	"agri_expertise" boolean DEFAULT false NOT NULL,
	"strengths" text[] DEFAULT '{}'::text[] NOT NULL,
	"demo" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cadres_gender_check" CHECK ("cadres"."gender" in ('male', 'female')),
	CONSTRAINT "cadres_party_status_check" CHECK ("cadres"."party_status" in ('full', 'probationary', 'none')),
	CONSTRAINT "cadres_rank_check" CHECK ("cadres"."rank" is null or "cadres"."rank" in ('bureau', 'division', 'section', 'staff'))
);
--> statement-breakpoint
CREATE TABLE "county_flags" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"county_code" text NOT NULL,
	"province_code" text NOT NULL,
	"flag" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "county_flags_flag_check" CHECK ("county_flags"."flag" in ('keyAssistedCounty')),
	CONSTRAINT "county_flags_dates_check" CHECK ("county_flags"."valid_to" is null or "county_flags"."valid_to" >= "county_flags"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "unit_pairings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"target_code" text NOT NULL,
	"target_province_code" text NOT NULL,
	"target_county_code" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "unit_pairings_kind_check" CHECK ("unit_pairings"."kind" in ('designated', 'paired', 'east_west')),
	CONSTRAINT "unit_pairings_dates_check" CHECK ("unit_pairings"."valid_to" is null or "unit_pairings"."valid_to" >= "unit_pairings"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "village_categories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"village_code" text NOT NULL,
	"province_code" text NOT NULL,
	"county_code" text NOT NULL,
	"category" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "village_categories_category_check" CHECK ("village_categories"."category" in ('liftedFromPoverty', 'registeredPoor', 'deepPoverty', 'relocationSite', 'revitalisationDemo', 'weakPartyOrg', 'weakEconomy', 'socialConflict', 'lightConsolidation')),
	CONSTRAINT "village_categories_dates_check" CHECK ("village_categories"."valid_to" is null or "village_categories"."valid_to" >= "village_categories"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "village_profiles" (
	"village_code" text PRIMARY KEY NOT NULL,
	"province_code" text NOT NULL,
	"city_code" text NOT NULL,
	"county_code" text NOT NULL,
	"township_code" text NOT NULL,
	"population" integer,
	"households" integer,
	"lat" double precision,
	"lng" double precision,
	"checkin_radius_m" integer,
	"demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "village_profiles_location_check" CHECK (("village_profiles"."lat" is null) = ("village_profiles"."lng" is null))
);
--> statement-breakpoint
ALTER TABLE "units" ADD COLUMN "province_code" text;--> statement-breakpoint
ALTER TABLE "units" ADD COLUMN "county_code" text;--> statement-breakpoint
ALTER TABLE "units" ADD COLUMN "demo" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "units" ADD COLUMN "created_by" uuid;--> statement-breakpoint
ALTER TABLE "cadres" ADD CONSTRAINT "cadres_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_pairings" ADD CONSTRAINT "unit_pairings_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "village_categories" ADD CONSTRAINT "village_categories_village_code_village_profiles_village_code_fk" FOREIGN KEY ("village_code") REFERENCES "public"."village_profiles"("village_code") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "cadres_id_number_hash_key" ON "cadres" USING btree ("id_number_hash");--> statement-breakpoint
CREATE INDEX "cadres_unit_id_idx" ON "cadres" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "cadres_region_code_idx" ON "cadres" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "cadres_province_code_idx" ON "cadres" USING btree ("province_code");--> statement-breakpoint
CREATE INDEX "cadres_county_code_idx" ON "cadres" USING btree ("county_code");--> statement-breakpoint
CREATE INDEX "cadres_party_status_idx" ON "cadres" USING btree ("party_status");--> statement-breakpoint
CREATE INDEX "cadres_rank_idx" ON "cadres" USING btree ("rank");--> statement-breakpoint
CREATE INDEX "cadres_birth_date_idx" ON "cadres" USING btree ("birth_date");--> statement-breakpoint
CREATE INDEX "cadres_name_idx" ON "cadres" USING btree ("name");--> statement-breakpoint
CREATE INDEX "cadres_strengths_idx" ON "cadres" USING gin ("strengths");--> statement-breakpoint
CREATE INDEX "cadres_created_at_idx" ON "cadres" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "county_flags_county_idx" ON "county_flags" USING btree ("county_code","flag","valid_from");--> statement-breakpoint
CREATE INDEX "county_flags_province_idx" ON "county_flags" USING btree ("province_code","flag");--> statement-breakpoint
CREATE INDEX "unit_pairings_unit_id_idx" ON "unit_pairings" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "unit_pairings_target_code_idx" ON "unit_pairings" USING btree ("target_code");--> statement-breakpoint
CREATE INDEX "unit_pairings_target_county_idx" ON "unit_pairings" USING btree ("target_county_code","kind");--> statement-breakpoint
CREATE INDEX "unit_pairings_target_province_idx" ON "unit_pairings" USING btree ("target_province_code");--> statement-breakpoint
CREATE INDEX "village_categories_village_idx" ON "village_categories" USING btree ("village_code","category","valid_from");--> statement-breakpoint
CREATE INDEX "village_categories_county_idx" ON "village_categories" USING btree ("county_code","category");--> statement-breakpoint
CREATE INDEX "village_categories_province_idx" ON "village_categories" USING btree ("province_code","category");--> statement-breakpoint
CREATE INDEX "village_profiles_province_code_idx" ON "village_profiles" USING btree ("province_code");--> statement-breakpoint
CREATE INDEX "village_profiles_county_code_idx" ON "village_profiles" USING btree ("county_code");--> statement-breakpoint
CREATE INDEX "village_profiles_township_code_idx" ON "village_profiles" USING btree ("township_code");--> statement-breakpoint
ALTER TABLE "units" ADD CONSTRAINT "units_parent_id_units_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "units_province_code_idx" ON "units" USING btree ("province_code");--> statement-breakpoint
CREATE INDEX "units_county_code_idx" ON "units" USING btree ("county_code");--> statement-breakpoint
CREATE INDEX "units_kind_idx" ON "units" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "units_level_idx" ON "units" USING btree ("level");--> statement-breakpoint
CREATE UNIQUE INDEX "units_region_name_key" ON "units" USING btree ("region_code","name");--> statement-breakpoint
ALTER TABLE "units" ADD CONSTRAINT "units_kind_check" CHECK ("units"."kind" in ('central_organ', 'provincial_organ', 'city_organ', 'county_organ', 'central_soe', 'local_soe', 'public_institution', 'university', 'financial_enterprise', 'people_org'));--> statement-breakpoint
ALTER TABLE "units" ADD CONSTRAINT "units_level_check" CHECK ("units"."level" in ('central', 'province', 'city', 'county'));