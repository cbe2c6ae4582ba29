// Plausibility flags of an optional evidence check-in (issue 10 item 8; DESIGN.md §6). A check-in is evidence,
// never a verdict: the flags say what looks wrong, nothing is refused for them and nothing is counted
// (X23-fingertip, X26-apps art. 6). Pure: positions in WGS-84 degrees, times in epoch milliseconds.

export type PlausibilityFlag =
  | 'no_fix'
  | 'low_accuracy'
  | 'outside_radius'
  | 'impossible_speed'
  | 'clock_skew';

/**
 * Thresholds. `low_accuracy`: a reported accuracy worse than 200 m (a phone's GPS gives 5–50 m outdoors,
 * network positioning 100–2,000 m), or 0 or less, which no receiver reports honestly. `impossible_speed`:
 * faster than 150 km/h between two check-ins (above expressway speed, below high-speed rail — a cadre
 * returning by train could exceed it, which is why it is only a flag). `clock_skew`: the device clock more
 * than 10 minutes from the server's.
 */
export const PLAUSIBILITY = {
  maxAccuracyMetres: 200,
  maxSpeedKmh: 150,
  maxClockSkewMs: 10 * 60_000,
} as const;

export interface Position {
  lat: number;
  lng: number;
}

const EARTH_RADIUS_M = 6_371_008.8;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance in metres (haversine, mean Earth radius). */
export function haversineMetres(a: Position, b: Position): number {
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

export interface CheckInObservation {
  position: Position | null;
  accuracyMetres: number | null;
  serverTimeMs: number;
  deviceTimeMs: number;
}

export interface PlausibilityContext {
  /** The village's location; null when the village has none recorded (then no `outside_radius`). */
  village: Position | null;
  radiusMetres: number;
  /** The cadre's previous check-in with a position, if any. */
  previous: { position: Position; serverTimeMs: number } | null;
}

export interface Plausibility {
  flags: PlausibilityFlag[];
  /** Metres from the village's location; null without a fix or a village location. */
  distanceMetres: number | null;
}

/** The flags of one check-in, in a fixed order. Boundaries: exactly at a threshold is not flagged. */
export function plausibilityOf(obs: CheckInObservation, ctx: PlausibilityContext): Plausibility {
  const flags: PlausibilityFlag[] = [];
  const { position } = obs;
  if (!position) flags.push('no_fix');
  else if (
    obs.accuracyMetres === null ||
    obs.accuracyMetres <= 0 ||
    obs.accuracyMetres > PLAUSIBILITY.maxAccuracyMetres
  )
    flags.push('low_accuracy');
  const distanceMetres = position && ctx.village ? haversineMetres(position, ctx.village) : null;
  if (distanceMetres !== null && distanceMetres > ctx.radiusMetres) flags.push('outside_radius');
  if (position && ctx.previous) {
    const hours = (obs.serverTimeMs - ctx.previous.serverTimeMs) / 3_600_000;
    const km = haversineMetres(ctx.previous.position, position) / 1000;
    const tooFast = hours <= 0 ? km > 0 : km / hours > PLAUSIBILITY.maxSpeedKmh;
    if (tooFast) flags.push('impossible_speed');
  }
  if (Math.abs(obs.deviceTimeMs - obs.serverTimeMs) > PLAUSIBILITY.maxClockSkewMs) flags.push('clock_skew');
  return { flags, distanceMetres };
}
