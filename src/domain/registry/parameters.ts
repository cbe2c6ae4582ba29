// Provincial parameters of the registry with their defaults (RULES.md "Provincial parameters"). Until
// the settings issue makes them editable per jurisdiction and date, services use these.

/** Check-in radius around the village centre, metres. */
export const DEFAULT_CHECKIN_RADIUS_M = 1000;

/** Age line of a young cadre (年轻干部): this age and under. */
export const DEFAULT_YOUNG_AGE_LINE = 40;
