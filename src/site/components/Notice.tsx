import type { ReactNode } from 'react';

/**
 * A plain notice for an empty list, a missing page or a wrong code: a sentence (and a way on),
 * no illustration.
 */
export function Notice({
  title,
  children,
  action,
  level = 'p',
}: {
  title?: string;
  children?: ReactNode;
  action?: ReactNode;
  level?: 'h1' | 'p';
}) {
  const Heading = level;
  return (
    <div className="notice" data-testid="notice">
      {title !== undefined && <Heading className="notice-title">{title}</Heading>}
      {children !== undefined && <p>{children}</p>}
      {action !== undefined && <p>{action}</p>}
    </div>
  );
}

/** An empty list: one line of text. */
export function EmptyText({ children }: { children: ReactNode }) {
  return (
    <p className="empty-state" data-testid="empty-state">
      {children}
    </p>
  );
}
