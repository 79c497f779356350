// Loaded into the electronegativity scanner's process only. The scanner fetches its translations
// from the network at start; with no network that fetch fails, and on Node 24 the failure escapes
// as an uncaught error or rejection (a got RequestError, or p-cancelable's "The `onCancel` handler
// was attached after the promise settled"), which kills the scan before it writes its report. A
// failed fetch is not a finding, so those are let pass; anything else still ends the run.
'use strict';
function isFetchFailure(error) {
  if (!(error instanceof Error)) return false;
  if (/onCancel` handler was attached after the promise settled/.test(error.message)) return true;
  return ['RequestError', 'TimeoutError', 'CancelError'].includes(error.name);
}
function onError(error) {
  if (isFetchFailure(error)) return;
  console.error(error);
  process.exit(1);
}
process.on('uncaughtException', onError);
process.on('unhandledRejection', onError);
