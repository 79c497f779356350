import { useEffect } from 'react';
import { useApp } from './app-context';

/** Registers a form's unsaved state with the app's leave guard; cleared when the form goes away. */
export function useDirtyFlag(key: string, dirty: boolean): void {
  const { markDirty } = useApp();
  useEffect(() => {
    markDirty(key, dirty);
    return () => markDirty(key, false);
  }, [key, dirty, markDirty]);
}
