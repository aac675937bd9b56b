-- 007-standard-versions.sql: the published standard in versions. Every
-- change by an administrator makes a new version (who, when, what changed);
-- the public page shows the version in force, and a case keeps the SOP
-- steps of the version it was submitted under.

CREATE TABLE standard_version (
	id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	service_id INT UNSIGNED NOT NULL,
	number SMALLINT UNSIGNED NOT NULL,	-- 1, 2, ... per service
	sk_number VARCHAR(200) NULL,		-- NULL: not yet set by the office
	in_force_from DATETIME NOT NULL,
	created_by INT UNSIGNED NULL,		-- NULL: loaded from the document
	changes TEXT NOT NULL,			-- what changed, in words
	UNIQUE KEY version_number (service_id, number),
	FOREIGN KEY (service_id) REFERENCES service (id),
	FOREIGN KEY (created_by) REFERENCES staff (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO standard_version (service_id, number, sk_number, in_force_from,
    changes)
SELECT id, 1, sk_number, NOW(), 'Standar pelayanan sesuai dokumen kantor.'
FROM service;

-- Items and steps belong to a version.
ALTER TABLE service_item ADD COLUMN version_id INT UNSIGNED NULL AFTER service_id,
	ADD KEY item_service (service_id);
UPDATE service_item i JOIN standard_version v ON v.service_id = i.service_id
	SET i.version_id = v.id;
ALTER TABLE service_item MODIFY version_id INT UNSIGNED NOT NULL,
	DROP KEY service_id,
	ADD UNIQUE KEY item_position (version_id, component_code, position),
	ADD FOREIGN KEY (version_id) REFERENCES standard_version (id);

ALTER TABLE service_step ADD COLUMN version_id INT UNSIGNED NULL AFTER service_id,
	ADD KEY step_service (service_id);
UPDATE service_step s JOIN standard_version v ON v.service_id = s.service_id
	SET s.version_id = v.id;
ALTER TABLE service_step MODIFY version_id INT UNSIGNED NOT NULL,
	DROP KEY service_id,
	ADD UNIQUE KEY step_no (version_id, no),
	ADD FOREIGN KEY (version_id) REFERENCES standard_version (id);

ALTER TABLE request ADD COLUMN version_id INT UNSIGNED NULL AFTER service_id;
UPDATE request r JOIN standard_version v ON v.service_id = r.service_id
	SET r.version_id = v.id;
ALTER TABLE request MODIFY version_id INT UNSIGNED NOT NULL,
	ADD FOREIGN KEY (version_id) REFERENCES standard_version (id);

-- The SK number is a property of a version now.
ALTER TABLE service DROP COLUMN sk_number;

CREATE TRIGGER standard_version_ai AFTER INSERT ON standard_version
    FOR EACH ROW UPDATE content_version SET n = n + 1 WHERE id = 1;
CREATE TRIGGER standard_version_au AFTER UPDATE ON standard_version
    FOR EACH ROW UPDATE content_version SET n = n + 1 WHERE id = 1;
CREATE TRIGGER standard_version_ad AFTER DELETE ON standard_version
    FOR EACH ROW UPDATE content_version SET n = n + 1 WHERE id = 1;
