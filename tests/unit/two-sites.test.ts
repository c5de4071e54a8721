// Two sites' configurations in one process: nothing reads the configuration at import time,
// so each site's schema, routes, texts and data come from the configuration they are given.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/core/problems.ts';
import { loadPartners } from '../../src/data/load-partners.ts';
import { loadPrograms } from '../../src/programs/load-programs.ts';
import { recordSchemaOf } from '../../src/schema/record.ts';
import { routesFor } from '../../src/site/locale-routes.ts';
import { textsFor } from '../../src/site/page-text.ts';
import { projectConfig, siteConfigFrom } from '../support/site-config.ts';

const OTHER = 'tests/fixtures/other-site';
const otherConfig = siteConfigFrom(`${OTHER}/site.config.yaml`);
const root = path.resolve(import.meta.dirname, '../..');

describe('two site configurations in one process', () => {
  it('gives each its own record schema', () => {
    const record = { name: 'Acme', website: 'https://acme.example/', programs: ['adopter'] };
    expect(recordSchemaOf(projectConfig).safeParse(record).success).toBe(true);
    const other = recordSchemaOf(otherConfig).safeParse(record);
    expect(other.success).toBe(false);
    expect(
      recordSchemaOf(otherConfig).safeParse({ ...record, programs: ['end-user'] }).success,
    ).toBe(true);
  });

  it('gives each its own routes and words', () => {
    expect(routesFor(projectConfig).directoryFolders()).toEqual(['/partners/', '/zh/partners/']);
    expect(routesFor(otherConfig).directoryFolders()).toEqual(['/partners/']);
    expect(textsFor(projectConfig).pageText('zh').siteName).toBe(projectConfig.project.name);
    expect(textsFor(otherConfig).pageText('en').siteName).toBe(otherConfig.project.name);
    expect(otherConfig.project.name).not.toBe(projectConfig.project.name);
  });

  it("loads the other site's records and program pages with its own configuration", async () => {
    const partners = await loadPartners(path.join(root, OTHER, 'partners'), otherConfig, root);
    expect(partners.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(partners.records.map((loaded) => loaded.id)).toContain('orbit-labs');
    const programs = await loadPrograms(path.join(root, OTHER, 'programs'), otherConfig, root);
    expect(programs.problems.map(formatProblem)).toEqual([]);
    expect(programs.pages.map((page) => page.data.program).sort()).toEqual(
      [...otherConfig.programIds].sort(),
    );
    // The same folder read with the project's configuration: its programs are not this site's.
    const asProject = await loadPartners(path.join(root, OTHER, 'partners'), projectConfig, root);
    expect(asProject.problems.some((problem) => problem.field?.startsWith('programs'))).toBe(true);
  });
});
