import type { ComplexAttributeConverter } from 'lit';

/** "kafka, linkerd" or "kafka linkerd" ⇄ ['kafka', 'linkerd']. */
export const listConverter: ComplexAttributeConverter<string[]> = {
  fromAttribute: (value) => (value ?? '').split(/[\s,]+/).filter(Boolean),
  toAttribute: (value) => value.join(' '),
};

/** A whole number ≥ 0, else `fallback`, so a typo never empties a widget. */
export function countConverter(fallback: number): ComplexAttributeConverter<number> {
  return {
    fromAttribute: (value) => {
      const n = Number(value);
      return value !== null && value.trim() !== '' && Number.isInteger(n) && n >= 0 ? n : fallback;
    },
    toAttribute: (value) => String(value),
  };
}
