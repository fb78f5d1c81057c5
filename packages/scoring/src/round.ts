/**
 * Rounding for display. Scores are never rounded while aggregating; only what is shown is rounded,
 * half up (away from zero), to two decimals, as the NACC prints them.
 *
 * Binary floating point stores 98.515 as 98.51499999999999…; scaling and re-reading the value at
 * 12 significant digits first removes that representation error so that 98.515 shows as 98.52.
 */
export function roundHalfUp(value: number, decimals = 2): number {
  if (!Number.isFinite(value)) return value;
  const factor = 10 ** decimals;
  const scaled = Number((Math.abs(value) * factor).toPrecision(12));
  return (Math.sign(value) * Math.floor(scaled + 0.5)) / factor;
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
