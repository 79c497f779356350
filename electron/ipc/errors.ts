/** A refusal whose message is meant for the user as is (bad file path, unsafe link, missing person). */
export class HandlerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HandlerError';
  }
}
