/**
 * The channel and event names, written out so the sandboxed preload does not bundle the zod
 * schemas of shared/ipc.ts. The types below fail to compile if a name is missing or misspelt.
 */
import type { ChannelName, MainEventName } from '../../shared/ipc';

export const PRELOAD_CHANNELS = [
  'app:info',
  'roster:list',
  'dashboard:get',
  'person:get',
  'person:history',
  'person:create',
  'person:update',
  'person:delete',
  'people:bulk',
  'credential:save',
  'credential:delete',
  'experience:save',
  'experience:delete',
  'education:save',
  'education:delete',
  'ceu:add',
  'ceu:delete',
  'ceu:update',
  'exam:save',
  'exam:result',
  'exam:delete',
  'reminders:get',
  'reminders:acknowledge',
  'catalog:list',
  'catalog:add',
  'import:pick',
  'import:preview',
  'import:commit',
  'import:undo',
  'import:template',
  'export:difCheck',
  'export:run',
  'settings:get',
  'settings:update',
  'backups:list',
  'backups:restore',
  'shell:showInFolder',
  'shell:openExternal',
] as const satisfies readonly ChannelName[];

export const PRELOAD_EVENTS = [
  'import:progress',
  'export:progress',
  'menu:command',
  'files:opened',
  'store:recovered',
  'roster:changed',
] as const satisfies readonly MainEventName[];

type Missing<All, Listed> = Exclude<All, Listed>;
// Compile-time check that every contract channel and event is listed.
const everyChannel: Missing<ChannelName, (typeof PRELOAD_CHANNELS)[number]> extends never ? true : false = true;
const everyEvent: Missing<MainEventName, (typeof PRELOAD_EVENTS)[number]> extends never ? true : false = true;
export const LISTS_ARE_COMPLETE = everyChannel && everyEvent;
