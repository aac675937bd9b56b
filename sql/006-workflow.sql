-- 006-workflow.sql: what the SOP steps record, from the agenda number to the
-- coaching report, and what the inboxes need to find the waiting cases fast.

-- The kind of act each step asks for; the engine (wf.c) knows the kinds,
-- the table says which step is which, in which lane.
ALTER TABLE service_step ADD COLUMN action ENUM('submit', 'agenda',
    'advice', 'disposition', 'forward', 'assign', 'surat_tugas', 'coaching',
    'report') NULL AFTER symbol;
UPDATE service_step SET action = ELT(no, 'submit', 'agenda', 'advice',
    'disposition', 'forward', 'assign', 'surat_tugas', 'coaching', 'report')
    WHERE service_id = (SELECT id FROM service
    WHERE slug = 'pembinaan-umkm-koperasi');

ALTER TABLE request
	-- When the case came to the step it waits at: the inbox order and the
	-- time spent at the step.
	ADD COLUMN step_since DATETIME NULL AFTER step_no,
	-- Registration by the Front Office (the agenda book).
	ADD COLUMN agenda_no VARCHAR(64) NULL UNIQUE,
	ADD COLUMN received_on DATE NULL,
	ADD COLUMN letter_no VARCHAR(100) NULL,	-- the applicant's letter
	ADD COLUMN letter_date DATE NULL,
	ADD COLUMN sifat ENUM('biasa', 'segera', 'sangat_segera', 'rahasia') NULL,
	ADD COLUMN perihal VARCHAR(200) NULL,
	ADD COLUMN return_reason TEXT NULL,
	-- Where the dispositions sent it.
	ADD COLUMN bidang_id INT UNSIGNED NULL,
	ADD COLUMN seksi_id INT UNSIGNED NULL,
	-- 1 while the case waits for someone of the office.
	ADD COLUMN waiting TINYINT(1) AS (status IN ('diajukan', 'diproses',
	    'dijadwalkan')) STORED,
	ADD KEY request_inbox (waiting, step_no, step_since, id),
	ADD KEY request_bidang (bidang_id, waiting, step_no),
	ADD KEY request_seksi (seksi_id, waiting, step_no),
	ADD KEY request_submitted (submitted_at, id),
	ADD FULLTEXT KEY request_business_words (business_name),
	ADD FOREIGN KEY (bidang_id) REFERENCES unit (id),
	ADD FOREIGN KEY (seksi_id) REFERENCES unit (id);
UPDATE request SET step_since = submitted_at;
ALTER TABLE request MODIFY step_since DATETIME NOT NULL;

-- Whom an act sent the case to (a disposition to a bidang, to a seksi).
ALTER TABLE event
	ADD COLUMN target_unit_id INT UNSIGNED NULL,
	ADD FOREIGN KEY (actor_id) REFERENCES staff (id),
	ADD FOREIGN KEY (target_unit_id) REFERENCES unit (id);

-- Per-year counters of the office's numbers (agenda, surat tugas): taken
-- inside the transaction of the act, so a number is never used twice nor
-- skipped.
CREATE TABLE counter (
	name VARCHAR(32) NOT NULL,
	year SMALLINT UNSIGNED NOT NULL,
	last INT UNSIGNED NOT NULL,
	PRIMARY KEY (name, year)
) ENGINE=InnoDB DEFAULT CHARSET=ascii COLLATE=ascii_bin;

CREATE TABLE surat_tugas (
	id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	request_id BIGINT UNSIGNED NOT NULL UNIQUE,
	number VARCHAR(100) NOT NULL UNIQUE,
	dasar TEXT NOT NULL,
	purpose TEXT NOT NULL,			-- untuk
	place VARCHAR(200) NOT NULL,
	date_from DATE NOT NULL,
	date_to DATE NOT NULL,
	signer_id INT UNSIGNED NOT NULL,	-- the signing official
	created_by INT UNSIGNED NOT NULL,
	created_at DATETIME NOT NULL,
	FOREIGN KEY (request_id) REFERENCES request (id),
	FOREIGN KEY (signer_id) REFERENCES staff (id),
	FOREIGN KEY (created_by) REFERENCES staff (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE surat_tugas_officer (
	surat_tugas_id BIGINT UNSIGNED NOT NULL,
	position TINYINT UNSIGNED NOT NULL,
	staff_id INT UNSIGNED NOT NULL,
	PRIMARY KEY (surat_tugas_id, position),
	UNIQUE KEY officer_once (surat_tugas_id, staff_id),
	FOREIGN KEY (surat_tugas_id) REFERENCES surat_tugas (id),
	FOREIGN KEY (staff_id) REFERENCES staff (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE coaching (
	request_id BIGINT UNSIGNED NOT NULL PRIMARY KEY,
	held_on DATE NOT NULL,
	attendees TEXT NOT NULL,
	notes TEXT NOT NULL,
	recorded_by INT UNSIGNED NOT NULL,
	recorded_at DATETIME NOT NULL,
	FOREIGN KEY (request_id) REFERENCES request (id),
	FOREIGN KEY (recorded_by) REFERENCES staff (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE report (
	request_id BIGINT UNSIGNED NOT NULL PRIMARY KEY,
	findings TEXT NOT NULL,			-- hasil pembinaan
	advice TEXT NOT NULL,			-- saran yang diberikan
	written_by INT UNSIGNED NOT NULL,
	written_at DATETIME NOT NULL,
	FOREIGN KEY (request_id) REFERENCES request (id),
	FOREIGN KEY (written_by) REFERENCES staff (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The rencana tindak lanjut: follow-up actions with their dates.
CREATE TABLE report_action (
	request_id BIGINT UNSIGNED NOT NULL,
	position TINYINT UNSIGNED NOT NULL,
	action TEXT NOT NULL,
	due_on DATE NOT NULL,
	PRIMARY KEY (request_id, position),
	FOREIGN KEY (request_id) REFERENCES report (request_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Photos of the coaching are files of the request, like the letter.
ALTER TABLE attachment MODIFY kind ENUM('surat_permohonan', 'pendukung',
    'foto_pembinaan') NOT NULL;
