/** A conf backend whose writes fail with a chosen file-system error, as a full or read-only disk would. */
import Conf from 'conf';
import type { ConfFactory } from '../../electron/store/roster-store';
import { ROSTER_FILE_FORMAT } from '../../electron/store/roster-json';

export interface FailingBackend {
  readonly factory: ConfFactory;
  /** Error code the next writes fail with; null lets them through. */
  failWith: string | null;
}

export function failingBackend(): FailingBackend {
  const control: { failWith: string | null } = { failWith: null };
  const factory: ConfFactory = (options) => {
    const conf = new Conf<Record<string, unknown>>({ ...options, accessPropertiesByDotNotation: false, ...ROSTER_FILE_FORMAT });
    return {
      get path() {
        return conf.path;
      },
      get store() {
        return conf.store;
      },
      set store(value: unknown) {
        if (control.failWith) {
          throw Object.assign(new Error(`${control.failWith}: simulated failure, write '${conf.path}'`), { code: control.failWith });
        }
        conf.store = value as Record<string, unknown>;
      },
    };
  };
  return {
    factory,
    get failWith() {
      return control.failWith;
    },
    set failWith(code) {
      control.failWith = code;
    },
  };
}
