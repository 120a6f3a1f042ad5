// Bare URLs in running text; punctuation that ends a sentence is not part of the URL.
import { trimEndOf } from './edges.js';
const URL_RE = /\bhttps?:\/\/[^\s<>"«»]+/giu;
const TRAILING = /[.,;:!?)\]]/u;

export function findUrls(text: string): string[] {
  if (!text.includes('http')) return [];
  const found: string[] = [];
  for (const m of text.matchAll(URL_RE)) found.push(trimEndOf(m[0], TRAILING));
  return found;
}

/** Unique values in first-seen order. */
export function unique<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}
