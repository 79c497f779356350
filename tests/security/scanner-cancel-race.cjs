// Loaded into the electronegativity scanner's process only. On Node 24 its translations fetch (no
// network here) can end in p-cancelable's "The `onCancel` handler was attached after the promise
// settled", thrown outside any promise chain, which kills the scan before it writes its report.
// That one error is a timing race in the fetch, not a finding; anything else still ends the run.
'use strict';
process.on('uncaughtException', (error) => {
  if (error instanceof Error && /onCancel` handler was attached after the promise settled/.test(error.message)) return;
  console.error(error);
  process.exit(1);
});
