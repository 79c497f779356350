interface ErrorBannerProps {
  readonly message: string | null | undefined;
  readonly onRetry?: () => void;
  /** The words on the retry button; "Try again" unless the action is something else. */
  readonly retryLabel?: string;
}

/** A problem in plain words, announced to screen readers. */
export function ErrorBanner({ message, onRetry, retryLabel = 'Try again' }: ErrorBannerProps) {
  if (!message) return null;
  return (
    <div className="banner banner-error" role="alert">
      <span aria-hidden="true">⚠ </span>
      {message}
      {onRetry ? (
        <button type="button" className="link-button" onClick={onRetry}>
          {retryLabel}
        </button>
      ) : null}
    </div>
  );
}
