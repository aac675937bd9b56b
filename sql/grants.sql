-- grants.sql: what the programs' database user may do (run as root by ./dev;
-- @DB@ and @USER@ are replaced with the database and user names). Table by
-- table: the audit trail (event) may be read and added to, never changed.
GRANT SELECT ON `@DB@`.schema_version TO '@USER@'@'localhost';
GRANT SELECT ON `@DB@`.content_version TO '@USER@'@'localhost';
GRANT SELECT ON `@DB@`.case_version TO '@USER@'@'localhost';
GRANT SELECT, INSERT, UPDATE, DELETE ON `@DB@`.lane TO '@USER@'@'localhost';
GRANT SELECT ON `@DB@`.standard_component TO '@USER@'@'localhost';
GRANT SELECT, INSERT, UPDATE, DELETE ON `@DB@`.service TO '@USER@'@'localhost';
GRANT SELECT, INSERT ON `@DB@`.service_item TO '@USER@'@'localhost';
GRANT SELECT, INSERT ON `@DB@`.service_step TO '@USER@'@'localhost';
GRANT SELECT, INSERT, UPDATE ON `@DB@`.request TO '@USER@'@'localhost';
GRANT SELECT, INSERT ON `@DB@`.attachment TO '@USER@'@'localhost';
GRANT SELECT, INSERT ON `@DB@`.event TO '@USER@'@'localhost';
GRANT SELECT, INSERT, DELETE ON `@DB@`.attempt TO '@USER@'@'localhost';
GRANT SELECT, INSERT, UPDATE ON `@DB@`.unit TO '@USER@'@'localhost';
GRANT SELECT, INSERT, UPDATE ON `@DB@`.staff TO '@USER@'@'localhost';
GRANT SELECT, INSERT, UPDATE, DELETE ON `@DB@`.session TO '@USER@'@'localhost';
GRANT SELECT, INSERT, UPDATE ON `@DB@`.counter TO '@USER@'@'localhost';
GRANT SELECT, INSERT ON `@DB@`.surat_tugas TO '@USER@'@'localhost';
GRANT SELECT, INSERT ON `@DB@`.surat_tugas_officer TO '@USER@'@'localhost';
GRANT SELECT, INSERT ON `@DB@`.coaching TO '@USER@'@'localhost';
GRANT SELECT, INSERT ON `@DB@`.report TO '@USER@'@'localhost';
GRANT SELECT, INSERT ON `@DB@`.report_action TO '@USER@'@'localhost';
GRANT SELECT, INSERT ON `@DB@`.standard_version TO '@USER@'@'localhost';
GRANT SELECT, INSERT, UPDATE, DELETE ON `@DB@`.office_hours TO '@USER@'@'localhost';
GRANT SELECT, INSERT, UPDATE, DELETE ON `@DB@`.holiday TO '@USER@'@'localhost';
GRANT SELECT, INSERT ON `@DB@`.step_time TO '@USER@'@'localhost';
GRANT SELECT ON `@DB@`.stat_received TO '@USER@'@'localhost';
GRANT SELECT ON `@DB@`.stat_aspect TO '@USER@'@'localhost';
GRANT SELECT ON `@DB@`.stat_closed TO '@USER@'@'localhost';
GRANT SELECT ON `@DB@`.stat_step TO '@USER@'@'localhost';
GRANT SELECT ON `@DB@`.stat_actor TO '@USER@'@'localhost';
-- Complaints (sql/014): answered and closed in place; their history only grows.
GRANT SELECT, INSERT, UPDATE ON `@DB@`.complaint TO '@USER@'@'localhost';
GRANT SELECT, INSERT ON `@DB@`.complaint_event TO '@USER@'@'localhost';
-- The survey (sql/013): a response is added once and read, never changed.
GRANT SELECT, INSERT ON `@DB@`.survey_response TO '@USER@'@'localhost';
