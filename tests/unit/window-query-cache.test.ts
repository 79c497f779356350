import { describe, expect, it } from 'vitest';
import type { IpcResult } from '../../shared/ipc';
import { QueryCache, stableKey, type Topic } from '../../renderer/src/lib/query-cache';
import { EVENT_TOPICS, topicsChangedBy, topicsOf } from '../../renderer/src/lib/query-topics';

/** A transport whose answers the test hands out one at a time, recording every request. */
function fakeTransport() {
  const requests: { channel: string; input: unknown; answer: (result: IpcResult<unknown>) => void }[] = [];
  const fetch = (channel: string, input: unknown) =>
    new Promise<IpcResult<unknown>>((resolve) => requests.push({ channel, input, answer: resolve }));
  return { requests, fetch };
}

const TOPICS: Record<string, readonly Topic[]> = { 'roster:list': ['roster', 'settings'], 'settings:get': ['settings'], 'catalog:list': ['catalog'] };
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function cacheWith(transport: ReturnType<typeof fakeTransport>, keepUnobserved?: number) {
  return new QueryCache({ fetch: transport.fetch, topicsOf: (c) => TOPICS[c] ?? [], ...(keepUnobserved === undefined ? {} : { keepUnobserved }) });
}

describe('the window query cache', () => {
  it('fetches once for two screens showing the same answer, and once more when they come back', async () => {
    const t = fakeTransport();
    const cache = cacheWith(t);
    const a = cache.entry('roster:list', { asOf: '2026-01-31', ruleSet: 'ccs-required' });
    // The same input written in another key order is the same answer.
    const b = cache.entry('roster:list', { ruleSet: 'ccs-required', asOf: '2026-01-31' });
    expect(b).toBe(a);
    const offA = cache.observe(a, () => undefined);
    const offB = cache.observe(b, () => undefined);
    expect(t.requests).toHaveLength(1);
    t.requests[0]!.answer({ ok: true, value: ['Dana'] });
    await settle();
    expect(cache.snapshot(a)).toEqual({ data: ['Dana'], error: null, loading: false });
    offA();
    offB();
    // Coming back with nothing changed: the answer is there and nothing is asked.
    const again = cache.entry('roster:list', { asOf: '2026-01-31', ruleSet: 'ccs-required' });
    const off = cache.observe(again, () => undefined);
    expect(t.requests).toHaveLength(1);
    expect(cache.snapshot(again).data).toEqual(['Dana']);
    off();
  });

  it('joins a fetch on its way when asked to fetch again', async () => {
    const t = fakeTransport();
    const cache = cacheWith(t);
    const entry = cache.entry('settings:get', undefined);
    const off = cache.observe(entry, () => undefined);
    const joined = cache.refetch(entry);
    expect(t.requests).toHaveLength(1);
    t.requests[0]!.answer({ ok: true, value: { ruleSet: 'ccs-required' } });
    await joined;
    expect(cache.snapshot(entry).data).toEqual({ ruleSet: 'ccs-required' });
    // With nothing on its way, "Try again" asks again.
    void cache.refetch(entry);
    expect(t.requests).toHaveLength(2);
    off();
  });

  it('fetches again what is on screen when a topic it depends on changes, and only that', async () => {
    const t = fakeTransport();
    const cache = cacheWith(t);
    const roster = cache.entry('roster:list', { asOf: '2026-01-31' });
    const catalog = cache.entry('catalog:list', undefined);
    const heard: string[] = [];
    cache.observe(roster, () => heard.push('roster'));
    cache.observe(catalog, () => heard.push('catalog'));
    t.requests[0]!.answer({ ok: true, value: 1 });
    t.requests[1]!.answer({ ok: true, value: ['CCS'] });
    await settle();
    heard.length = 0;

    cache.invalidate(EVENT_TOPICS['settings:changed']);
    expect(t.requests.map((r) => r.channel)).toEqual(['roster:list', 'catalog:list', 'roster:list']);
    // The old answer stays on screen while the new one is fetched.
    expect(cache.snapshot(roster)).toEqual({ data: 1, error: null, loading: true });
    t.requests[2]!.answer({ ok: true, value: 2 });
    await settle();
    expect(cache.snapshot(roster)).toEqual({ data: 2, error: null, loading: false });
    expect(heard.every((h) => h === 'roster')).toBe(true);
    expect(cache.snapshot(catalog).data).toEqual(['CCS']);
  });

  it('drops the answer of a fetch that began before the data changed', async () => {
    const t = fakeTransport();
    const cache = cacheWith(t);
    const entry = cache.entry('roster:list', { asOf: '2026-01-31' });
    cache.observe(entry, () => undefined);
    cache.invalidate(['roster']);
    expect(t.requests).toHaveLength(2);
    // The newer answer comes first; the older one, arriving late, must not replace it.
    t.requests[1]!.answer({ ok: true, value: 'after the change' });
    await settle();
    t.requests[0]!.answer({ ok: true, value: 'before the change' });
    await settle();
    expect(cache.snapshot(entry).data).toBe('after the change');
  });

  it('marks answers no screen shows as stale and fetches them when next shown', async () => {
    const t = fakeTransport();
    const cache = cacheWith(t);
    const entry = cache.entry('roster:list', { asOf: '2026-01-31' });
    const off = cache.observe(entry, () => undefined);
    t.requests[0]!.answer({ ok: true, value: 'first' });
    await settle();
    off();
    cache.invalidate(EVENT_TOPICS['roster:changed']);
    expect(t.requests).toHaveLength(1);
    cache.observe(entry, () => undefined);
    expect(t.requests).toHaveLength(2);
    // Meanwhile the screen shows the answer it had, marked as updating.
    expect(cache.snapshot(entry)).toEqual({ data: 'first', error: null, loading: true });
  });

  it('keeps the words of a failed answer for the screen, with the last good data, and asks again next time', async () => {
    const t = fakeTransport();
    const cache = cacheWith(t);
    const entry = cache.entry('settings:get', undefined);
    const off = cache.observe(entry, () => undefined);
    t.requests[0]!.answer({ ok: true, value: 'good' });
    await settle();
    void cache.refetch(entry);
    t.requests[1]!.answer({ ok: false, error: 'The roster could not be read: the disk is full.' });
    await settle();
    expect(cache.snapshot(entry)).toEqual({ data: 'good', error: 'The roster could not be read: the disk is full.', loading: false });
    off();
    cache.observe(entry, () => undefined);
    expect(t.requests).toHaveLength(3);
  });

  it('turns a transport that throws into words rather than an unhandled rejection', async () => {
    const cache = new QueryCache({ fetch: () => Promise.reject(new Error('bridge gone')), topicsOf: () => [] });
    const entry = cache.entry('app:info', undefined);
    cache.observe(entry, () => undefined);
    await settle();
    expect(cache.snapshot(entry).error).toBe('Something went wrong talking to the app: bridge gone');
  });

  it('keeps only the most recently shown answers of a channel that no screen shows', async () => {
    const t = fakeTransport();
    const cache = cacheWith(t, 1);
    for (const asOf of ['2026-01-01', '2026-02-01', '2026-03-01']) {
      const off = cache.observe(cache.entry('roster:list', { asOf }), () => undefined);
      t.requests.at(-1)!.answer({ ok: true, value: asOf });
      await settle();
      off();
    }
    expect(cache.size).toBe(1);
    expect(cache.snapshot(cache.entry('roster:list', { asOf: '2026-03-01' })).data).toBe('2026-03-01');
  });
});

describe('what the window’s changes and the main process’s events make stale', () => {
  it('a change to a person makes every view of the roster stale, but not the settings or the catalog', () => {
    const changed = topicsChangedBy('credential:save', { employeeId: 'E1', credential: { code: 'CCS' } } as never);
    expect(changed).toEqual(['roster']);
    for (const channel of ['roster:list', 'dashboard:get', 'person:get', 'reminders:get', 'person:history']) {
      expect(topicsOf(channel).some((t) => changed.includes(t))).toBe(true);
    }
    expect(topicsOf('settings:get').some((t) => changed.includes(t))).toBe(false);
    expect(topicsOf('catalog:list').some((t) => changed.includes(t))).toBe(false);
  });

  it('a settings change makes the settings and every view built with them stale', () => {
    const changed = topicsChangedBy('settings:update', {});
    for (const channel of ['settings:get', 'roster:list', 'dashboard:get', 'person:get', 'reminders:get']) {
      expect(topicsOf(channel).some((t) => changed.includes(t))).toBe(true);
    }
    expect(EVENT_TOPICS['settings:changed']).toEqual(changed);
  });

  it('reads and a check that writes nothing make nothing stale', () => {
    expect(topicsChangedBy('roster:list', { asOf: '2026-01-31', ruleSet: 'ccs-required' })).toEqual([]);
    expect(topicsChangedBy('export:run', {} as never)).toEqual([]);
    expect(topicsChangedBy('exam:save', { checkOnly: true } as never)).toEqual([]);
    expect(topicsChangedBy('exam:save', {} as never)).toEqual(['roster']);
  });

  it('names an answer by channel and input, whatever the order of the input’s keys', () => {
    expect(stableKey('person:get', { employeeId: 'E1', asOf: '2026-01-31' })).toBe(stableKey('person:get', { asOf: '2026-01-31', employeeId: 'E1' }));
    expect(stableKey('person:get', { employeeId: 'E1' })).not.toBe(stableKey('person:get', { employeeId: 'E2' }));
  });
});
