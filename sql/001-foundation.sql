-- 001-foundation.sql: the published service standards and their SOP steps.
-- A Standar Pelayanan (UU 25/2009 Pasal 21) is a service, its components'
-- items and its SOP steps, each in the lane (pelaksana) that acts. The
-- schema_version table is made by sibina-migrate itself.

-- Bumped by the triggers below on every change to published content, so
-- that the programs' page caches know when to render again.
CREATE TABLE content_version (
	id TINYINT UNSIGNED NOT NULL PRIMARY KEY,
	n BIGINT UNSIGNED NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO content_version (id, n) VALUES (1, 1);

-- The lanes (PELAKSANA) of SOP tables, in the documents' column order.
CREATE TABLE lane (
	id SMALLINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	code VARCHAR(32) NOT NULL UNIQUE,
	name VARCHAR(100) NOT NULL,
	position SMALLINT UNSIGNED NOT NULL UNIQUE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The components of a Standar Pelayanan under UU 25/2009 Pasal 21.
CREATE TABLE standard_component (
	code VARCHAR(32) NOT NULL PRIMARY KEY,
	position TINYINT UNSIGNED NOT NULL UNIQUE,
	title VARCHAR(150) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE service (
	id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	slug VARCHAR(64) NOT NULL UNIQUE,
	name VARCHAR(200) NOT NULL,
	sk_number VARCHAR(200) NULL,	-- NULL: not yet set by the office
	office_name VARCHAR(200) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The published text of a component, one row per list item. A component
-- without rows has not been filled in by the office.
CREATE TABLE service_item (
	id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	service_id INT UNSIGNED NOT NULL,
	component_code VARCHAR(32) NOT NULL,
	position SMALLINT UNSIGNED NOT NULL,
	text TEXT NOT NULL,
	UNIQUE KEY (service_id, component_code, position),
	FOREIGN KEY (service_id) REFERENCES service (id),
	FOREIGN KEY (component_code) REFERENCES standard_component (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The SOP: one row per step, with its mutu baku (input, time, output).
CREATE TABLE service_step (
	id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	service_id INT UNSIGNED NOT NULL,
	no TINYINT UNSIGNED NOT NULL,
	activity VARCHAR(500) NOT NULL,
	lane_id SMALLINT UNSIGNED NOT NULL,
	input VARCHAR(255) NOT NULL,
	time_amount SMALLINT UNSIGNED NULL,	-- NULL: no time standard
	time_unit ENUM('minute', 'hour', 'day', 'workday') NULL,
	output VARCHAR(255) NOT NULL,
	symbol ENUM('terminator', 'process', 'decision') NOT NULL,
	UNIQUE KEY (service_id, no),
	FOREIGN KEY (service_id) REFERENCES service (id),
	FOREIGN KEY (lane_id) REFERENCES lane (id),
	CHECK ((time_amount IS NULL) = (time_unit IS NULL))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TRIGGER lane_ai AFTER INSERT ON lane FOR EACH ROW
	UPDATE content_version SET n = n + 1 WHERE id = 1;
CREATE TRIGGER lane_au AFTER UPDATE ON lane FOR EACH ROW
	UPDATE content_version SET n = n + 1 WHERE id = 1;
CREATE TRIGGER lane_ad AFTER DELETE ON lane FOR EACH ROW
	UPDATE content_version SET n = n + 1 WHERE id = 1;
CREATE TRIGGER standard_component_ai AFTER INSERT ON standard_component
	FOR EACH ROW UPDATE content_version SET n = n + 1 WHERE id = 1;
CREATE TRIGGER standard_component_au AFTER UPDATE ON standard_component
	FOR EACH ROW UPDATE content_version SET n = n + 1 WHERE id = 1;
CREATE TRIGGER standard_component_ad AFTER DELETE ON standard_component
	FOR EACH ROW UPDATE content_version SET n = n + 1 WHERE id = 1;
CREATE TRIGGER service_ai AFTER INSERT ON service FOR EACH ROW
	UPDATE content_version SET n = n + 1 WHERE id = 1;
CREATE TRIGGER service_au AFTER UPDATE ON service FOR EACH ROW
	UPDATE content_version SET n = n + 1 WHERE id = 1;
CREATE TRIGGER service_ad AFTER DELETE ON service FOR EACH ROW
	UPDATE content_version SET n = n + 1 WHERE id = 1;
CREATE TRIGGER service_item_ai AFTER INSERT ON service_item FOR EACH ROW
	UPDATE content_version SET n = n + 1 WHERE id = 1;
CREATE TRIGGER service_item_au AFTER UPDATE ON service_item FOR EACH ROW
	UPDATE content_version SET n = n + 1 WHERE id = 1;
CREATE TRIGGER service_item_ad AFTER DELETE ON service_item FOR EACH ROW
	UPDATE content_version SET n = n + 1 WHERE id = 1;
CREATE TRIGGER service_step_ai AFTER INSERT ON service_step FOR EACH ROW
	UPDATE content_version SET n = n + 1 WHERE id = 1;
CREATE TRIGGER service_step_au AFTER UPDATE ON service_step FOR EACH ROW
	UPDATE content_version SET n = n + 1 WHERE id = 1;
CREATE TRIGGER service_step_ad AFTER DELETE ON service_step FOR EACH ROW
	UPDATE content_version SET n = n + 1 WHERE id = 1;

-- Lanes of the office's SOP documents, in their column order.
INSERT INTO lane (code, name, position) VALUES
	('pemohon', 'UMKM dan Koperasi', 1),
	('front_office', 'Front Office', 2),
	('back_office', 'Back Office', 3),
	('kasi', 'Kasi', 4),
	('kepala_bidang', 'Kepala Bidang', 5),
	('sekretaris', 'Sekretaris', 6),
	('kepala_dinas', 'Kepala Dinas', 7);

-- UU 25/2009 Pasal 21, huruf a to n.
INSERT INTO standard_component (code, position, title) VALUES
	('dasar_hukum', 1, 'Dasar Hukum'),
	('persyaratan', 2, 'Persyaratan'),
	('prosedur', 3, 'Sistem, Mekanisme dan Prosedur'),
	('waktu', 4, 'Waktu Penyelesaian'),
	('biaya', 5, 'Biaya / Tarif'),
	('produk', 6, 'Produk Pelayanan'),
	('sarana', 7, 'Sarana, Prasarana dan/atau Fasilitas'),
	('kompetensi', 8, 'Kompetensi Pelaksana'),
	('pengawasan', 9, 'Pengawasan Internal'),
	('pengaduan', 10, 'Pengaduan Layanan'),
	('jumlah_pelaksana', 11, 'Jumlah Pelaksana'),
	('jaminan_pelayanan', 12, 'Jaminan Pelayanan'),
	('jaminan_keamanan', 13, 'Jaminan Keamanan dan Keselamatan Pelayanan'),
	('evaluasi', 14, 'Evaluasi Kinerja Pelaksana');
