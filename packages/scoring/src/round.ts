/**
 * Rounding for display. Scores are never rounded while aggregating; only what is shown is rounded,
 * half up (away from zero), to two decimals, as the NACC prints them.
 *
 * Binary floating point stores 98.515 as 98.51499999999999…, and 98.515 × 100 is 9851.499999999998: a value
 * within a relative 1e-11 below the half (far more than such representation error, far less than any real
 * difference in a score) counts as the half, so that 98.515 shows as 98.52. No string conversion: this runs
 * for every agency scored.
 */
export function roundHalfUp(value: number, decimals = 2): number {
  if (!Number.isFinite(value)) return value;
  const factor = 10 ** decimals;
  const scaled = Math.abs(value) * factor;
  let whole = Math.floor(scaled + 0.5);
  if (scaled + 0.5 - whole >= 1 - 1e-11 * Math.max(1, scaled)) whole += 1;
  return whole === 0 ? 0 : (Math.sign(value) * whole) / factor;
}

/** "99.60": a score as the NACC prints it. */
export function formatScore(value: number | null | undefined, decimals = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return roundHalfUp(value, decimals).toFixed(decimals);
}

/** "+0.44" / "-5.00": a change in score. */
export function formatDelta(value: number, decimals = 2): string {
  const r = roundHalfUp(value, decimals);
  return `${r > 0 ? '+' : r < 0 ? '−' : '±'}${Math.abs(r).toFixed(decimals)}`;
}
