import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './harness/fixture';
import { FIXED_TODAY, rosterCounts } from '../fixtures/ui/helpers';
import { generatePeople } from '../fixtures/ui/generate-roster';
import { useJsonTransport } from '../bench/page-scripts';
import { countText, measureFilter, measureScroll, measureSearch, measureSort, waitForCount } from '../bench/roster-interactions';

// The real clock: Playwright's fake clock would also stand in for the Performance API being measured.
test.use({ viewport: { width: 1400, height: 900 } });

const PEOPLE = 50_000;

// Prints the figures (the bench's "Renderer" rows measure the same interactions); asserts behaviour
// only, never a time: the machines are shared and noisy.
test('50,000 people: load, scroll, search, filter and sort while measuring frame times', async ({ app, store, harness }) => {
  test.setTimeout(240_000);
  const people = generatePeople(PEOPLE, FIXED_TODAY);
  // No window while the roster is seeded: one still open would fetch the whole roster when told it changed.
  await app.goto('about:blank');
  const seedStart = Date.now();
  store.update((data) => ({ ...data, people }));
  const seedMs = Date.now() - seedStart;
  // The service host reads the seeded roster from the database (as the app does at start-up) when its watcher sees the change.
  await expect.poll(() => harness.emitted.some((e) => e.event === 'roster:changed'), { timeout: 120_000 }).toBe(true);

  // Answers cross as one JSON string, as close to Electron's structured clone as the harness gets.
  await useJsonTransport(app, (channel, input) => harness.invoke(channel as never, input as never));
  const loadStart = Date.now();
  await app.goto('/index.html');
  await expect(app.getByTestId('roster-count')).toHaveText(countText(PEOPLE, PEOPLE), { timeout: 120_000 });
  const loadMs = Date.now() - loadStart;
  // The window's own share of loading: from the answer arriving to the table on screen.
  const renderMs = await app.evaluate(() => {
    const received = performance.getEntriesByName('roster-received').at(-1);
    const rendered = performance.getEntriesByName('roster-rendered').at(-1);
    return received && rendered ? Math.round(rendered.startTime - received.startTime) : null;
  });

  const scroll = await measureScroll(app);
  await expect(app.locator('.roster-body tr').first()).toBeVisible();

  // Search: typing, debounced, filters all 50,000.
  const nakamuras = people.filter((p) => p.lastName === 'Nakamura').length;
  const searchStart = Date.now();
  const search = await measureSearch(app, 'nakamura', countText(nakamuras, PEOPLE));
  const searchMs = Date.now() - searchStart;
  expect((await rosterCounts(app)).shown).toBe(nakamuras);

  // Filter and sort on the full roster.
  await app.getByLabel('Search', { exact: true }).fill('');
  await waitForCount(app, countText(PEOPLE, PEOPLE));
  const cdi = people.filter((p) => p.unit === 'CDI').length;
  const filterStart = Date.now();
  const filter = await measureFilter(app, [{ label: 'Unit', value: 'CDI', count: countText(cdi, PEOPLE) }]);
  const filterMs = Date.now() - filterStart;
  await app.getByLabel('Unit', { exact: true }).selectOption('');
  await waitForCount(app, countText(PEOPLE, PEOPLE));
  const sortStart = Date.now();
  const sort = await measureSort(app, [{ column: /Coding exp/, expect: 'descending' }]);
  const sortMs = Date.now() - sortStart;
  // The rows in view run from the longest coding experience down.
  const years = (await app.locator('.roster-body tr td:last-child').allTextContents()).map((t) => Number.parseFloat(t));
  expect(years.length).toBeGreaterThan(5);
  expect(years).toEqual([...years].sort((a, b) => b - a));

  const figures = { people: PEOPLE, seedMs, loadMs, renderMs, searchMs, filterMs, sortMs, scroll, search, filter, sort };
  console.log(`ROSTER PERF ${JSON.stringify(figures, null, 2)}`);
  mkdirSync(path.resolve('tests/output'), { recursive: true });
  writeFileSync(path.resolve('tests/output/perf-roster.json'), `${JSON.stringify(figures, null, 2)}\n`);

  // The recorder saw every interaction; how fast they were is for the bench to say, not a test.
  for (const stats of [scroll, search, filter, sort]) expect(stats.frames).toBeGreaterThan(0);
});
