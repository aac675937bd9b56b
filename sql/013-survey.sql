-- 013-survey.sql: the satisfaction survey (SKM, PermenPANRB 14/2017): one response per finished case.
--
-- A response holds the nine elements' answers (1..4, the regulation's
-- four-point scale), the respondent's profile and an optional comment.
-- month is the first day of the month it was sent, in WIB (the programs'
-- sessions use +07:00), so that the statistics read a range of months on
-- its index as they read sql/011's tables. No name or contact is kept:
-- the case (request_id) links it to the office's records.

CREATE TABLE survey_response (
	id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	request_id BIGINT UNSIGNED NOT NULL,
	submitted_at DATETIME NOT NULL,
	month DATE NOT NULL,
	u1 TINYINT UNSIGNED NOT NULL,
	u2 TINYINT UNSIGNED NOT NULL,
	u3 TINYINT UNSIGNED NOT NULL,
	u4 TINYINT UNSIGNED NOT NULL,
	u5 TINYINT UNSIGNED NOT NULL,
	u6 TINYINT UNSIGNED NOT NULL,
	u7 TINYINT UNSIGNED NOT NULL,
	u8 TINYINT UNSIGNED NOT NULL,
	u9 TINYINT UNSIGNED NOT NULL,
	gender ENUM('L', 'P') NOT NULL,
	age TINYINT UNSIGNED NOT NULL,
	education ENUM('sd', 'smp', 'sma', 'd1d3', 'd4s1', 's2') NOT NULL,
	occupation ENUM('pns', 'tni', 'polri', 'swasta', 'wirausaha',
	    'lainnya') NOT NULL,
	comment TEXT NULL,
	UNIQUE KEY survey_response_request (request_id),
	KEY survey_response_month (month, submitted_at),
	CONSTRAINT survey_response_request_fk FOREIGN KEY (request_id)
	    REFERENCES request (id),
	CONSTRAINT survey_response_scale CHECK (
	    u1 BETWEEN 1 AND 4 AND u2 BETWEEN 1 AND 4 AND u3 BETWEEN 1 AND 4 AND
	    u4 BETWEEN 1 AND 4 AND u5 BETWEEN 1 AND 4 AND u6 BETWEEN 1 AND 4 AND
	    u7 BETWEEN 1 AND 4 AND u8 BETWEEN 1 AND 4 AND u9 BETWEEN 1 AND 4),
	CONSTRAINT survey_response_age CHECK (age BETWEEN 15 AND 100)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The public statistics and the dashboard are kept per worker for one
-- version of the requests (sql/009's case_version): a new response bumps
-- it in its own transaction, so the IKM shown is never older than it.
CREATE TRIGGER survey_response_version_ai AFTER INSERT ON survey_response
	FOR EACH ROW UPDATE case_version SET n = n + 1 WHERE id = 1;
