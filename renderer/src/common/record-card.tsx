import type { ReactNode, RefObject } from 'react';
import { ErrorBanner } from './error-banner';

interface RecordCardProps {
  /** The heading's id; the card is the region it names. */
  readonly titleId: string;
  readonly title: string;
  readonly className?: string;
  /** A button beside the heading that adds a record. */
  readonly add?: { readonly label: string; readonly onClick: () => void };
  readonly headingRef?: RefObject<HTMLHeadingElement | null>;
  /** What sits between the heading and the card's problem banner (a summary, a notice). */
  readonly intro?: ReactNode;
  /** The last problem with these records, in the app's words. */
  readonly error?: string | null;
  readonly onRetry?: () => void;
  readonly children: ReactNode;
}

/** A card holding one kind of record: a heading that names it as a region, the add button beside it, and its problem banner. */
export function RecordCard({ titleId, title, className, add, headingRef, intro, error, onRetry, children }: RecordCardProps) {
  const heading = (
    <h2 id={titleId} ref={headingRef} tabIndex={headingRef ? -1 : undefined}>
      {title}
    </h2>
  );
  return (
    <section className={className ? `card ${className}` : 'card'} aria-labelledby={titleId}>
      {add ? (
        <div className="card-header">
          {heading}
          <button type="button" onClick={add.onClick}>
            {add.label}
          </button>
        </div>
      ) : (
        heading
      )}
      {intro}
      <ErrorBanner message={error} {...(onRetry ? { onRetry } : {})} />
      {children}
    </section>
  );
}
