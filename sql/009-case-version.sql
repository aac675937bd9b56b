-- 009-case-version.sql: a number that changes with every change to a
-- request, so that a worker knows with one read whether what it keeps of
-- the inboxes (their counts, their rendered pages) is still current. The
-- staff session's statement reads it with the session.

CREATE TABLE case_version (
	id TINYINT UNSIGNED NOT NULL PRIMARY KEY,
	n BIGINT UNSIGNED NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO case_version (id, n) VALUES (1, 1);

-- In the writing transaction: a reader that sees the new number also sees
-- the change (the row lock orders the bumps as the commits).
CREATE TRIGGER request_version_ai AFTER INSERT ON request FOR EACH ROW
	UPDATE case_version SET n = n + 1 WHERE id = 1;
CREATE TRIGGER request_version_au AFTER UPDATE ON request FOR EACH ROW
	UPDATE case_version SET n = n + 1 WHERE id = 1;
CREATE TRIGGER request_version_ad AFTER DELETE ON request FOR EACH ROW
	UPDATE case_version SET n = n + 1 WHERE id = 1;
