import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * A component whose code is fetched the first time `wanted` is true, null until it has arrived:
 * what most readers never see (the settings panel, the "Page changed" notice) stays out of the
 * code the popup loads on every click.
 */
export function useLazyComponent<P>(wanted: boolean | undefined, load: () => Promise<ComponentType<P>>): ComponentType<P> | null {
  const [component, setComponent] = useState<ComponentType<P> | null>(null);
  useEffect(() => {
    // A function given to a state setter is called as an updater: the component goes in one.
    // Loading again when `wanted` turns true again costs nothing: the module is already there.
    if (wanted) void load().then((loaded) => setComponent(() => loaded));
    // Not `load`: callers pass one that always loads the same module.
  }, [wanted]);
  return component;
}
