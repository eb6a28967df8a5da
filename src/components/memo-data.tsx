import { memo, useRef, type ComponentType, type ReactElement } from 'react';

// A chart or table re-renders only when the figures it shows change. Pages hand their components
// fresh arrays and inline callbacks on every render (a filter change re-renders the page once per
// answer that arrives); comparing data props by content and calling the latest callbacks through
// stable wrappers lets every panel whose figures did not change skip its (Recharts) render.
const sameData = (a: unknown, b: unknown): boolean => {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
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
