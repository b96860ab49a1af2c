import { html } from 'lit';

/** "Apache Kafka" → "AK", "linkerd" → "L": what shows when there is no logo. */
export function initials(name: string): string {
  return name
    .split(/[\s\-_.]+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => [...word][0].toUpperCase())
    .join('');
}

/**
 * A product's logo, loaded lazily, without a referrer and without cookies
 * (`crossorigin="anonymous"`), or its initials when there is no logo or it
 * failed to load (`failed`), as it does from a server that does not allow CORS.
 */
export function logoTemplate(name: string, src: string | undefined, failed: boolean, onError: () => void) {
  if (!src || failed) return html`<span class="logo logo--initials" aria-hidden="true">${initials(name)}</span>`;
  return html`<img class="logo" src=${src} alt="" width="32" height="32" loading="lazy" referrerpolicy="no-referrer" crossorigin="anonymous" @error=${onError} />`;
}
