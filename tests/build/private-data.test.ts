// Reads the built files only, so it runs without Chromium too.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPartners } from '../../src/data/load-partners.ts';
import {
  FIXTURE_SITE_PARTNERS,
  buildFixtureSite,
  siteFiles,
} from '../support/build-fixture-site.ts';
import { projectConfig } from '../support/site-config.ts';

async function fixtureRecords() {
  const { records, problems } = await loadPartners(FIXTURE_SITE_PARTNERS, projectConfig);
  expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  return records;
}

describe('what the fixture site publishes', () => {
  let outDir = '';
  let files: { name: string; text: string }[] = [];
  beforeAll(async () => {
    outDir = await buildFixtureSite();
    files = await Promise.all(
      (await siteFiles(outDir)).map(async (name) => ({
        name,
        text: (await readFile(path.join(outDir, name))).toString('latin1').toLowerCase(),
      })),
    );
  });

  /** Output files containing any of the strings, ignoring case (bytes compared as latin1, so binary files count too). */
  const filesContaining = (secrets: string[]) =>
    files.flatMap(({ name, text }) =>
      secrets
        .filter((secret) => text.includes(Buffer.from(secret.toLowerCase()).toString('latin1')))
        .map((secret) => `${name}: ${secret}`),
    );

  it('has no contact e-mail or GitHub login of any record, in any file', async () => {
    const secrets = (await fixtureRecords()).flatMap(({ record }) => {
      const { email, github } = record.contact ?? {};
      // The local part alone catches an address written with an encoded "@".
      return [email, email?.split('@')[0], github].filter((value): value is string =>
        Boolean(value),
      );
    });
    expect(secrets.length).toBeGreaterThanOrEqual(8);
    expect(filesContaining(secrets)).toEqual([]);
  });

  it('has nothing of a withdrawn record: no name, page or logo', async () => {
    const withdrawn = (await fixtureRecords()).filter(
      ({ record }) => record.status === 'withdrawn',
    );
    expect(withdrawn.map(({ record }) => record.name)).toEqual(['Fading Star']);
    expect(filesContaining(withdrawn.flatMap(({ id, record }) => [id, record.name]))).toEqual([]);
    expect(
      files.map(({ name }) => name).filter((name) => withdrawn.some(({ id }) => name.includes(id))),
    ).toEqual([]);
  });
});
