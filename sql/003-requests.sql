-- 003-requests.sql: applicants' requests (permohonan), their files, and the
-- audit trail of every step (event). A request keeps its applicant's data as
-- sent; the register of UMKM and cooperatives (issue 6) links them later.

CREATE TABLE request (
	id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	tracking_code CHAR(11) NOT NULL UNIQUE,	-- XXXXX-XXXXX, code.c
	-- One per opened form: sending the same form again finds this request.
	submit_key CHAR(64) NOT NULL UNIQUE,
	service_id INT UNSIGNED NOT NULL,
	applicant_type ENUM('umkm', 'koperasi') NOT NULL,
	business_name VARCHAR(200) NOT NULL,
	contact_name VARCHAR(100) NOT NULL,
	contact_position VARCHAR(100) NOT NULL,
	phone VARCHAR(16) NOT NULL,		-- normalised: +628...
	email VARCHAR(254) NULL,
	address VARCHAR(300) NOT NULL,
	kecamatan VARCHAR(40) NOT NULL,
	nagari VARCHAR(100) NOT NULL,
	sector VARCHAR(100) NOT NULL,
	nib CHAR(13) NULL,			-- Nomor Induk Berusaha
	legal_number VARCHAR(100) NULL,	-- nomor badan hukum of a koperasi
	aspects SET('kelembagaan', 'produksi', 'pemasaran', 'keuangan',
	    'sdm', 'perizinan', 'digitalisasi') NOT NULL,
	description TEXT NOT NULL,
	status ENUM('diajukan', 'diproses', 'dikembalikan', 'dijadwalkan',
	    'selesai') NOT NULL DEFAULT 'diajukan',
	step_no TINYINT UNSIGNED NOT NULL,	-- the SOP step it waits at
	version INT UNSIGNED NOT NULL DEFAULT 1,	-- for optimistic locking
	consent_at DATETIME NOT NULL,		-- consent under UU 27/2022
	submitted_at DATETIME NOT NULL,
	KEY request_status (status, submitted_at),
	KEY request_step (step_no, submitted_at),
	KEY request_business (business_name),
	FOREIGN KEY (service_id) REFERENCES service (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A file sent with a request, stored by upload.c under a random name.
CREATE TABLE attachment (
	id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	request_id BIGINT UNSIGNED NOT NULL,
	kind ENUM('surat_permohonan', 'pendukung') NOT NULL,
	stored_name CHAR(64) NOT NULL UNIQUE,
	sha256 CHAR(64) NOT NULL,
	mime VARCHAR(64) NOT NULL,		-- as read from the content
	size INT UNSIGNED NOT NULL,
	original_name VARCHAR(255) NOT NULL,	-- shown to staff only
	KEY attachment_request (request_id),
	FOREIGN KEY (request_id) REFERENCES request (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The audit trail: one row per act on a request, never changed.
CREATE TABLE event (
	id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	request_id BIGINT UNSIGNED NOT NULL,
	at DATETIME NOT NULL,
	step_no TINYINT UNSIGNED NOT NULL,
	action VARCHAR(32) NOT NULL,		-- diajukan, diterima, ...
	actor_role VARCHAR(32) NOT NULL,	-- a lane code
	actor_id INT UNSIGNED NULL,		-- the staff member, when one
	note TEXT NULL,
	KEY event_request (request_id, id),
	FOREIGN KEY (request_id) REFERENCES request (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
