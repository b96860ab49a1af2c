let englishList: Intl.ListFormat | undefined;

/** "a", "a and b", "a, b, and c": the widgets' sentences are English. */
export function listOf(items: readonly string[]): string {
  // Made on first use, not when the module loads: the page's first Intl object costs tens of ms.
  englishList ??= new Intl.ListFormat('en', { type: 'conjunction' });
  return englishList.format(items);
}
