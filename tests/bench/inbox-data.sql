-- tests/bench/inbox-data.sql: the data of tests/bench/inbox: @CASES@ requests with their audit trails, generated in SQL.
--
-- Run by tests/bench/inbox as root, in the benchmark's own database, after sibina-migrate and
-- sql/demo/001-units.sql (three bidang, two seksi each); the script replaces @CASES@ (the
-- number of requests), @RECENT@ (the newest requests among which most waiting cases are), and
-- @VERSION_COLUMN@ / @VERSION_VALUE@ (request.version_id and the standard's version in force,
-- when the schema has them: sql/007-standard-versions.sql; else nothing).
-- Not a migration, never loaded into the database of ./dev up.
--
-- Every value is a deterministic function of the request's number n (MariaDB's sequence
-- engine, seq_1_to_@CASES@): CRC32 of n with a salt per column gives the pseudo-random
-- choices, so two generations give the same rows (the times are relative to the generation).
--   request: id = n; submitted every ~5 minutes over ten years, oldest first (@CASES@ in all);
--     tracking_code unique: a bijection of n onto 50 bits (multiply by an odd number modulo
--     2^50, xorshift, xor), in code.c's alphabet, XXXXX-XXXXX; submit_key SHA-256 of n;
--     business, contact, place and text from word lists; 20 % koperasi.
--   where the requests are: among the newest @RECENT@, 60 % wait (steps 2..9 alike), 2 % were
--     returned, the rest are done; among the older ones 0.5 % were returned, 1 in 20011 was
--     forgotten at a step (waits since then) and the rest are done (about 99.5 %).
--     A case waiting at step S came there (step_since) between its submission and now.
--     Cases past step 2 have an agenda number (per year, 4 digits, as the app's default
--     {nomor}/AGD/{tahun}, with gaps), the letter's data; from step 5 a bidang, from step 7 a seksi
--     (koperasi to Bidang Koperasi, the others to the two other bidang).
--   event: the whole audit trail: 'diajukan' (step 1), then one event per step done, by a
--     staff member of that step's role (and unit): 9 for a finished case, 2 for a returned
--     one, S - 1 for one waiting at step S; about 8.9 million for a million cases.
--   staff: one actor per role and unit (no usable password); tests/bench/inbox makes the
--     user who logs in with sibina-user.
--
--   step_time (sql/010): one row per step done (2..9), from the time of the event before to
--     the time of its own; its working time is drawn, not counted from the calendar: 70 %
--     within the step's standard, 20 % up to 3 times it, 10 % up to 33 times it (the coaching's
--     standard taken as one working day of 7.5 hours); the statistics' tables (sql/011) follow
--     by its triggers, and stat_closed for the cases closed is filled here (their statuses are
--     inserted as they are, so request's trigger does not see them close).
--   the clock of each waiting case's step (request.step_clock, step_due): from step_since, its
--     standard in wall-clock time.
--
-- Three phases, each run by the script with what precedes the first "-- @phase" line: requests
-- (one statement: all of them or none), events and times (chunks of 100000 requests, one
-- transaction each, resuming after the last complete chunk): a MariaDB restart in the middle
-- (./dev up restarts it) loses no more than one chunk.

SET SESSION foreign_key_checks = 0;
SET SESSION unique_checks = 0;
-- The programs' clock: WIB.
SET SESSION time_zone = '+07:00';

-- @phase requests ---------------------------------------------------------------------------

SET @now = NOW() - INTERVAL 1 MINUTE;
SET @svc = (SELECT id FROM service WHERE slug = 'pembinaan-umkm-koperasi');
-- Ten years of requests, one every ~5 minutes for a million.
SET @span = 10 * 365 * 86400;
SET @alpha = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

-- The actors.

INSERT INTO staff (username, password_hash, must_change_password, name, nip, rank, position,
    role, unit_id, created_at) VALUES
	('bench.a.fo', '!', 0, 'Rina Marlina', '198503122010012015', 'Penata Muda (III/a)',
	 'Pengadministrasi Umum', 'front_office', NULL, @now - INTERVAL 11 YEAR),
	('bench.a.sek', '!', 0, 'Drs. Afrizal', '197004151995031002', 'Pembina (IV/a)',
	 'Sekretaris', 'sekretaris', NULL, @now - INTERVAL 11 YEAR),
	('bench.a.kadis', '!', 0, 'Ir. Syafrudin, M.Si', '196808201994031005',
	 'Pembina Utama Muda (IV/c)', 'Kepala Dinas', 'kepala_dinas', NULL, @now - INTERVAL 11 YEAR),
	('bench.a.bo', '!', 0, 'Yusnita', '198901012014022003', 'Pengatur (II/c)',
	 'Pengelola Surat', 'back_office', NULL, @now - INTERVAL 11 YEAR);
INSERT INTO staff (username, password_hash, must_change_password, name, nip, rank, position,
    role, unit_id, created_at)
SELECT CONCAT('bench.a.kabid', u.id), '!', 0, CONCAT('Kepala ', u.name),
    CONCAT('19750101200003', LPAD(u.id, 4, '0')), 'Pembina (IV/a)', CONCAT('Kepala ', u.name),
    'kepala_bidang', u.id, @now - INTERVAL 11 YEAR
FROM unit u WHERE u.kind = 'bidang' AND u.active = 1;
INSERT INTO staff (username, password_hash, must_change_password, name, nip, rank, position,
    role, unit_id, created_at)
SELECT CONCAT('bench.a.kasi', u.id), '!', 0, CONCAT('Kepala ', u.name),
    CONCAT('19800101200501', LPAD(u.id, 4, '0')), 'Penata Tk. I (III/d)', CONCAT('Kepala ', u.name),
    'kasi', u.id, @now - INTERVAL 11 YEAR
FROM unit u WHERE u.kind = 'seksi' AND u.active = 1;

-- The six seksi in order (k 0..5), the first bidang's first: koperasi go to k 0..1; with
-- their Kepala Bidang and Kasi. A table of the generator's, kept for the events phase.
CREATE TABLE bench_unit (
	k TINYINT UNSIGNED NOT NULL PRIMARY KEY,
	bidang_id INT UNSIGNED NOT NULL,
	seksi_id INT UNSIGNED NOT NULL,
	kabid_id INT UNSIGNED NOT NULL,
	kasi_id INT UNSIGNED NOT NULL,
	KEY bench_unit_seksi (seksi_id)
) ENGINE=InnoDB;
INSERT INTO bench_unit
SELECT ROW_NUMBER() OVER (ORDER BY b.id, s.id) - 1, b.id, s.id, kb.id, ks.id
FROM unit s JOIN unit b ON b.id = s.parent_id
JOIN staff kb ON kb.role = 'kepala_bidang' AND kb.unit_id = b.id
JOIN staff ks ON ks.role = 'kasi' AND ks.unit_id = s.id
WHERE s.kind = 'seksi' AND s.active = 1 AND b.active = 1;
SET @units = (SELECT COUNT(*) FROM bench_unit);

-- The first request of each year: agenda numbers count from it (n - first_n + 1: unique in
-- the year, with the gaps of the requests that got none).
CREATE TABLE bench_year (
	y SMALLINT UNSIGNED NOT NULL PRIMARY KEY,
	first_n INT UNSIGNED NOT NULL
) ENGINE=InnoDB;
INSERT INTO bench_year
SELECT YEAR(@now - INTERVAL FLOOR((@CASES@ - s.seq) * @span / @CASES@) SECOND
    - INTERVAL CRC32(CONCAT('b', s.seq)) % 240 SECOND) AS y, MIN(s.seq)
FROM seq_1_to_@CASES@ s GROUP BY y;

-- The requests, in the order of n (the sequence's), one statement. No sort, no window: no
-- temporary table on disk (files in /tmp can vanish under a long statement here).
INSERT INTO request (id, tracking_code, submit_key, service_id,@VERSION_COLUMN@ applicant_type,
    business_name,
    contact_name, contact_position, phone, email, address, kecamatan, nagari, sector, nib,
    legal_number, aspects, description, status, step_no, step_since, version, consent_at,
    submitted_at, agenda_no, received_on, letter_no, letter_date, sifat, perihal, return_reason,
    bidang_id, seksi_id)
SELECT d.n,
    CONCAT(SUBSTR(@alpha, ((d.t >> 45) & 31) + 1, 1), SUBSTR(@alpha, ((d.t >> 40) & 31) + 1, 1),
	SUBSTR(@alpha, ((d.t >> 35) & 31) + 1, 1), SUBSTR(@alpha, ((d.t >> 30) & 31) + 1, 1),
	SUBSTR(@alpha, ((d.t >> 25) & 31) + 1, 1), '-',
	SUBSTR(@alpha, ((d.t >> 20) & 31) + 1, 1), SUBSTR(@alpha, ((d.t >> 15) & 31) + 1, 1),
	SUBSTR(@alpha, ((d.t >> 10) & 31) + 1, 1), SUBSTR(@alpha, ((d.t >> 5) & 31) + 1, 1),
	SUBSTR(@alpha, (d.t & 31) + 1, 1)),
    SHA2(CONCAT('sibina-bench-inbox-', d.n), 256),
    @svc,@VERSION_VALUE@ IF(d.kop, 'koperasi', 'umkm'),
    IF(d.kop,
	CONCAT(ELT(1 + d.h1 % 5, 'Koperasi Serba Usaha', 'Koperasi Simpan Pinjam',
	    'Koperasi Produsen', 'Koperasi Konsumen', 'Koperasi Pemasaran'), ' ',
	    ELT(1 + d.h2 % 12, 'Saiyo Sakato', 'Karya Bersama', 'Sejahtera', 'Bina Usaha',
	    'Maju Jaya', 'Tani Makmur', 'Sakato', 'Harapan Baru', 'Mandiri', 'Kampung Baru',
	    'Bundo Kanduang', 'Sepakat'), ' ', d.nagari),
	CONCAT(ELT(1 + d.h1 % 20, 'Keripik Balado', 'Rendang', 'Kopi Bubuk', 'Tenun Songket',
	    'Kerupuk Sanjai', 'Gula Aren', 'Dodol', 'Galamai', 'Kerajinan Rotan', 'Bordir',
	    'Madu Hutan', 'Ikan Salai', 'Batik Tanah Liek', 'Kue Bawang', 'Kacang Tojin',
	    'Sulaman', 'Anyaman Pandan', 'Tahu Tempe', 'Roti', 'Kerupuk Jangek'), ' ',
	    ELT(1 + d.h2 % 16, 'Uni Ros', 'Amak', 'Mande Rubiah', 'Ajo', 'Sari', 'Rezeki',
	    'Barokah', 'Minang', 'Saiyo', 'Sakato', 'Bundo', 'Pusako', 'Lansek Manih',
	    'Batang Kuantan', 'Ngalau', 'Bukik'), IF(d.h3 % 4 = 0, CONCAT(' ', d.nagari), ''))),
    CONCAT(ELT(1 + d.h3 % 16, 'Siti', 'Nurhayati', 'Yusrizal', 'Afdal', 'Rahmah', 'Fitri',
	'Zulkifli', 'Desi', 'Hendra', 'Yeni', 'Rudi', 'Marlina', 'Syafri', 'Elfi', 'Indra',
	'Wati'), ' ', ELT(1 + d.h4 % 12, 'Rahmah', 'Putri', 'Syahputra', 'Chaniago', 'Piliang',
	'Koto', 'Sikumbang', 'Tanjung', 'Caniago', 'Melayu', 'Jambak', 'Guci')),
    IF(d.kop, ELT(1 + d.h4 % 3, 'Ketua', 'Sekretaris', 'Bendahara'),
	ELT(1 + d.h4 % 3, 'Pemilik', 'Pemilik', 'Pengelola')),
    CONCAT('+628', ELT(1 + d.h5 % 6, '12', '13', '21', '22', '52', '53'),
	LPAD(d.h6 % 100000000, 8, '0')),
    IF(d.h5 % 5 < 2, NULL, CONCAT('pemohon', d.n, '@', ELT(1 + d.h6 % 3, 'gmail.com',
	'yahoo.co.id', 'example.com'))),
    CONCAT('Jl. ', ELT(1 + d.h7 % 10, 'Lintas Sumatera', 'Prof. M. Yamin', 'Sudirman',
	'Imam Bonjol', 'Diponegoro', 'Pahlawan', 'Kampung Baru', 'Pasar', 'Muaro', 'Rang Kayo Hitam'),
	' No. ', 1 + d.h8 % 150, ', Jorong ', ELT(1 + d.h8 % 6, 'Koto', 'Pasar', 'Balai', 'Tangah',
	'Subarang', 'Guguk')),
    ELT(1 + d.h9 % 8, 'Kamang Baru', 'Tanjung Gadang', 'Sijunjung', 'Lubuk Tarok', 'IV Nagari',
	'Kupitan', 'Koto VII', 'Sumpur Kudus'),
    d.nagari,
    ELT(1 + d.h1 % 8, 'Makanan olahan', 'Kerajinan', 'Pertanian', 'Perdagangan', 'Jasa',
	'Fesyen', 'Perikanan', 'Peternakan'),
    IF(d.kop OR d.h7 % 10 < 3, NULL, CONCAT(LPAD(d.h7, 10, '0'), LPAD(d.h8 % 1000, 3, '0'))),
    IF(d.kop, CONCAT('AHU-', LPAD(d.h8 % 10000000, 7, '0'), '.AH.01.26.Tahun ',
	YEAR(d.sub) - d.h8 % 5), NULL),
    (1 << (d.h2 % 7)) | (1 << (d.h5 % 7)) | IF(d.h9 % 3 = 0, 1 << (d.h6 % 7), 0),
    CONCAT_WS(' ', ELT(1 + d.h3 % 6, 'Kami ingin memasarkan produk secara daring',
	'Kami membutuhkan pendampingan untuk memperbaiki kemasan dan label',
	'Usaha kami memerlukan bimbingan pembukuan sederhana',
	'Kami ingin mengurus izin PIRT dan sertifikat halal',
	'Pengurus memerlukan pelatihan tata kelola dan rapat anggota tahunan',
	'Kami ingin meningkatkan kapasitas produksi'),
	ELT(1 + d.h4 % 5, 'agar penjualan meningkat.', 'supaya dapat masuk ke toko modern.',
	'karena pesanan terus bertambah.', 'untuk mengajukan pinjaman KUR.',
	'agar anggota mendapat manfaat lebih besar.'),
	ELT(1 + d.h6 % 4, 'Saat ini kami memiliki 3 orang pekerja.',
	'Produk kami sudah dijual di pasar nagari.', NULL,
	'Mohon jadwal kunjungan pada hari kerja.')),
    ELT(d.cls, 'diajukan', 'diproses', 'dijadwalkan', 'dikembalikan', 'selesai'),
    d.step, d.since,
    -- One for the submission, one per act done.
    CASE d.cls WHEN 4 THEN 2 WHEN 5 THEN 9 ELSE d.step - 1 END,
    d.sub, d.sub,
    -- 4 digits at least (LPAD alone would cut the 10000th of a year).
    IF(d.acc, CONCAT(LPAD(d.n - y.first_n + 1, GREATEST(4, LENGTH(d.n - y.first_n + 1)), '0'),
	'/AGD/', y.y), NULL),
    IF(d.acc, DATE(d.sub), NULL),
    IF(d.acc, CONCAT(LPAD(1 + d.h5 % 150, 3, '0'), '/', IF(d.kop, 'KOP', 'UMKM'), '/',
	ELT(MONTH(d.sub), 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'),
	'/', YEAR(d.sub)), NULL),
    IF(d.acc, DATE(d.sub) - INTERVAL d.h6 % 7 DAY, NULL),
    IF(d.acc, CASE WHEN d.h7 % 50 = 0 THEN 'sangat_segera' WHEN d.h7 % 50 < 5 THEN 'segera'
	ELSE 'biasa' END, NULL),
    IF(d.acc, IF(d.kop, 'Permohonan Pembinaan Koperasi', 'Permohonan Pembinaan UMKM'), NULL),
    IF(d.cls = 4, ELT(1 + d.h8 % 3,
	'Surat permohonan belum ditandatangani oleh pimpinan usaha.',
	'Nomor badan hukum tidak sesuai dengan dokumen yang dilampirkan.',
	'Surat permohonan tidak terbaca; mohon unggah ulang dengan jelas.'), NULL),
    IF(d.step >= 5 AND d.cls <> 4, u.bidang_id, NULL),
    IF(d.step >= 7 AND d.cls <> 4, u.seksi_id, NULL)
FROM (
	SELECT c.*,
	    -- Past the agenda (step 2 done).
	    (c.w AND c.ws > 2) OR (NOT c.w AND NOT c.ret) AS acc,
	    -- Class: 1 diajukan (waits at 2), 2 diproses (3..7), 3 dijadwalkan (8, 9),
	    -- 4 dikembalikan, 5 selesai.
	    CASE WHEN c.w THEN IF(c.ws = 2, 1, IF(c.ws <= 7, 2, 3)) WHEN c.ret THEN 4 ELSE 5 END
		AS cls,
	    CASE WHEN c.w THEN c.ws WHEN c.ret THEN 2 ELSE 9 END AS step,
	    -- When it came to its step: waiting ones between submission and now; a returned
	    -- one minutes after submission; a finished one after its report (3..21 days on).
	    CASE WHEN c.w THEN c.sub + INTERVAL FLOOR(TIMESTAMPDIFF(SECOND, c.sub, @now)
		* (0.3 + 0.7 * (c.h8 % 1000) / 1000)) SECOND
		WHEN c.ret THEN c.sub + INTERVAL 5 + c.h8 % 600 MINUTE
		ELSE LEAST(@now, c.sub + INTERVAL 3 + c.h8 % 18 DAY + INTERVAL c.h7 % 480 MINUTE)
		END AS since
	FROM (
		SELECT b.*,
		    -- Waiting: 60 % of the newest @RECENT@, 1 in 20011 of the older ones.
		    IF(b.n > @CASES@ - @RECENT@, b.h9 % 100 < 60, b.n % 20011 = 0) AS w,
		    IF(b.n > @CASES@ - @RECENT@, b.h9 % 100 BETWEEN 60 AND 61, b.h9 % 200 = 199) AS ret,
		    2 + b.h4 % 8 AS ws
		FROM (
			SELECT a.n, a.h1, a.h2, a.h3, a.h4, a.h5, a.h6, a.h7, a.h8, a.h9,
			    a.h1 % 5 = 0 AS kop,
			    @now - INTERVAL FLOOR((@CASES@ - a.n) * @span / @CASES@) SECOND
				- INTERVAL a.h2 % 240 SECOND AS sub,	-- as in bench_year
			    -- tracking code bits: n * odd mod 2^50, xorshift, xor.
			    (((a.n * 25214903917) & 1125899906842623)
				^ (((a.n * 25214903917) & 1125899906842623) >> 23)
				^ 718296331504147) AS t,
			    ELT(1 + a.h3 % 16, 'Muaro', 'Pematang Panjang', 'Sijunjung', 'Kampung Baru',
				'Koto Baru', 'Tanjung Gadang', 'Lubuk Tarok', 'Kunangan Parik Rantang',
				'Kamang', 'Sungai Lansek', 'Tanjung Bonai Aur', 'Padang Laweh',
				'Palangki', 'Sisawah', 'Silokek', 'Durian Gadang') AS nagari
			FROM (
				SELECT s.seq AS n,
				    CRC32(CONCAT('a', s.seq)) AS h1, CRC32(CONCAT('b', s.seq)) AS h2,
				    CRC32(CONCAT('c', s.seq)) AS h3, CRC32(CONCAT('d', s.seq)) AS h4,
				    CRC32(CONCAT('e', s.seq)) AS h5, CRC32(CONCAT('f', s.seq)) AS h6,
				    CRC32(CONCAT('g', s.seq)) AS h7, CRC32(CONCAT('h', s.seq)) AS h8,
				    CRC32(CONCAT('i', s.seq)) AS h9
				FROM seq_1_to_@CASES@ s
			) a
		) b
	) c
) d
JOIN bench_unit u ON u.k = IF(d.kop, d.h6 % 2, 2 + d.h6 % (@units - 2))
JOIN bench_year y ON y.y = YEAR(d.sub);

-- @phase events -----------------------------------------------------------------------------

SET @fo = (SELECT id FROM staff WHERE username = 'bench.a.fo');
SET @sek = (SELECT id FROM staff WHERE username = 'bench.a.sek');
SET @kadis = (SELECT id FROM staff WHERE username = 'bench.a.kadis');
SET @bo = (SELECT id FROM staff WHERE username = 'bench.a.bo');

-- Event j of a case (1 = the submission, then the act of step j), its time spread evenly
-- from the submission to step_since (the last act's time). In chunks of 100000 requests
-- (about 900000 events, one transaction each), in the order of (request, j): no sort, no
-- large temporary table. Every request has an event: the last one with events ends the last
-- complete chunk, where a second run goes on.
DELIMITER //
BEGIN NOT ATOMIC
	DECLARE lo BIGINT UNSIGNED DEFAULT 0;
	SELECT COALESCE(MAX(request_id), 0) INTO lo FROM event;
	WHILE lo < @CASES@ DO
		INSERT INTO event (request_id, at, step_no, action, actor_role, actor_id, note,
		    target_unit_id)
		SELECT STRAIGHT_JOIN r.id,
		    IF(e.seq = 1, r.submitted_at, r.submitted_at + INTERVAL FLOOR(
			TIMESTAMPDIFF(SECOND, r.submitted_at, r.step_since) * (e.seq - 1)
			/ GREATEST(r.version - 1, 1)) SECOND),
		    e.seq,
		    IF(r.status = 'dikembalikan' AND e.seq = 2, 'kembalikan',
			ELT(e.seq, 'diajukan', 'terima', 'saran', 'disposisi', 'teruskan',
			'disposisi_kasi', 'surat_tugas', 'pembinaan', 'laporan')),
		    ELT(e.seq, 'pemohon', 'front_office', 'sekretaris', 'kepala_dinas',
			'back_office', 'kepala_bidang', 'kasi', 'kasi', 'kasi'),
		    CASE e.seq WHEN 1 THEN NULL WHEN 2 THEN @fo WHEN 3 THEN @sek
			WHEN 4 THEN @kadis WHEN 5 THEN @bo WHEN 6 THEN u.kabid_id
			ELSE u.kasi_id END,
		    CASE WHEN r.status = 'dikembalikan' AND e.seq = 2 THEN r.return_reason
			WHEN e.seq = 3 THEN ELT(1 + r.id % 3,
			    'Mohon diteruskan ke bidang terkait untuk dibina.',
			    'Layak dibina; usulkan kunjungan lapangan.',
			    'Setuju untuk ditindaklanjuti.')
			WHEN e.seq = 4 THEN ELT(1 + r.id % 2, 'Tindak lanjuti sesuai ketentuan.',
			    'Lakukan pembinaan dan laporkan hasilnya.')
			WHEN e.seq = 6 THEN 'Siapkan surat tugas dan jadwalkan pembinaan.'
			ELSE NULL END,
		    CASE e.seq WHEN 4 THEN r.bidang_id WHEN 6 THEN r.seksi_id ELSE NULL END
		FROM request r
		JOIN seq_1_to_9 e ON e.seq <= r.version
		LEFT JOIN bench_unit u ON u.seksi_id = r.seksi_id
		WHERE r.id > lo AND r.id <= lo + 100000;
		SET lo = lo + 100000;
	END WHILE;
END//
DELIMITER ;

-- The per-year agenda counters, so that an agenda taken by hand continues the numbers.
INSERT INTO counter (name, year, last)
SELECT 'agenda', YEAR(received_on), MAX(CAST(SUBSTRING_INDEX(agenda_no, '/', 1) AS UNSIGNED))
FROM request WHERE agenda_no IS NOT NULL
GROUP BY YEAR(received_on)
ON DUPLICATE KEY UPDATE last = VALUES(last);

-- @phase times ------------------------------------------------------------------------------

SET @fo = (SELECT id FROM staff WHERE username = 'bench.a.fo');
SET @sek = (SELECT id FROM staff WHERE username = 'bench.a.sek');
SET @kadis = (SELECT id FROM staff WHERE username = 'bench.a.kadis');
SET @bo = (SELECT id FROM staff WHERE username = 'bench.a.bo');

-- Step j's row: its times are those of events j - 1 and j (the events phase's formula); its
-- standard in seconds by step (3, 5, 5, 3, 3, 15 minutes, a day of 7.5 hours, 15 minutes);
-- x, a draw in 0..999, places its working time. Then the chunk's closed cases in stat_closed
-- (the bucket of sql/011, over the sum of their steps), in the same transaction.
DELIMITER //
BEGIN NOT ATOMIC
	DECLARE lo BIGINT UNSIGNED DEFAULT 0;
	-- Chunks are whole (one transaction each): go on after the last one.
	SELECT COALESCE(CEIL(MAX(request_id) / 100000) * 100000, 0) INTO lo FROM step_time;
	WHILE lo < @CASES@ DO
		START TRANSACTION;
		INSERT INTO step_time (request_id, step_no, started_at, due_at, ended_at,
		    work_seconds, standard_seconds, on_time, actor_id)
		SELECT t.id, t.j, t.started, t.started + INTERVAL t.std SECOND, t.ended,
		    t.work, t.std, t.work <= t.std, t.actor
		FROM (
			SELECT w.*,
			    FLOOR(CASE WHEN w.x < 700 THEN w.std * (0.2 + 0.8 * w.x / 700)
				WHEN w.x < 900 THEN w.std * (1 + 2 * (w.x - 700) / 200)
				ELSE w.std * (3 + 30 * (w.x - 900) / 100) END) AS work
			FROM (
				SELECT STRAIGHT_JOIN r.id, e.seq AS j,
				    r.submitted_at + INTERVAL FLOOR(TIMESTAMPDIFF(SECOND,
					r.submitted_at, r.step_since) * (e.seq - 2)
					/ GREATEST(r.version - 1, 1)) SECOND AS started,
				    r.submitted_at + INTERVAL FLOOR(TIMESTAMPDIFF(SECOND,
					r.submitted_at, r.step_since) * (e.seq - 1)
					/ GREATEST(r.version - 1, 1)) SECOND AS ended,
				    ELT(e.seq, 0, 180, 300, 300, 180, 180, 900, 27000, 900) AS std,
				    CRC32(CONCAT('w', r.id, '-', e.seq)) % 1000 AS x,
				    CASE e.seq WHEN 2 THEN @fo WHEN 3 THEN @sek WHEN 4 THEN @kadis
					WHEN 5 THEN @bo WHEN 6 THEN u.kabid_id ELSE u.kasi_id END
					AS actor
				FROM request r
				JOIN seq_1_to_9 e ON e.seq BETWEEN 2 AND r.version
				LEFT JOIN bench_unit u ON u.seksi_id = r.seksi_id
				WHERE r.id > lo AND r.id <= lo + 100000
			) w
		) t;
		INSERT INTO stat_closed (month, outcome, bucket, n, on_time)
		SELECT c.month, c.outcome, c.bucket, COUNT(*), SUM(c.on_time)
		FROM (
			SELECT DATE_FORMAT(MAX(t.ended_at), '%Y-%m-01') AS month,
			    r.status AS outcome,
			    CASE WHEN SUM(t.work_seconds) <= 3600
				THEN CEIL(SUM(t.work_seconds) / 60)
			    WHEN SUM(t.work_seconds) <= 28800
				THEN CEIL(SUM(t.work_seconds) / 300) * 5
			    WHEN SUM(t.work_seconds) <= 432000
				THEN CEIL(SUM(t.work_seconds) / 1800) * 30
			    ELSE CEIL(SUM(t.work_seconds) / 86400) * 1440 END AS bucket,
			    IF(MIN(t.on_time) = 1, 1, 0) AS on_time
			FROM request r JOIN step_time t ON t.request_id = r.id
			WHERE r.id > lo AND r.id <= lo + 100000
			    AND r.status IN ('selesai', 'dikembalikan')
			GROUP BY r.id
		) c
		GROUP BY c.month, c.outcome, c.bucket
		ON DUPLICATE KEY UPDATE n = n + VALUES(n), on_time = on_time + VALUES(on_time);
		COMMIT;
		SET lo = lo + 100000;
	END WHILE;
END//
DELIMITER ;

-- The clock of the waiting cases' steps.
UPDATE request SET step_clock = step_since,
    step_due = step_since + INTERVAL ELT(step_no, 0, 180, 300, 300, 180, 180, 900, 86400, 900)
	SECOND
WHERE waiting = 1;
