import { createContext, useContext } from 'react';

/**
 * The version of the person's records the screen shows. Every edit sends it, so an edit based on
 * what someone else has changed since is refused instead of overwriting their change.
 */
export const PersonVersionContext = createContext<number | undefined>(undefined);

export function useBaseVersion(): number | undefined {
  return useContext(PersonVersionContext);
}
