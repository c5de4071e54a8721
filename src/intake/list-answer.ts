// Commas, including the full-width and enumeration commas of Chinese text.
const COMMAS = /[,，、]/;

const asId = (words: string) =>
  words
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');

/**
 * The ids in a list typed by hand, such as "adopter, community partner" or "support consulting".
 * Items are split on commas, or on spaces when there is no comma; spaces and underscores stand
 * for hyphens, so without commas the longest run of words that is a known id stays together.
 */
export function listAnswer(text: string, vocabulary: readonly string[]): string[] {
  if (COMMAS.test(text)) return text.split(COMMAS).map(asId).filter(Boolean);
  const words = text.trim().split(/\s+/).filter(Boolean);
  const ids: string[] = [];
  for (let start = 0; start < words.length;) {
    let end = words.length;
    while (end > start + 1 && !vocabulary.includes(asId(words.slice(start, end).join(' ')))) end--;
    ids.push(asId(words.slice(start, end).join(' ')));
    start = end;
  }
  return ids;
}

/**
 * The ids of the options chosen in a multi-select dropdown, which GitHub renders as the
 * options' labels joined by ", ". An entry that is no label is read as an id typed by hand,
 * for the schema to accept or refuse with a suggestion.
 */
export function choicesAnswer(
  text: string,
  choices: readonly { id: string; label: string }[],
): string[] {
  const byLabel = new Map(choices.map((choice) => [choice.label.toLowerCase(), choice.id]));
  return text
    .split(COMMAS)
    .map((entry) => entry.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .map((entry) => byLabel.get(entry.toLowerCase()) ?? asId(entry));
}
