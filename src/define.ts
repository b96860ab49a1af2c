/**
 * Registers `ctor` as `name` without ever throwing. When the name is taken,
 * by a second copy of this library or by another library, the first
 * definition wins and the console says so once.
 */
export function define(name: string, ctor: CustomElementConstructor): void {
  try {
    const existing = customElements.get(name);
    if (existing === ctor) return;
    if (existing) {
      console.warn(`[sparkpulse] <${name}> is already defined by another script; keeping that definition.`);
      return;
    }
    customElements.define(name, ctor);
  } catch (error) {
    console.warn(`[sparkpulse] could not define <${name}>:`, error);
  }
}
