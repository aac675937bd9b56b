-- 008-inbox-lane.sql: the lane a case waits in, kept on the request itself,
-- so that an inbox reads its 50 oldest cases in index order (waiting, lane,
-- step_since, id) without joining and sorting every waiting case first.
-- Triggers keep it equal to the lane of the case's step in its version.

ALTER TABLE request ADD COLUMN lane_id SMALLINT UNSIGNED NULL AFTER step_no,
	ADD FOREIGN KEY (lane_id) REFERENCES lane (id);
UPDATE request r JOIN service_step s ON s.version_id = r.version_id
	AND s.no = r.step_no SET r.lane_id = s.lane_id;
ALTER TABLE request ADD KEY request_lane (waiting, lane_id, step_since, id),
	-- The menu's count of a lane's (and unit's) waiting cases, from the
	-- index alone.
	ADD KEY request_lane_count (waiting, lane_id, bidang_id, seksi_id);

CREATE TRIGGER request_lane_bi BEFORE INSERT ON request FOR EACH ROW
	SET NEW.lane_id = (SELECT s.lane_id FROM service_step s
	    WHERE s.version_id = NEW.version_id AND s.no = NEW.step_no);
CREATE TRIGGER request_lane_bu BEFORE UPDATE ON request FOR EACH ROW
	SET NEW.lane_id = IF(NEW.step_no <> OLD.step_no
	    OR NEW.version_id <> OLD.version_id,
	    (SELECT s.lane_id FROM service_step s
	    WHERE s.version_id = NEW.version_id AND s.no = NEW.step_no),
	    OLD.lane_id);
