import { createContext, useContext } from 'react';

/**
 * The width of a panel's body, measured by the panel (Panel.tsx) when it is first drawn, before its
 * figures come: a chart drawn in it later starts at that width instead of measuring itself in the
 * middle of its first drawing (charts/use-width.ts). 0 while not known.
 */
export const PanelWidth = createContext(0);

export const usePanelWidth = (): number => useContext(PanelWidth);
