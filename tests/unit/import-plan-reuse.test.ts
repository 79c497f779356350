import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { commitImport } from '../../electron/import/commit';
import { planImport } from '../../electron/import/plan';
import { RosterStore } from '../../electron/store/roster-store';
import { person, tempDir, tempFile } from '../fixtures/import/helpers';

const CSV = 'Employee ID,First Name,Last Name,Credential,Earned\n0042,Ann,Lee,CCS,2020-01-01\n0043,Bo,Ray,RHIT,2019-05-05\n';

function openStore(): RosterStore {
  const { store } = RosterStore.open({ dataDir: tempDir('import-reuse-') });
  store.write({ ...store.read(), people: [person('0001', { firstName: 'Cy', lastName: 'Fox' })] });
  return store;
}

describe('a commit right after its preview', () => {
  it('uses the preview plan when neither the roster nor the file changed', async () => {
    const store = openStore();
    const file = tempFile('people.csv', CSV);
    const preview = await planImport(store.read(), [file], {});
    expect(await planImport(store.read(), [file], {})).toBe(preview);
    const result = await commitImport(store, [file], {});
    expect(result).toMatchObject({ created: 2, updated: 0 });
    // The very records previewed (same generated ids) are the ones saved.
    const saved = store.read().people.find((p) => p.employeeId === '0042');
    const previewed = preview.next.people.find((p) => p.employeeId === '0042');
    expect(saved?.credentials[0]?.id).toBe(previewed?.credentials[0]?.id);
  });

  it('uses the preview plan on a new data folder, whose database the commit creates', async () => {
    // Nothing is stored yet: the preview is planned from the empty roster handed out before the
    // database exists, and the commit (whose backup creates the database) must still take it.
    const { store } = RosterStore.open({ dataDir: tempDir('import-reuse-new-') });
    const file = tempFile('people.csv', CSV);
    const preview = await planImport(store.read(), [file], {});
    const result = await commitImport(store, [file], {});
    expect(result).toMatchObject({ created: 2, updated: 0 });
    const saved = store.read().people.find((p) => p.employeeId === '0043');
    const previewed = preview.next.people.find((p) => p.employeeId === '0043');
    expect(saved?.credentials[0]?.id).toBe(previewed?.credentials[0]?.id);
  });

  it('plans again when the options, the file or the roster changed', async () => {
    const store = openStore();
    const file = tempFile('people.csv', CSV);
    const first = await planImport(store.read(), [file], {});
    const otherOptions = await planImport(store.read(), [file], { dayFirst: true });
    expect(otherOptions).not.toBe(first);

    fs.writeFileSync(file, `${CSV}0044,Di,Ng,CCA,2021-02-02\n`);
    const afterEdit = await planImport(store.read(), [file], {});
    expect(afterEdit).not.toBe(first);
    expect(afterEdit.preview.toCreate).toBe(3);

    store.write({ ...store.read(), people: [...store.read().people, person('0042', { firstName: 'Ann', lastName: 'Lee' })] });
    const afterSave = await planImport(store.read(), [file], {});
    expect(afterSave).not.toBe(afterEdit);
    expect(afterSave.preview).toMatchObject({ toCreate: 2, toUpdate: 1 });
  });
});
