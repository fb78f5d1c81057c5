import { useState } from 'react';

/** A <details> section whose body is built the first time it opens (long tables cost nothing until then). */
export function LazyDetails({
  summary,
  children,
  open: initiallyOpen = false,
  className = 'section',
}: {
  summary: React.ReactNode;
  children: React.ReactNode;
  open?: boolean;
  className?: string;
}) {
  const [opened, setOpened] = useState(initiallyOpen);
  return (
    <details className={className} open={initiallyOpen} onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary>{summary}</summary>
      {opened ? children : null}
    </details>
  );
}
