/** Velocity is always shown with one decimal: 5 → "5.0". */
export function formatVelocity(velocity: number): string {
  return velocity.toFixed(1);
}

/**
 * Fills `{name}` placeholders with URL-encoded values; unknown placeholders
 * stay. No template (a site without that page) gives no URL.
 */
export function fillTemplate(template: string | undefined, values: Record<string, string>): string | undefined {
  return template?.replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.hasOwn(values, key) ? encodeURIComponent(values[key]) : whole,
  );
}
