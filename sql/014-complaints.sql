-- 014-complaints.sql: complaints (pengaduan) from the public, and their answers.
-- A complaint's code is drawn by code.c's generator and written with the prefix
-- "ADU-" (ADU-7KQ4M-2XPAB): thirteen symbols, which /lacak refuses as malformed,
-- and the complaint lookup refuses a request's code without the prefix; so a
-- complaint code is never a request code. The complainant's name and contact
-- are optional and shown to staff only. Every change has its row in
-- complaint_event, written in the same transaction; version counts the
-- changes, so that of two staff answering at once one wins and the other is
-- told (409).

CREATE TABLE complaint (
	id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	code CHAR(15) NOT NULL,
	submit_key CHAR(64) NOT NULL,
	name VARCHAR(100) NULL,
	contact VARCHAR(254) NULL,		-- an email address or +628...
	request_id BIGINT UNSIGNED NULL,	-- the request it is about
	subject VARCHAR(200) NOT NULL,
	body TEXT NOT NULL,
	status ENUM('diterima', 'dijawab', 'ditutup') NOT NULL DEFAULT 'diterima',
	version INT UNSIGNED NOT NULL DEFAULT 1,
	consent_at DATETIME NOT NULL,
	received_at DATETIME NOT NULL,
	answer TEXT NULL,
	answered_at DATETIME NULL,
	answered_by INT UNSIGNED NULL,
	closed_at DATETIME NULL,
	closed_by INT UNSIGNED NULL,
	close_note VARCHAR(1000) NULL,
	UNIQUE KEY complaint_code (code),
	UNIQUE KEY complaint_submit_key (submit_key),
	KEY complaint_status (status, id),
	FOREIGN KEY (request_id) REFERENCES request (id),
	FOREIGN KEY (answered_by) REFERENCES staff (id),
	FOREIGN KEY (closed_by) REFERENCES staff (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE complaint_event (
	id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	complaint_id BIGINT UNSIGNED NOT NULL,
	at DATETIME NOT NULL,
	action ENUM('diterima', 'dijawab', 'ditutup') NOT NULL,
	actor_id INT UNSIGNED NULL,		-- NULL: the complainant
	note TEXT NULL,
	KEY complaint_event_of (complaint_id, id),
	FOREIGN KEY (complaint_id) REFERENCES complaint (id),
	FOREIGN KEY (actor_id) REFERENCES staff (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Accepted complaints are counted per address, like requests.
ALTER TABLE attempt MODIFY kind ENUM('lacak_miss', 'submit', 'login_user',
    'login_addr', 'pengaduan') NOT NULL;

-- The menu's count of open complaints is kept by the workers with the
-- requests' version (sql/009): a complaint filed, answered or closed moves
-- it too.
CREATE TRIGGER complaint_version_ai AFTER INSERT ON complaint FOR EACH ROW
	UPDATE case_version SET n = n + 1 WHERE id = 1;
CREATE TRIGGER complaint_version_au AFTER UPDATE ON complaint FOR EACH ROW
	UPDATE case_version SET n = n + 1 WHERE id = 1;
