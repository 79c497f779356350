/**
 * The channel names, written out so the sandboxed preload does not bundle the zod schemas of
 * shared/ipc.ts; the types below fail to compile if a name is missing or misspelt. The event names
 * come from shared/events.ts, which holds no schemas.
 */
import type { ChannelName } from '../../shared/ipc';

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

type Missing<All, Listed> = Exclude<All, Listed>;
// Compile-time check that every contract channel is listed.
const everyChannel: Missing<ChannelName, (typeof PRELOAD_CHANNELS)[number]> extends never ? true : false = true;
export const LISTS_ARE_COMPLETE = everyChannel;
