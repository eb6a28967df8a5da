// Interface text about the published form: aggregates without personal data, and what needs an upload.
export const PUBLISH_ID = {
  publishedReportNote: 'Data terbitan hanya berisi jumlah: baris berkas ini (termasuk yang ditolak) tidak diterbitkan, sehingga tidak dapat diunduh di sini.',
  aggregateNotice: 'Data terbitan berisi angka agregat saja (tanpa nama dan NIP). Unggahan Anda menggantikan angka terbitan untuk roster, tanda tangan dan kasus sekaligus (registri unit terbitan tetap dipakai bila Anda tidak mengunggahnya): unggah ketiganya bersama-sama.',
  needsUploadUnsigned: 'Daftar pegawai yang belum menandatangani memerlukan data per orang, yang tidak diterbitkan di situs ini. Unggah roster dan ekspor tanda tangan Anda sendiri di "Data & unggah" untuk melihatnya; data itu tetap di peramban ini.',
  needsUploadCases: 'Daftar kasus (nomor kasus, unit, status) tidak diterbitkan di situs ini; angka-angka di atas dihitung dari jumlah agregat. Unggah register kasus Anda sendiri di "Data & unggah" untuk melihat daftarnya.',
  goToData: 'Buka Data & unggah',
  engineStarting: 'Menyiapkan mesin data (DuckDB)…',
  engineDownloading: 'Mengunduh mesin data (DuckDB): {share}…',
  drawingChart: 'Menggambar grafik…',
  chartFailed: 'Grafik ini tidak dapat dimuat dari situs (sambungan terputus, atau situs baru diperbarui).',
  casesUnsplit: 'Kasus (rincian terbuka/selesai disembunyikan)',
  withheldCases: '{n} kasus',
  withheldNote: 'Jumlah kasus 1–4 ditampilkan sebagai "<5", dan bila angka "<5" dapat dihitung dari total serta angka lain, angka berikutnya disembunyikan ("•"), agar tidak ada pegawai yang dapat dikenali dari data terbitan.',
};

export type PublishKey = keyof typeof PUBLISH_ID;

export const PUBLISH_EN: Record<PublishKey, string> = {
  publishedReportNote: 'The published data holds counts only: the rows of this file (rejected ones included) were not published, so they cannot be downloaded here.',
  aggregateNotice: 'The published data holds aggregate figures only (no names, no NIPs). Your uploads replace the published figures for the roster, signatures and cases together (the published unit registry stays in use unless you upload one): upload all three together.',
  needsUploadUnsigned: 'The list of staff not yet signed needs data per person, which this site does not publish. Upload your own roster and signature export under "Data & upload" to see it; that data stays in this browser.',
  needsUploadCases: 'The case list (case numbers, units, status) is not published on this site; the figures above come from aggregate counts. Upload your own case register under "Data & upload" to see the list.',
  goToData: 'Open Data & upload',
  engineStarting: 'Starting the data engine (DuckDB)…',
  engineDownloading: 'Downloading the data engine (DuckDB): {share}…',
  drawingChart: 'Drawing the chart…',
  chartFailed: 'This chart could not be loaded from the site (the connection dropped, or the site was just updated).',
  casesUnsplit: 'Cases (open/closed split withheld)',
  withheldCases: '{n} cases',
  withheldNote: 'Case counts of 1–4 are shown as "<5", and where a "<5" could be worked out from the total and the other counts, a further count is hidden ("•"), so that no employee can be recognised from the published data.',
};
