-- 005-staff.sql: the office's units (bidang and seksi), its staff accounts
-- and their sessions. A staff member's role is the lane they act in (lane
-- codes), or admin.

-- A bidang, or a seksi within a bidang. Units are data an administrator edits.
CREATE TABLE unit (
	id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	kind ENUM('bidang', 'seksi') NOT NULL,
	parent_id INT UNSIGNED NULL,		-- the bidang of a seksi
	name VARCHAR(150) NOT NULL,
	active TINYINT(1) NOT NULL DEFAULT 1,
	UNIQUE KEY unit_name (kind, name),
	KEY unit_parent (parent_id),
	FOREIGN KEY (parent_id) REFERENCES unit (id),
	CHECK ((kind = 'bidang') = (parent_id IS NULL))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE staff (
	id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	username VARCHAR(32) NOT NULL UNIQUE,	-- lowercase letters, digits, . _ -
	password_hash VARCHAR(255) NOT NULL,	-- yescrypt ($y$...), libxcrypt
	-- Set when an administrator gave a password: the user must choose
	-- their own before doing anything else.
	must_change_password TINYINT(1) NOT NULL DEFAULT 1,
	name VARCHAR(150) NOT NULL,
	nip VARCHAR(18) NULL,			-- Nomor Induk Pegawai, 18 digits
	rank VARCHAR(100) NULL,			-- pangkat/golongan
	position VARCHAR(150) NULL,		-- jabatan
	role ENUM('front_office', 'sekretaris', 'kepala_dinas', 'back_office',
	    'kepala_bidang', 'kasi', 'admin') NOT NULL,
	unit_id INT UNSIGNED NULL,		-- bidang of a Kepala Bidang, seksi of a Kasi
	disabled_at DATETIME NULL,
	created_at DATETIME NOT NULL,
	KEY staff_role (role, unit_id),
	FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A logged-in browser. The cookie holds a random 128-bit id; the table only
-- its hash, so that a copy of the database opens no session.
CREATE TABLE session (
	id_hash CHAR(64) NOT NULL PRIMARY KEY,
	staff_id INT UNSIGNED NOT NULL,
	created_at DATETIME NOT NULL,		-- 12 hours in all
	seen_at DATETIME NOT NULL,		-- 30 minutes idle
	KEY session_staff (staff_id),
	KEY session_seen (seen_at),
	FOREIGN KEY (staff_id) REFERENCES staff (id)
) ENGINE=InnoDB DEFAULT CHARSET=ascii COLLATE=ascii_bin;

-- Failed logins are counted per account and per address, like the misses.
ALTER TABLE attempt MODIFY kind ENUM('lacak_miss', 'submit', 'login_user',
    'login_addr') NOT NULL;
