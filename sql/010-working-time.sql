-- 010-working-time.sql: the office's working calendar (office hours per
-- weekday, holidays, cuti bersama and local closures) and the clock of each
-- step: when it started, when its time standard runs out, how much working
-- time it took. Only office hours on working days count (src/clock.c).

-- The spans of a weekday the office works (ISO weekday: 1 Senin .. 7
-- Minggu), at most four a day, in order and not overlapping (the break
-- between them does not count). A weekday with no span is not worked.
-- Defaults: Senin-Kamis 07.30-12.00 and 13.00-16.00, Jumat 07.30-11.30
-- and 13.30-16.30 (the Friday prayer); the administrator edits them.
CREATE TABLE office_hours (
	weekday TINYINT UNSIGNED NOT NULL,
	position TINYINT UNSIGNED NOT NULL,
	opens TIME NOT NULL,
	closes TIME NOT NULL,
	PRIMARY KEY (weekday, position),
	CHECK (weekday BETWEEN 1 AND 7),
	CHECK (position BETWEEN 1 AND 4),
	CHECK (opens < closes)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO office_hours (weekday, position, opens, closes) VALUES
	(1, 1, '07:30', '12:00'), (1, 2, '13:00', '16:00'),
	(2, 1, '07:30', '12:00'), (2, 2, '13:00', '16:00'),
	(3, 1, '07:30', '12:00'), (3, 2, '13:00', '16:00'),
	(4, 1, '07:30', '12:00'), (4, 2, '13:00', '16:00'),
	(5, 1, '07:30', '11:30'), (5, 2, '13:30', '16:30');

-- Days the office does not work although their weekday is worked: national
-- holidays, cuti bersama, and local closures (tutup_kantor), a whole day
-- each.
CREATE TABLE holiday (
	day DATE NOT NULL PRIMARY KEY,
	kind ENUM('libur_nasional', 'cuti_bersama', 'tutup_kantor') NOT NULL,
	name VARCHAR(200) NOT NULL,
	created_by INT UNSIGNED NULL,		-- NULL: shipped with Sibina
	created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
	FOREIGN KEY (created_by) REFERENCES staff (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- 2026: the SKB of the Minister of Religious Affairs, the Minister of
-- Manpower and the Minister of PANRB (No. 1497/2025, 2/2025, 5/2025), as
-- transcribed in ../shared/data/hari-libur-2026.csv; an administrator
-- checks it against the decree and adds the later years.
INSERT INTO holiday (day, kind, name) VALUES
	('2026-01-01', 'libur_nasional', 'Tahun Baru 2026 Masehi'),
	('2026-01-16', 'libur_nasional', 'Isra Mikraj Nabi Muhammad SAW'),
	('2026-02-16', 'cuti_bersama', 'Cuti Bersama Tahun Baru Imlek'),
	('2026-02-17', 'libur_nasional', 'Tahun Baru Imlek 2577 Kongzili'),
	('2026-03-18', 'cuti_bersama', 'Cuti Bersama Hari Suci Nyepi'),
	('2026-03-19', 'libur_nasional', 'Hari Suci Nyepi (Tahun Baru Saka 1948)'),
	('2026-03-20', 'cuti_bersama', 'Cuti Bersama Idul Fitri 1447 H'),
	('2026-03-21', 'libur_nasional', 'Idul Fitri 1447 H'),
	('2026-03-22', 'libur_nasional', 'Idul Fitri 1447 H'),
	('2026-03-23', 'cuti_bersama', 'Cuti Bersama Idul Fitri 1447 H'),
	('2026-03-24', 'cuti_bersama', 'Cuti Bersama Idul Fitri 1447 H'),
	('2026-04-03', 'libur_nasional', 'Wafat Yesus Kristus'),
	('2026-04-05', 'libur_nasional', 'Kebangkitan Yesus Kristus (Paskah)'),
	('2026-05-01', 'libur_nasional', 'Hari Buruh Internasional'),
	('2026-05-14', 'libur_nasional', 'Kenaikan Yesus Kristus'),
	('2026-05-15', 'cuti_bersama', 'Cuti Bersama Kenaikan Yesus Kristus'),
	('2026-05-27', 'libur_nasional', 'Idul Adha 1447 H'),
	('2026-05-28', 'cuti_bersama', 'Cuti Bersama Idul Adha 1447 H'),
	('2026-05-31', 'libur_nasional', 'Hari Raya Waisak 2570 BE'),
	('2026-06-01', 'libur_nasional', 'Hari Lahir Pancasila'),
	('2026-06-16', 'libur_nasional', '1 Muharam Tahun Baru Islam 1448 H'),
	('2026-08-17', 'libur_nasional', 'Proklamasi Kemerdekaan Republik Indonesia'),
	('2026-08-25', 'libur_nasional', 'Maulid Nabi Muhammad SAW'),
	('2026-12-24', 'cuti_bersama', 'Cuti Bersama Kelahiran Yesus Kristus'),
	('2026-12-25', 'libur_nasional', 'Kelahiran Yesus Kristus');

-- The calendar is published content (the standards page shows the office
-- hours) and the clock of every page that shows time.
CREATE TRIGGER office_hours_ai AFTER INSERT ON office_hours FOR EACH ROW
	UPDATE content_version SET n = n + 1 WHERE id = 1;
CREATE TRIGGER office_hours_au AFTER UPDATE ON office_hours FOR EACH ROW
	UPDATE content_version SET n = n + 1 WHERE id = 1;
CREATE TRIGGER office_hours_ad AFTER DELETE ON office_hours FOR EACH ROW
	UPDATE content_version SET n = n + 1 WHERE id = 1;
CREATE TRIGGER holiday_ai AFTER INSERT ON holiday FOR EACH ROW
	UPDATE content_version SET n = n + 1 WHERE id = 1;
CREATE TRIGGER holiday_au AFTER UPDATE ON holiday FOR EACH ROW
	UPDATE content_version SET n = n + 1 WHERE id = 1;
CREATE TRIGGER holiday_ad AFTER DELETE ON holiday FOR EACH ROW
	UPDATE content_version SET n = n + 1 WHERE id = 1;

-- The clock of the step a case waits at: when it started (step_since, or
-- for the coaching the date set in the Surat Tugas) and when its standard
-- runs out (by the calendar when the step began, or when the calendar last
-- changed); NULL for a step without a standard and a case that waits for
-- nobody. Late cases are found by index, for the inboxes of the lanes'
-- superiors.
ALTER TABLE request ADD COLUMN step_clock DATETIME NULL AFTER step_since,
	ADD COLUMN step_due DATETIME NULL AFTER step_clock,
	ADD KEY request_late (waiting, lane_id, step_due);

-- Each step a case went through, timed when it ended: by the calendar in
-- force then (a later change of the calendar does not rewrite it).
-- started_at is when its clock started: when the case came to the step,
-- and for the coaching not before the first office hour of the date set
-- in the Surat Tugas. due_at: when its standard ran out; NULL for a step
-- without one.
CREATE TABLE step_time (
	request_id BIGINT UNSIGNED NOT NULL,
	step_no TINYINT UNSIGNED NOT NULL,
	started_at DATETIME NOT NULL,
	due_at DATETIME NULL,
	ended_at DATETIME NOT NULL,
	work_seconds INT UNSIGNED NOT NULL,
	standard_seconds INT UNSIGNED NULL,
	on_time TINYINT(1) NULL,
	actor_id INT UNSIGNED NOT NULL,
	PRIMARY KEY (request_id, step_no),
	KEY step_time_ended (ended_at, step_no),
	KEY step_time_actor (actor_id, ended_at),
	FOREIGN KEY (request_id) REFERENCES request (id),
	FOREIGN KEY (actor_id) REFERENCES staff (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
