/**
 * French wording shared by pages, client scripts and messages, so that agreement is written once.
 * French puts 0 and 1 in the singular (« 0 structure », « 1 structure », « 2 structures »).
 */

/** A word agreed with a count: `plural(2, 'affichée')` → « affichées »; irregular forms are passed in full. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return count > 1 ? pluralForm : singular;
}

/** A count and its word: `countOf(3, 'structure')` → « 3 structures ». */
export function countOf(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${plural(count, singular, pluralForm)}`;
}

/** A list as a sentence says it: « Blois, Vendôme et Romorantin-Lanthenay ». */
export function joinFrench(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} et ${items.at(-1)!}`;
}

/** « de » before a place's name, elided before a vowel: `elidedOf('Issoudun')` → « d’ », `elidedOf('Blois')` → « de ». */
export function elidedOf(name: string): string {
  return /^[aeiouyàâéèêîôû]/i.test(name) ? 'd’' : 'de ';
}

/** « de » and a place's name: `ofPlace('Blois')` → « de Blois », `ofPlace('Issoudun')` → « d’Issoudun ». */
export function ofPlace(name: string): string {
  return `${elidedOf(name)}${name}`;
}

/**
 * An answer's words as they read inside a sentence, after a bracket or a colon: « De 16 à 25 ans » → « de 16 à 25 ans »,
 * « J’ai quitté l’école » → « j’ai quitté l’école ». A first word written as a name keeps its capitals: one word alone
 * (« Blois », « Vendôme »), a word with another capital (« Romorantin-Lanthenay ») or a sigle (« CFA »). So do words
 * that start with one of `names`, names that look like common words (« Blois ou ses environs », `names` holding
 * « Blois » or the whole answer).
 */
export function inSentence(words: string, names: readonly string[] = []): string {
  const startsWithName = (name: string) => words.startsWith(name) && !/^[\p{L}’'-]/u.test(words.slice(name.length));
  if (names.some(startsWithName)) return words;
  return /^\p{Lu}\p{Ll}*(?:[’'\s])/u.test(words) ? words.charAt(0).toLocaleLowerCase('fr') + words.slice(1) : words;
}
