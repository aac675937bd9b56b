-- sql/demo/001-units.sql: DEMO DATA for `./dev up` only, not a migration and not
-- the office's real structure. Three bidang of a Dinas Perdagangan, Perindustrian,
-- Koperasi dan UKM, each with two seksi, so that the demo Kepala Bidang and Kasi
-- (made by ./dev up with sibina-user) have a unit. A real office enters its own
-- units at /admin/unit. Loaded once per database, as root, by db_load_demo
-- (tests/stack/lib.sh); ./dev test does not load it.

START TRANSACTION;

INSERT INTO unit (kind, parent_id, name) VALUES
	('bidang', NULL, 'Bidang Koperasi'),
	('bidang', NULL, 'Bidang Usaha Kecil dan Menengah'),
	('bidang', NULL, 'Bidang Perdagangan');

INSERT INTO unit (kind, parent_id, name)
SELECT 'seksi', b.id, s.name
FROM (
	SELECT 'Bidang Koperasi' AS bidang,
	    'Seksi Kelembagaan dan Pengawasan Koperasi' AS name
	UNION ALL SELECT 'Bidang Koperasi',
	    'Seksi Pemberdayaan dan Pengembangan Koperasi'
	UNION ALL SELECT 'Bidang Usaha Kecil dan Menengah',
	    'Seksi Pemberdayaan UKM'
	UNION ALL SELECT 'Bidang Usaha Kecil dan Menengah',
	    'Seksi Pengembangan Usaha UKM'
	UNION ALL SELECT 'Bidang Perdagangan',
	    'Seksi Bina Usaha Perdagangan'
	UNION ALL SELECT 'Bidang Perdagangan',
	    'Seksi Pengawasan dan Perlindungan Konsumen'
) AS s
JOIN unit AS b ON b.kind = 'bidang' AND b.name = s.bidang;

COMMIT;
