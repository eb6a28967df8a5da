import { describe, expect, it } from 'vitest';
import { casesCsv, unsignedCsv, type CaseLine } from '../../src/export/people-csv';

const CASES: CaseLine[] = [
  { caseId: 'INS-1', reportedOn: '2023-11-04', unitCode: 'LAPAS-PLG-1', unitName: 'Lembaga Pemasyarakatan Kelas I Palembang', category: 'MEDSOS_KAMPANYE',
    source: 'BAWASLU', status: 'SANKSI_DIJATUHKAN', isOpen: false, sanction: 'MORAL', decidedOn: '2024-01-05', ageDays: 62 },
  { caseId: '=cmd', reportedOn: '2024-02-02', unitCode: 'UNMATCHED', unitName: 'Lapas Plg', category: 'SPANDUK',
    source: null, status: 'DILAPORKAN', isOpen: true, sanction: null, decidedOn: null, ageDays: null },
];

describe('casesCsv', () => {
  it('gives each coded field its Indonesian label, then its code, in a `;` file with a BOM (bytes by hand)', () => {
    expect(casesCsv(CASES)).toBe(
      '\uFEFFNomor kasus;Tanggal lapor;Kode;Unit;Jenis pelanggaran;Jenis pelanggaran (kode);Sumber;Sumber (kode);Status kasus;Status kasus (kode);' +
        'terbuka pada tanggal acuan;Sanksi;Sanksi (kode);Tanggal putusan;Umur kasus (hari)\r\n' +
        'INS-1;2023-11-04;LAPAS-PLG-1;Lembaga Pemasyarakatan Kelas I Palembang;kampanye melalui media sosial;MEDSOS_KAMPANYE;' +
        'Bawaslu;BAWASLU;sanksi dijatuhkan;SANKSI_DIJATUHKAN;tidak;sanksi moral;MORAL;2024-01-05;62\r\n' +
        "'=cmd;2024-02-02;UNMATCHED;Lapas Plg;memasang spanduk / baliho;SPANDUK;;;dilaporkan;DILAPORKAN;ya;;;;\r\n",
    );
  });

  it('in English when the interface is', () => {
    const [head, first] = casesCsv(CASES, 'en').split('\r\n');
    expect(head.split(';').slice(4, 6)).toEqual(['Violation type', 'Violation type (code)']);
    expect(first.split(';').slice(4, 11)).toEqual(['campaigning on social media', 'MEDSOS_KAMPANYE', 'election supervisory body', 'BAWASLU', 'sanction imposed', 'SANKSI_DIJATUHKAN', 'no']);
  });
});

describe('unsignedCsv', () => {
  const list = [
    { nip: '198609262015051001', name: 'Siti; S.H.', positionType: 'PELAKSANA', employmentType: 'PNS', unitCode: 'SETJEN', unitName: 'Sekretariat Jenderal' },
    { nip: '199001012015011000', name: null, positionType: null, employmentType: 'X', unitCode: 'SETJEN', unitName: 'Sekretariat Jenderal' },
  ];

  it('keeps a revealed NIP as text (leading tab) and labels the position and employment type', () => {
    expect(unsignedCsv(list)).toBe(
      '\uFEFFNIP;Nama;Jenis jabatan;Jenis jabatan (kode);Status kepegawaian;Status kepegawaian (kode);Kode;Unit\r\n' +
        '\t198609262015051001;"Siti; S.H.";pelaksana;PELAKSANA;pegawai negeri sipil;PNS;SETJEN;Sekretariat Jenderal\r\n' +
        '\t199001012015011000;;;;X;X;SETJEN;Sekretariat Jenderal\r\n',
    );
  });

  it('writes the NIPs as the page shows them (masked unless revealed)', () => {
    const mask = (nip: string) => `${nip.slice(0, 4)}${'•'.repeat(12)}${nip.slice(-2)}`;
    expect(unsignedCsv(list, 'id', mask).split('\r\n')[1].split(';')[0]).toBe('1986••••••••••••01');
  });
});
