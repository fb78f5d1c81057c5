import { formatScore } from '../lib/format';

/** A labelled 0–100 score bar. The number is the content; the bar is decoration. */
export function Meter({
  label,
  sub,
  value,
  tone,
}: {
  label: React.ReactNode;
  sub?: React.ReactNode;
  value: number | null | undefined;
  tone?: 'IIT' | 'EIT' | 'OIT';
}) {
  const pct = value === null || value === undefined ? 0 : Math.max(0, Math.min(100, value));
  return (
    <div className={`meter ${tone ? `meter-${tone}` : ''}`}>
      <div className="meter-label">
        {label}
        {sub ? <small>{sub}</small> : null}
      </div>
      <div className="meter-track" aria-hidden="true">
        <div className="meter-fill" style={{ width: `${pct}%` }} />
      </div>
      <div className="meter-value">{formatScore(value)}</div>
    </div>
  );
}
