-- 004-abuse.sql: attempts counted per client address, so that tracking codes
-- cannot be guessed by brute force and one address cannot flood the office
-- with requests. The address itself is not kept: source is a keyed hash of
-- it (throttle.c), and rows older than a day are removed as new ones come.

CREATE TABLE attempt (
	id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	kind ENUM('lacak_miss', 'submit') NOT NULL,
	source CHAR(64) NOT NULL,
	at DATETIME NOT NULL,
	KEY attempt_source (kind, source, at),
	KEY attempt_at (at)
) ENGINE=InnoDB DEFAULT CHARSET=ascii COLLATE=ascii_bin;
