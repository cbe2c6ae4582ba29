-- A province-month summary of attendance reads only indexes (issue 10 Scale): the region-month index of the
-- monthly aggregates and the village index of assignments carry the columns the summary adds up, the on-post
-- test and the sheet's order need, so neither reads the table's pages (scattered: aggregates are written as leave, trips and visits
-- come in). Same names and key columns as before: the schema snapshot is unchanged.
DROP INDEX IF EXISTS "attendance_months_month_village_idx";--> statement-breakpoint
CREATE INDEX "attendance_months_month_village_idx" ON "attendance_months" USING btree ("month","village_code")
  INCLUDE ("assignment_id","cadre_id","working_days","days_in_village","leave_days","trip_days","training_days",
           "absent_days","rest_days","meets_minimum","unknown_calendar_year","as_of");--> statement-breakpoint
DROP INDEX IF EXISTS "assignments_village_idx";--> statement-breakpoint
CREATE INDEX "assignments_village_idx" ON "assignments" USING btree ("village_code","start_on") INCLUDE ("id","end_on","team_role");
