const KNOWN = new Set(['AA', 'A', 'B', 'C', 'D', 'E', 'F']);

/** The NACC level (AA…F) as a coloured badge; the colour is decoration, the letters carry the meaning. */
export function LevelBadge({ level, size }: { level: string | null | undefined; size?: 'lg' }) {
  if (!level) return <span className="muted">–</span>;
  const cls = KNOWN.has(level) ? `level-${level}` : '';
  return (
    <span className={`level-badge ${cls} ${size === 'lg' ? 'level-badge-lg' : ''}`} data-level={level}>
      {level}
    </span>
  );
}
