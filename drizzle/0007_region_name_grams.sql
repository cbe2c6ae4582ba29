-- Every character and every neighbouring pair of a region name, once each (src/domain/regions/names.ts
-- nameGrams, the same rule): the GIN-indexed search key of GET /api/regions/search.
CREATE FUNCTION region_name_grams(name text) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT g), '{}') FROM (
    SELECT substr(name, i, 1) AS g FROM generate_series(1, char_length(name)) AS i
    UNION ALL
    SELECT substr(name, i, 2) FROM generate_series(1, char_length(name) - 1) AS i
  ) AS grams
$$;--> statement-breakpoint
ALTER TABLE "regions" ADD COLUMN "name_grams" text[] GENERATED ALWAYS AS (region_name_grams(name)) STORED;--> statement-breakpoint
CREATE INDEX "regions_name_grams_idx" ON "regions" USING gin ("name_grams");