-- 011-statistics.sql: the figures of the dashboard and of the public
-- statistics, kept up to date by triggers in the transaction of each change,
-- so that reading them costs the same with a thousand cases or a million.
--
-- Months are the first day of a month, in WIB (the programs' sessions use
-- +07:00). Durations are kept in histograms of working minutes: to the
-- minute up to an hour, to 5 minutes up to 8 hours, to 30 minutes up to 5
-- days, to the day beyond; each rounded up, so a step that took 2 min 10 s
-- counts as 3 minutes, and one within a standard of N minutes counts as at
-- most N. The bucket expression is written out in each trigger below and
-- in the back-fill at the end (src/stats.c reads the buckets as minutes).

-- Requests received, by month, kecamatan and applicant type.
CREATE TABLE stat_received (
	month DATE NOT NULL,
	kecamatan VARCHAR(40) NOT NULL,
	applicant_type VARCHAR(16) NOT NULL,
	n INT UNSIGNED NOT NULL,
	PRIMARY KEY (month, kecamatan, applicant_type)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Requests received, by month and coaching aspect (a request may ask for
-- several).
CREATE TABLE stat_aspect (
	month DATE NOT NULL,
	aspect VARCHAR(20) NOT NULL,
	n INT UNSIGNED NOT NULL,
	PRIMARY KEY (month, aspect)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Cases closed, by the month they closed, how (selesai: the report is
-- done; dikembalikan: returned to the applicant) and their working time
-- (the sum of their steps'); on_time counts those whose every step was
-- within its standard.
CREATE TABLE stat_closed (
	month DATE NOT NULL,
	outcome ENUM('selesai', 'dikembalikan') NOT NULL,
	bucket INT UNSIGNED NOT NULL,
	n INT UNSIGNED NOT NULL,
	on_time INT UNSIGNED NOT NULL,
	PRIMARY KEY (month, outcome, bucket)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Steps ended, by month, SOP step and working time.
CREATE TABLE stat_step (
	month DATE NOT NULL,
	step_no TINYINT UNSIGNED NOT NULL,
	bucket INT UNSIGNED NOT NULL,
	n INT UNSIGNED NOT NULL,
	on_time INT UNSIGNED NOT NULL,
	PRIMARY KEY (month, step_no, bucket)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Steps ended, by month, officer and step: the workload.
CREATE TABLE stat_actor (
	month DATE NOT NULL,
	actor_id INT UNSIGNED NOT NULL,
	step_no TINYINT UNSIGNED NOT NULL,
	n INT UNSIGNED NOT NULL,
	on_time INT UNSIGNED NOT NULL,
	work_seconds BIGINT UNSIGNED NOT NULL,
	PRIMARY KEY (month, actor_id, step_no),
	FOREIGN KEY (actor_id) REFERENCES staff (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TRIGGER request_stat_received AFTER INSERT ON request FOR EACH ROW
	INSERT INTO stat_received (month, kecamatan, applicant_type, n)
	VALUES (DATE_FORMAT(NEW.submitted_at, '%Y-%m-01'), NEW.kecamatan,
	    NEW.applicant_type, 1)
	ON DUPLICATE KEY UPDATE n = n + 1;

-- The aspects of request.aspects, one row each: the members of sql/003's
-- SET, as src/domain.c's aspects[] lists them.
CREATE TRIGGER request_stat_aspect AFTER INSERT ON request FOR EACH ROW
	INSERT INTO stat_aspect (month, aspect, n)
	SELECT DATE_FORMAT(NEW.submitted_at, '%Y-%m-01'), a.aspect, 1
	FROM (SELECT 'kelembagaan' AS aspect UNION ALL SELECT 'produksi'
	    UNION ALL SELECT 'pemasaran' UNION ALL SELECT 'keuangan'
	    UNION ALL SELECT 'sdm' UNION ALL SELECT 'perizinan'
	    UNION ALL SELECT 'digitalisasi') a
	WHERE FIND_IN_SET(a.aspect, NEW.aspects) > 0
	ON DUPLICATE KEY UPDATE n = n + 1;

-- When a case closes, in the month its last step ended: its steps'
-- step_time rows are written before the act moves it (src/wf.c), so they
-- are all here.
CREATE TRIGGER request_stat_closed AFTER UPDATE ON request FOR EACH ROW
	INSERT INTO stat_closed (month, outcome, bucket, n, on_time)
	SELECT DATE_FORMAT(MAX(t.ended_at), '%Y-%m-01'), NEW.status,
	    CASE WHEN SUM(t.work_seconds) <= 3600
		THEN CEIL(SUM(t.work_seconds) / 60)
	    WHEN SUM(t.work_seconds) <= 28800
		THEN CEIL(SUM(t.work_seconds) / 300) * 5
	    WHEN SUM(t.work_seconds) <= 432000
		THEN CEIL(SUM(t.work_seconds) / 1800) * 30
	    ELSE CEIL(SUM(t.work_seconds) / 86400) * 1440 END,
	    1, IF(COALESCE(MIN(t.on_time), 1) = 1, 1, 0)
	FROM step_time t
	WHERE t.request_id = NEW.id AND NEW.status <> OLD.status
	    AND NEW.status IN ('selesai', 'dikembalikan')
	GROUP BY t.request_id
	ON DUPLICATE KEY UPDATE n = n + 1, on_time = on_time + VALUES(on_time);

CREATE TRIGGER step_time_stat_step AFTER INSERT ON step_time FOR EACH ROW
	INSERT INTO stat_step (month, step_no, bucket, n, on_time)
	VALUES (DATE_FORMAT(NEW.ended_at, '%Y-%m-01'), NEW.step_no,
	    CASE WHEN NEW.work_seconds <= 3600
		THEN CEIL(NEW.work_seconds / 60)
	    WHEN NEW.work_seconds <= 28800
		THEN CEIL(NEW.work_seconds / 300) * 5
	    WHEN NEW.work_seconds <= 432000
		THEN CEIL(NEW.work_seconds / 1800) * 30
	    ELSE CEIL(NEW.work_seconds / 86400) * 1440 END,
	    1, COALESCE(NEW.on_time, 1))
	ON DUPLICATE KEY UPDATE n = n + 1, on_time = on_time + VALUES(on_time);

CREATE TRIGGER step_time_stat_actor AFTER INSERT ON step_time FOR EACH ROW
	INSERT INTO stat_actor (month, actor_id, step_no, n, on_time,
	    work_seconds)
	VALUES (DATE_FORMAT(NEW.ended_at, '%Y-%m-01'), NEW.actor_id,
	    NEW.step_no, 1, COALESCE(NEW.on_time, 1), NEW.work_seconds)
	ON DUPLICATE KEY UPDATE n = n + 1, on_time = on_time + VALUES(on_time),
	    work_seconds = work_seconds + VALUES(work_seconds);

-- The requests already in the database (step_time is new in 010: cases
-- that moved before it have no durations).
INSERT INTO stat_received (month, kecamatan, applicant_type, n)
	SELECT DATE_FORMAT(submitted_at, '%Y-%m-01'), kecamatan, applicant_type,
	    COUNT(*)
	FROM request GROUP BY 1, 2, 3;
INSERT INTO stat_aspect (month, aspect, n)
	SELECT DATE_FORMAT(r.submitted_at, '%Y-%m-01'), a.aspect, COUNT(*)
	FROM request r JOIN (SELECT 'kelembagaan' AS aspect
	    UNION ALL SELECT 'produksi' UNION ALL SELECT 'pemasaran'
	    UNION ALL SELECT 'keuangan' UNION ALL SELECT 'sdm'
	    UNION ALL SELECT 'perizinan' UNION ALL SELECT 'digitalisasi') a
	    ON FIND_IN_SET(a.aspect, r.aspects) > 0
	GROUP BY 1, 2;
