import type { ReactNode } from 'react';

/**
 * Holds a wide table that may scroll sideways on an upright tablet: it can be
 * focused, so the keyboard can scroll it too, and is named after the table.
 */
export function TableWrap({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="team-table-wrap" role="group" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
