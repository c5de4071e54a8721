import { access, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { COLLECTION_STYLE, dump, visit } from 'js-yaml';
import type { PartnerRecordInput } from '../schema/record.ts';

export const SCHEMA_COMMENT = '# yaml-language-server: $schema=../schema/partner.schema.json';

/** The record as the file maintainers review: lists on one line (`[a, b]`), maps as blocks, no folding. */
export function renderRecordYaml(record: PartnerRecordInput): string {
  const body = dump(record, {
    lineWidth: -1,
    transform: (documents) =>
      visit(documents, (node) => {
        if (node.kind === 'sequence' && node.items.every((item) => item.kind === 'scalar'))
          node.style = COLLECTION_STYLE.FLOW;
      }),
  });
  return `${SCHEMA_COMMENT}\n${body}`;
}

export interface PartnerFiles {
  record: string;
  logo?: string;
}

/** Existing files among those about to be written: these are never overwritten. */
export async function existingFiles(files: PartnerFiles): Promise<string[]> {
  const candidates = [files.record, ...(files.logo ? [files.logo] : [])];
  const exists = await Promise.all(
    candidates.map((file) =>
      access(file).then(
        () => true,
        () => false,
      ),
    ),
  );
  return candidates.filter((_, index) => exists[index]);
}

/**
 * Writes the logo, then the record, each only if no file has that name yet (`wx`), so a
 * file that appears meanwhile is still not overwritten; a logo left alone is removed again.
 */
export async function writePartnerFiles(
  files: PartnerFiles,
  yaml: string,
  logoBytes?: Uint8Array,
): Promise<void> {
  if (files.logo && logoBytes) await writeFile(files.logo, logoBytes, { flag: 'wx' });
  try {
    await writeFile(files.record, yaml, { flag: 'wx' });
  } catch (error) {
    if (files.logo && logoBytes) await rm(files.logo, { force: true });
    throw error;
  }
}

export async function removePartnerFiles(files: PartnerFiles): Promise<void> {
  await Promise.all([files.record, files.logo].map((file) => file && rm(file, { force: true })));
}

export function partnerFiles(dir: string, id: string, logoFormat?: string): PartnerFiles {
  return {
    record: path.join(dir, `${id}.yaml`),
    ...(logoFormat ? { logo: path.join(dir, `${id}.${logoFormat}`) } : {}),
  };
}
