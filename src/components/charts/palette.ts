// Okabe–Ito colours: distinguishable with the common colour-vision deficiencies.
export const PALETTE = {
  blue: '#0072B2',
  orange: '#E69F00',
  sky: '#56B4E9',
  green: '#009E73',
  vermillion: '#D55E00',
  purple: '#CC79A7',
  grey: '#6B7280',
} as const;

/** Completion colour: vermillion far behind, orange behind, blue on track, green done. */
export function completionColour(fraction: number): string {
  if (fraction >= 0.999) return PALETTE.green;
  if (fraction >= 0.9) return PALETTE.blue;
  if (fraction >= 0.7) return PALETTE.orange;
  return PALETTE.vermillion;
}
