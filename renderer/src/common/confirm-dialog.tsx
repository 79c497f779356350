import { Dialog } from './dialog';

export interface ConfirmRequest {
  readonly title: string;
  readonly message: string;
  readonly confirmLabel: string;
  readonly danger?: boolean;
  readonly resolve: (ok: boolean) => void;
}

/** Asks before something that cannot be taken back. */
export function ConfirmDialog({ request }: { readonly request: ConfirmRequest }) {
  return (
    <Dialog
      title={request.title}
      onClose={() => request.resolve(false)}
      footer={
        <>
          <button type="button" onClick={() => request.resolve(false)} autoFocus>
            Cancel
          </button>
          <button type="button" className={request.danger ? 'danger' : 'primary'} onClick={() => request.resolve(true)}>
            {request.confirmLabel}
          </button>
        </>
      }
    >
      <p>{request.message}</p>
    </Dialog>
  );
}
