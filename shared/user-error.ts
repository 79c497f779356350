/**
 * A refusal whose message was written for the user: the window and the command line show it as
 * is. The store, import, export, handlers and CLI raise it (or a kind of it); any other error is a
 * bug and gets a generic message.
 */
export class UserError extends Error {
  override readonly name: string = 'UserError';
}
