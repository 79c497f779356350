/**
 * The plain-Node file backend: `conf`, which writes through a temp file and a rename. The
 * desktop app passes an electron-store factory with the same options instead.
 */
import Conf from 'conf';
import type { ConfFactory } from './roster-store';
import { ROSTER_FILE_FORMAT } from './roster-json';

/** conf with its own schema, migrations, defaults and watching off: the store does all of that. */
export const confBackend: ConfFactory = ({ cwd, configName }) =>
  new Conf<Record<string, unknown>>({
    cwd,
    configName,
    clearInvalidConfig: false,
    accessPropertiesByDotNotation: false,
    watch: false,
    // Compact, ASCII-only JSON, and no second parse of the file on the first save (roster-json.ts).
    ...ROSTER_FILE_FORMAT,
  });
