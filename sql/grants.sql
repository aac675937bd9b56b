-- grants.sql: what the programs' database user may do (run as root by ./dev;
-- @DB@ and @USER@ are replaced with the database and user names).
GRANT SELECT, INSERT, UPDATE, DELETE ON `@DB@`.* TO '@USER@'@'localhost';
