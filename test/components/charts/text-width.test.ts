import { describe, expect, it } from 'vitest';
import { fitText, textWidth } from '../../../src/components/charts/text-width';

// Without a DOM (Node) a label is estimated at 0.62 em per character; fitText must give what cutting
// one character at a time from the end would give, with far fewer measurements.
const linear = (text: string, size: number, room: number) => {
  if (textWidth(text, size) <= room) return text;
  let keep = text.length - 1;
  while (keep > 1 && textWidth(`${text.slice(0, keep).trimEnd()}…`, size) > room) keep--;
  return `${text.slice(0, keep).trimEnd()}…`;
};

describe('fitText', () => {
  const names = ['Kantor Wilayah Kementerian Hukum dan HAM Sumatera Selatan', 'Direktorat Jenderal Administrasi Hukum Umum',
    'A  B  C  D  E  F', 'Lapas Kelas IIA Pekanbaru', 'x', '', 'Rutan   Kelas I    Depok'];

  it('keeps a label that fits as it is', () => {
    expect(fitText('Kanwil Aceh', 11, 500)).toBe('Kanwil Aceh');
  });

  it('cuts a long label to its longest start that fits, with an ellipsis, never to nothing', () => {
    for (const name of names) {
      for (let room = 0; room <= 400; room += 7) {
        const fitted = fitText(name, 11, room);
        expect(fitted, `${name} in ${room} px`).toBe(linear(name, 11, room));
        if (fitted !== name && name.length > 1) {
          expect(fitted.endsWith('…')).toBe(true);
          expect(fitted.length).toBeGreaterThanOrEqual(2);
        }
      }
    }
  });

  it('fits the cut label in the room whenever more than one character can be kept', () => {
    const name = names[0];
    for (let room = 20; room <= 300; room += 13) expect(textWidth(fitText(name, 12, room), 12)).toBeLessThanOrEqual(room);
  });
});
