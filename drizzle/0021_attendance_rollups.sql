CREATE TABLE "attendance_rollups" (
	"month" text NOT NULL,
	"county_code" text NOT NULL,
	"rows" integer DEFAULT 0 NOT NULL,
	"cadres" integer DEFAULT 0 NOT NULL,
	"shared_cadre_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"working_days" integer DEFAULT 0 NOT NULL,
	"days_in_village" integer DEFAULT 0 NOT NULL,
	"leave_days" integer DEFAULT 0 NOT NULL,
	"trip_days" integer DEFAULT 0 NOT NULL,
	"training_days" integer DEFAULT 0 NOT NULL,
	"absent_days" integer DEFAULT 0 NOT NULL,
	"rest_days" integer DEFAULT 0 NOT NULL,
	"meeting_minimum" integer DEFAULT 0 NOT NULL,
	"below_minimum" integer DEFAULT 0 NOT NULL,
	"unknown_calendar_year" boolean DEFAULT false NOT NULL,
	"as_of" date,
	"dirty" boolean DEFAULT true NOT NULL,
	"computed_at" timestamp with time zone,
	CONSTRAINT "attendance_rollups_month_county_code_pk" PRIMARY KEY("month","county_code"),
	CONSTRAINT "attendance_rollups_month_check" CHECK ("attendance_rollups"."month" ~ '^[0-9]{4}-[0-9]{2}$')
);
--> statement-breakpoint
CREATE INDEX "attendance_months_cadre_month_idx" ON "attendance_months" USING btree ("cadre_id","month");--> statement-breakpoint
-- Issue 10 Scale: a county-month's rollup is marked dirty (or inserted, dirty) in the transaction that changes
-- what it adds up. Statement-level triggers with transition tables, so a bulk write costs one pass. Rows are
-- only marked when clean (an UPDATE whose WHERE fails takes no lock), so writes of one county do not queue
-- on its rollup row while it is already dirty.
CREATE OR REPLACE FUNCTION attendance_rollups_mark_months() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  WITH keys AS (
    SELECT DISTINCT month, county_code FROM changed_rows
    UNION
    -- A row that appears or goes changes which cadres the same cadre's other counties share that month.
    SELECT m.month, m.county_code
    FROM attendance_months m
    JOIN (SELECT DISTINCT cadre_id, month FROM changed_rows) c ON c.cadre_id = m.cadre_id AND c.month = m.month
    WHERE TG_OP <> 'UPDATE'
  ), marked AS (
    UPDATE attendance_rollups r SET dirty = true
    FROM keys k
    WHERE r.month = k.month AND r.county_code = k.county_code AND NOT r.dirty
    RETURNING 1
  )
  INSERT INTO attendance_rollups (month, county_code)
  SELECT month, county_code FROM keys
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER attendance_months_rollups_insert AFTER INSERT ON "attendance_months"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION attendance_rollups_mark_months();
--> statement-breakpoint
CREATE TRIGGER attendance_months_rollups_update AFTER UPDATE ON "attendance_months"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION attendance_rollups_mark_months();
--> statement-breakpoint
CREATE TRIGGER attendance_months_rollups_delete AFTER DELETE ON "attendance_months"
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION attendance_rollups_mark_months();
--> statement-breakpoint
-- An assignment's days on post decide which aggregates count: its months (to its end, or to its planned end
-- and at least the current month while it is open) get a rollup row, and a change of its span marks them.
CREATE OR REPLACE FUNCTION attendance_rollups_mark_new_assignments() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  WITH spans AS (
    SELECT n.county_code, n.start_on AS from_on,
           coalesce(n.end_on, greatest(n.planned_end_on, current_date)) AS to_on
    FROM new_rows n
  ), keys AS (
    SELECT DISTINCT to_char(g, 'YYYY-MM') AS month, s.county_code
    FROM spans s,
         generate_series(date_trunc('month', s.from_on::timestamp), s.to_on::timestamp, interval '1 month') g
  ), marked AS (
    UPDATE attendance_rollups r SET dirty = true
    FROM keys k
    WHERE r.month = k.month AND r.county_code = k.county_code AND NOT r.dirty
    RETURNING 1
  )
  INSERT INTO attendance_rollups (month, county_code)
  SELECT month, county_code FROM keys
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION attendance_rollups_mark_changed_assignments() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  WITH changed AS (
    SELECT n.county_code AS new_county, n.start_on AS new_from,
           coalesce(n.end_on, greatest(n.planned_end_on, current_date)) AS new_to,
           o.county_code AS old_county, o.start_on AS old_from,
           coalesce(o.end_on, greatest(o.planned_end_on, current_date)) AS old_to
    FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE (n.county_code, n.start_on, n.end_on, n.planned_end_on)
          IS DISTINCT FROM (o.county_code, o.start_on, o.end_on, o.planned_end_on)
  ), spans AS (
    SELECT new_county AS county_code, least(new_from, old_from) AS from_on, greatest(new_to, old_to) AS to_on
    FROM changed
    UNION ALL
    SELECT old_county, old_from, old_to FROM changed WHERE old_county <> new_county
  ), keys AS (
    SELECT DISTINCT to_char(g, 'YYYY-MM') AS month, s.county_code
    FROM spans s,
         generate_series(date_trunc('month', s.from_on::timestamp), s.to_on::timestamp, interval '1 month') g
  ), marked AS (
    UPDATE attendance_rollups r SET dirty = true
    FROM keys k
    WHERE r.month = k.month AND r.county_code = k.county_code AND NOT r.dirty
    RETURNING 1
  )
  INSERT INTO attendance_rollups (month, county_code)
  SELECT month, county_code FROM keys
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER assignments_rollups_insert AFTER INSERT ON "assignments"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION attendance_rollups_mark_new_assignments();
--> statement-breakpoint
CREATE TRIGGER assignments_rollups_update AFTER UPDATE ON "assignments"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION attendance_rollups_mark_changed_assignments();
--> statement-breakpoint
-- What is there already: a dirty rollup for every county-month with an aggregate or an assignment on post.
INSERT INTO attendance_rollups (month, county_code)
SELECT DISTINCT month, county_code FROM attendance_months
UNION
SELECT DISTINCT to_char(g, 'YYYY-MM'), a.county_code
FROM assignments a,
     generate_series(date_trunc('month', a.start_on::timestamp),
                     coalesce(a.end_on, greatest(a.planned_end_on, current_date))::timestamp, interval '1 month') g
ON CONFLICT DO NOTHING;
