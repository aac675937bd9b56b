-- 002-pembinaan-umkm-koperasi.sql: the office's standard for Pembinaan UMKM
-- dan Koperasi, verbatim from its document (shared/seed). The lanes of steps
-- 5 to 9 were lost when the document was extracted, and step 6's symbol
-- landed in the Kepala Dinas column; the lanes here are the reading that
-- fits the words (shared/DOMAIN.md). Components the document leaves empty
-- (No. SK, dasar hukum and the others) stay empty.
INSERT INTO service (slug, name, sk_number, office_name) VALUES
	('pembinaan-umkm-koperasi', 'Pembinaan UMKM dan Koperasi', NULL,
	 'Dinas Perdagangan, Perindustrian, Koperasi dan UKM');
SET @svc = LAST_INSERT_ID();

INSERT INTO service_item (service_id, component_code, position, text) VALUES
	(@svc, 'persyaratan', 1, 'Surat Permohonan dari UMKM'),
	(@svc, 'persyaratan', 2, 'Surat Permohonan dari Koperasi'),
	(@svc, 'waktu', 1, '1 Hari kerja'),
	(@svc, 'biaya', 1, 'Tidak dipungut biaya'),
	(@svc, 'produk', 1, 'Pembinaan UMKM dan Koperasi'),
	(@svc, 'pengaduan', 1, 'SP4N LAPOR SMS 1708.'),
	(@svc, 'pengaduan', 2, 'Aplikasi Android "SP4N LAPOR!"'),
	(@svc, 'pengaduan', 3, 'Kotak Pengaduan.'),
	(@svc, 'pengaduan', 4, 'Dinas Dagperinkop UKM, Kabupaten Sijunjung, Jl. Imam Bonjol, No. 109, Muaro Sijunjung, Telp. 0754-20044');

INSERT INTO service_step (service_id, no, activity, lane_id, input,
    time_amount, time_unit, output, symbol)
SELECT @svc, s.no, s.activity, l.id, s.input, s.time_amount, s.time_unit,
    s.output, s.symbol
FROM (
	SELECT 1 AS no, 'Surat Permohonan dari UMKM dan Koperasi' AS activity,
	    'pemohon' AS lane, 'Surat Permohonan dari UMKM dan Koperasi' AS input,
	    NULL AS time_amount, NULL AS time_unit, 'Surat Permohonan' AS output,
	    'terminator' AS symbol
	UNION ALL SELECT 2, 'Menerima Surat Permohonan, Mengagendakan, dan Memberikan lembar Disposisi',
	    'front_office', 'Surat Permohonan', 3, 'minute', 'Lembaran Disposisi', 'process'
	UNION ALL SELECT 3, 'Menganalisa dan Memberikan Saran pada Lembaran Disposisi ke Kepala Dinas',
	    'sekretaris', 'Surat Permohonan', 5, 'minute', 'Lembaran Disposisi', 'process'
	UNION ALL SELECT 4, 'Meneliti dan Memberikan Disposisi ke Kepala Bidang',
	    'kepala_dinas', 'Surat Permohonan', 5, 'minute', 'Lembaran Disposisi', 'process'
	UNION ALL SELECT 5, 'Meneruskan Berkas Permohonan yang telah di disposisikan oleh Kepala Dinas ke Bidang',
	    'back_office', 'Surat Permohonan', 3, 'minute', 'Lembaran Disposisi', 'process'
	UNION ALL SELECT 6, 'Menerima Surat Permohonan dan Mendisposisikan ke Kasi',
	    'kepala_bidang', 'Surat Permohonan', 3, 'minute', 'Lembaran Disposisi', 'process'
	UNION ALL SELECT 7, 'Membuat Surat Tugas untuk Melakukan Pembinaan',
	    'kasi', 'Surat Permohonan', 15, 'minute', 'Surat Tugas', 'process'
	UNION ALL SELECT 8, 'Melakukan Pembinaan',
	    'kasi', 'Surat Tugas', 1, 'day', 'Pembinaan', 'process'
	UNION ALL SELECT 9, 'Membuat Laporan Hasil Pembinaan dan Rencana Tindak Lanjut',
	    'kasi', 'Laporan Hasil Pembinaan', 15, 'minute', 'Laporan', 'process'
) s JOIN lane l ON l.code = s.lane;
