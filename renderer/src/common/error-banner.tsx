interface ErrorBannerProps {
  readonly message: string | null | undefined;
  readonly onRetry?: () => void;
}

/** A problem in plain words, announced to screen readers. */
export function ErrorBanner({ message, onRetry }: ErrorBannerProps) {
  if (!message) return null;
  return (
    <div className="banner banner-error" role="alert">
      <span aria-hidden="true">⚠ </span>
      {message}
      {onRetry ? (
        <button type="button" className="link-button" onClick={onRetry}>
          Try again
        </button>
      ) : null}
    </div>
  );
}
