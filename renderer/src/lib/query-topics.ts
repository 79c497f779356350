/**
 * Which data each cached answer depends on, which data each change touches, and which data each
 * main-process event says changed: the tables the window's cache is kept current by.
 */
import type { ChannelInput, ChannelName } from '../../../shared/ipc';
import type { MainEventName } from '../../../shared/events';
import type { Topic } from './query-cache';

const EVERYTHING: readonly Topic[] = ['roster', 'settings', 'catalog'];
const ROSTER: readonly Topic[] = ['roster'];

/** The channels whose answers are cached, and what each answer is built from. */
export const QUERY_TOPICS = {
  'app:info': [],
  // Views read people, the settings (rule set, exam facts, reminder lead times) and the catalog.
  'roster:list': EVERYTHING,
  'dashboard:get': EVERYTHING,
  'person:get': EVERYTHING,
  'reminders:get': EVERYTHING,
  'person:history': ROSTER,
  // A backup is made before the larger changes to the roster.
  'backups:list': ROSTER,
  'catalog:list': ['catalog'],
  'settings:get': ['settings'],
} as const satisfies Partial<Record<ChannelName, readonly Topic[]>>;

export type QueryChannel = keyof typeof QUERY_TOPICS;

export function topicsOf(channel: string): readonly Topic[] {
  return (QUERY_TOPICS as Partial<Record<string, readonly Topic[]>>)[channel] ?? [];
}

type Changes = { readonly [C in ChannelName]?: readonly Topic[] | ((input: ChannelInput<C>) => readonly Topic[]) };

/** What a successful call changes; a channel not listed changes nothing (reads, dialogs, reports). */
const CHANGES: Changes = {
  'person:create': ROSTER,
  'person:update': ROSTER,
  'person:delete': ROSTER,
  'people:bulk': ROSTER,
  'credential:save': ROSTER,
  'credential:delete': ROSTER,
  'experience:save': ROSTER,
  'experience:delete': ROSTER,
  'education:save': ROSTER,
  'education:delete': ROSTER,
  'ceu:add': ROSTER,
  'ceu:delete': ROSTER,
  // Asking for the warnings only writes nothing.
  'exam:save': (input) => (input.checkOnly ? [] : ROSTER),
  'exam:result': ROSTER,
  'exam:delete': ROSTER,
  'reminders:acknowledge': ROSTER,
  'catalog:add': ['catalog'],
  // An import remembers its column and value answers in the settings, and may add own credentials.
  'import:commit': EVERYTHING,
  'import:undo': EVERYTHING,
  'settings:update': ['settings'],
  'backups:restore': EVERYTHING,
};

export function topicsChangedBy<C extends ChannelName>(channel: C, input: ChannelInput<C>): readonly Topic[] {
  const changes = CHANGES[channel] as readonly Topic[] | ((input: ChannelInput<C>) => readonly Topic[]) | undefined;
  if (changes === undefined) return [];
  return typeof changes === 'function' ? changes(input) : changes;
}

/** What each main-process event says changed; another process may have written anything in the file. */
export const EVENT_TOPICS = {
  'roster:changed': EVERYTHING,
  'settings:changed': ['settings'],
} as const satisfies Partial<Record<MainEventName, readonly Topic[]>>;
