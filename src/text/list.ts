const englishList = new Intl.ListFormat('en', { type: 'conjunction' });

/** "a", "a and b", "a, b, and c": the widgets' sentences are English. */
export function listOf(items: readonly string[]): string {
  return englishList.format(items);
}
