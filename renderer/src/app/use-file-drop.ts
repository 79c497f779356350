import { useEffect, useState } from 'react';
import { pathForFile } from '../lib/api';
import { IMPORTABLE_WORDS, isImportableName } from '../../../shared/importable';


/** Files dropped anywhere in the window open the import wizard; returns whether a drag is in progress. */
export function useFileDrop(onFiles: (paths: readonly string[]) => void, announce: (text: string) => void): boolean {
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    let depth = 0;
    const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth += 1;
      setDragging(true);
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const over = (e: DragEvent) => {
      if (hasFiles(e)) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      const files = Array.from(e.dataTransfer?.files ?? []);
      const paths = files
        .filter((f) => isImportableName(f.name))
        .map((f) => pathForFile(f))
        .filter((p): p is string => Boolean(p));
      if (paths.length > 0) onFiles(paths);
      else announce(`Only ${IMPORTABLE_WORDS} files can be imported.`);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [onFiles, announce]);
  return dragging;
}
