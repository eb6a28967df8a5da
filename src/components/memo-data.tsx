import { memo, useRef, type ComponentType, type ReactElement } from 'react';

// A chart or table re-renders only when the figures it shows change. Pages hand their components
// fresh arrays and inline callbacks on every render (a filter change re-renders the page once per
// answer that arrives); comparing data props by content and calling the latest callbacks through
// stable wrappers lets every panel whose figures did not change skip its (Recharts) render.
// Compared member by member and left at the first difference (a JSON string of each side cost 10 ms
// a click on the overview). The figures are plain data: arrays, objects, strings, numbers.
export const sameData = (a: unknown, b: unknown): boolean => {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameData(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) {
    if (!Object.prototype.hasOwnProperty.call(b, key) || !sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  }
  return true;
};

type Props = Record<string, unknown>;

export function memoData<P extends object>(Component: ComponentType<P>): (props: P) => ReactElement {
  const Inner = memo(Component, (prev, next) => {
    const a = prev as Props;
    const b = next as Props;
    const keys = Object.keys(b);
    return keys.length === Object.keys(a).length && keys.every((k) => typeof b[k] === 'function' ? typeof a[k] === 'function' : sameData(a[k], b[k]));
  });
  function Stable(props: P) {
    const latest = useRef(props as Props);
    latest.current = props as Props;
    const wrappers = useRef(new Map<string, (...args: unknown[]) => unknown>());
    const stable: Props = {};
    for (const [key, value] of Object.entries(props as Props)) {
      if (typeof value !== 'function') {
        stable[key] = value;
        continue;
      }
      let wrapper = wrappers.current.get(key);
      if (!wrapper) {
        wrapper = (...args: unknown[]) => (latest.current[key] as (...a: unknown[]) => unknown)(...args);
        wrappers.current.set(key, wrapper);
      }
      stable[key] = wrapper;
    }
    return <Inner {...(stable as P)} />;
  }
  Stable.displayName = `Stable(${Component.displayName ?? Component.name})`;
  return Stable;
}
