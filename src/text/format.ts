/** Velocity is always shown with one decimal: 5 → "5.0". */
export function formatVelocity(velocity: number): string {
  return velocity.toFixed(1);
}

/** Fills `{name}` placeholders with URL-encoded values; unknown placeholders stay. */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.hasOwn(values, key) ? encodeURIComponent(values[key]) : whole,
  );
}

const englishList = new Intl.ListFormat('en', { type: 'conjunction' });

/** "a", "a and b", "a, b, and c": the widgets' sentences are English. */
export function listOf(items: readonly string[]): string {
  return englishList.format(items);
}
