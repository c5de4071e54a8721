// Names and web hosts that look like another record's: "Huаwei" with a Cyrillic а, "Bl00mberg", "ｂｏｅ".
// A small table after Unicode's confusables is enough where a maintainer checks every name anyway.
import { domainToUnicode } from 'node:url';
import type { Problem } from '../core/problems.ts';

// Each pair: a letter, and the Latin letter it passes for (l, I and 1 all read as i).
const pairs = (list: string): Record<string, string> =>
  Object.fromEntries(list.split(' ').map((pair) => [...pair]));
const LOOK_ALIKES = pairs(
  'аa вb гr дd еe ёe иu кk мm нh оo пn рp сc тt уy хx ьb ѕs іi їi јj ԁd ԛq ԝw һh ӏi үy ғf ' + // Cyrillic
    'αa βb γy εe ηn ιi κk μu νv οo ρp τt υu χx ωw ϲc ϳj ' + // Greek
    'ıi ɡg ɑa ɩi ʟi li 0o 1i',
);
// Capitals whose small letters look different (Greek Η is an H, η an n).
const CAPITALS = pairs('Αa Βb Εe Ηh Ιi Κk Μm Νn Οo Ρp Τt Υy Χx Ζz');

/** The shape a name or host is read as: NFKC, case folded, look-alikes (l, I and 1 alike) and accents replaced. */
export function skeleton(text: string): string {
  return [...text.normalize('NFKC')]
    .map((char) => CAPITALS[char] ?? char.toLowerCase())
    .map((char) => LOOK_ALIKES[char] ?? char)
    .join('')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

// Scripts whose letters are mistaken for Latin ones; Han, Kana and Hangul mix with Latin in real names.
const SCRIPTS = ['Latin', 'Cyrillic', 'Greek', 'Armenian', 'Cherokee', 'Coptic'].map((script) => ({
  script,
  letter: new RegExp(`\\p{Script=${script}}`, 'u'),
}));

/** The first word of `text` that mixes letters of two of those scripts, and the scripts. */
export function mixedScriptWord(text: string): { word: string; scripts: string[] } | undefined {
  for (const word of text.normalize('NFKC').split(/[\s\p{P}\p{S}]+/u)) {
    const scripts = SCRIPTS.filter(({ letter }) => letter.test(word)).map(({ script }) => script);
    if (scripts.length > 1) return { word, scripts };
  }
  return undefined;
}

/** A problem with the new record's name or website, for the check step to place. */
export type LookAlike = Required<Pick<Problem, 'message' | 'hint'>> & {
  field: 'name' | 'website';
  severity: 'error' | 'warning';
};

const hostOf = (website: string) =>
  domainToUnicode(new URL(website).hostname)
    .replace(/^www\./, '')
    .replace(/\.$/, '');

/** A name reading as an existing record's is refused; mixed scripts and a look-alike host are warned about. Exact duplicates are the validator's. */
export function lookAlikes(
  name: string | undefined,
  website: string | undefined,
  existing: { file: string; name: string; website: string }[],
  sameName: (a: string, b: string) => boolean,
): LookAlike[] {
  const found: LookAlike[] = [];
  const mixed = name === undefined ? undefined : mixedScriptWord(name);
  if (mixed)
    found.push({
      field: 'name',
      severity: 'warning',
      message: `the word ${JSON.stringify(mixed.word)} mixes ${mixed.scripts.join(' and ')} letters, as a look-alike of another name does`,
      hint: 'check the name with the applicant, and retype it with --name "..." if it was meant in one script',
    });
  const host = website && URL.canParse(website) ? hostOf(website) : undefined;
  if (host && mixedScriptWord(host))
    found.push({
      field: 'website',
      severity: 'warning',
      message: `the host ${host} mixes ${mixedScriptWord(host)!.scripts.join(' and ')} letters, as a look-alike of another site's does`,
      hint: 'check the website with the applicant before merging',
    });
  for (const other of existing) {
    if (name && !sameName(name, other.name) && skeleton(name) === skeleton(other.name))
      found.push({
        field: 'name',
        severity: 'error',
        message: `${JSON.stringify(name)} reads the same as ${JSON.stringify(other.name)} in ${other.file}`,
        hint: `the organization may already be listed: update ${other.file}, or ask the applicant to tell the names apart`,
      });
    const otherHost = URL.canParse(other.website) ? hostOf(other.website) : undefined;
    if (host && otherHost && host !== otherHost && skeleton(host) === skeleton(otherHost))
      found.push({
        field: 'website',
        severity: 'warning',
        message: `the host ${host} looks like ${otherHost}, the website of ${other.file}`,
        hint: 'check with the applicant that the website is theirs before merging',
      });
  }
  return found;
}
