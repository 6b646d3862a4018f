import { useEffect, useRef } from "react";

/** A copy of the list with the item at `from` moved to `to`. */
export function moved<T>(items: readonly T[], from: number, to: number): T[] {
  const copy = [...items];
  const [item] = copy.splice(from, 1);
  if (item === undefined) return copy;
  copy.splice(to, 0, item);
  return copy;
}

/** A copy of the list without the item at `index`. */
export function without<T>(items: readonly T[], index: number): T[] {
  return items.filter((_, i) => i !== index);
}

/** A copy of the list with the item at `index` replaced. */
export function replaced<T>(items: readonly T[], index: number, item: T): T[] {
  return items.map((current, i) => (i === index ? item : current));
}

/**
 * Stable React keys for a list of plain values (texts have no ids), kept in step by calling
 * the same operation on the keys as on the values. When the list is replaced from outside
 * (another version taken over) and its length changes, the keys start afresh.
 */
export function useListKeys(length: number) {
  const counter = useRef(0);
  const keys = useRef<string[]>([]);
  const fresh = () => `item-${counter.current++}`;
  if (keys.current.length !== length) keys.current = Array.from({ length }, fresh);
  return {
    keys: keys.current,
    add: () => {
      const key = fresh();
      keys.current = [...keys.current, key];
      return key;
    },
    remove: (index: number) => {
      keys.current = without(keys.current, index);
    },
    move: (from: number, to: number) => {
      keys.current = moved(keys.current, from, to);
    },
  };
}

/** Moves focus to the element with the given id after the next render (once it exists). */
export function useFocusAfterRender() {
  const pending = useRef<string | null>(null);
  useEffect(() => {
    if (pending.current === null) return;
    const element = document.getElementById(pending.current);
    pending.current = null;
    element?.focus();
  });
  return (id: string) => {
    pending.current = id;
  };
}
