-- Issue 8, finding 5: a masked ID number keeps only its last 4 characters ('**************1234'). The first 4
-- (province and city), with the birth date and the check character, left one to three candidates.
-- Derived from the stored masked form itself: its last 4 characters stay, everything before becomes '*'.
UPDATE "cadres"
SET "id_number_masked" = repeat('*', greatest(length("id_number_masked") - 4, 0)) || right("id_number_masked", 4)
WHERE "id_number_masked" <> repeat('*', greatest(length("id_number_masked") - 4, 0)) || right("id_number_masked", 4);
