/* db.c: the worker's MariaDB connection and its named prepared statements. */
#include "sibina.h"

#include <errmsg.h>
#include <mysql.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A moment as the office writes it: "29 November 2026 pukul 10.15 WIB". */
#define WIB_TEXT(col) \
	"CONCAT(DATE_FORMAT(" col ", '%e %M %Y pukul %H.%i'), ' WIB')"
/* A file as people name it: its kind, its type, its size ("1,2 MB"). */
#define FILE_LABELS \
	"CASE kind WHEN 'surat_permohonan' THEN 'Surat Permohonan'" \
	" WHEN 'foto_pembinaan' THEN 'Foto pembinaan'" \
	" ELSE 'Berkas pendukung' END AS kind_label," \
	" CASE mime WHEN 'application/pdf' THEN 'PDF'" \
	" WHEN 'image/jpeg' THEN 'JPEG' WHEN 'image/png' THEN 'PNG'" \
	" ELSE mime END AS type_label," \
	" CASE WHEN size >= 1048576" \
	" THEN CONCAT(FORMAT(size / 1048576, 1, 'id_ID'), ' MB')" \
	" ELSE CONCAT(CEIL(size / 1024), ' KB') END AS size_text"
/* A date as the office writes it: "29 November 2026". */
#define DATE_TEXT(col) "DATE_FORMAT(" col ", '%e %M %Y')"
/*
 * The cases a user may see (page_inbox.c's case_scope binds the five
 * arguments): all, those of a bidang, or those of a seksi.
 */
/* A step's time standard in words: "3 menit", "1 hari" ('' for none). */
#define STEP_TIME_TEXT(s) \
	"CASE WHEN " s ".time_amount IS NULL THEN ''" \
	" ELSE CONCAT(" s ".time_amount, ' ', CASE " s ".time_unit" \
	"  WHEN 'minute' THEN 'menit' WHEN 'hour' THEN 'jam'" \
	"  WHEN 'day' THEN 'hari' WHEN 'workday' THEN 'hari kerja' END) END"
/*
 * A row of an inbox (r: request, s: its step): the case, and its step's
 * clock (epochs; 0: none) and standard; since_key orders the pages.
 */
#define INBOX_COLUMNS \
	"r.id, r.tracking_code, r.business_name," \
	" COALESCE(r.agenda_no, '') AS agenda_no, r.step_no, s.activity," \
	" r.status, " WIB_TEXT("r.step_since") " AS since_text," \
	" COALESCE(UNIX_TIMESTAMP(r.step_clock), 0) AS clock_from," \
	" COALESCE(UNIX_TIMESTAMP(r.step_due), 0) AS due_at," \
	" COALESCE(" DATE_TEXT("r.step_clock") ", '') AS clock_date, " \
	STEP_TIME_TEXT("s") " AS time_text," \
	" UNIX_TIMESTAMP(r.step_since) AS since_key"
#define CASE_SCOPE \
	"(? = 1 OR (? > 0 AND r.bidang_id = ?) OR (? > 0 AND r.seksi_id = ?))"
/* A list of cases: the scope, a status ('' any), the last id shown (0). */
#define CASE_LIST \
	"SELECT r.id, r.tracking_code, r.business_name," \
	" COALESCE(r.agenda_no, '') AS agenda_no, r.applicant_type," \
	" r.kecamatan, r.status, r.step_no, s.activity, " \
	WIB_TEXT("r.submitted_at") " AS submitted_text" \
	" FROM request r JOIN service_step s ON s.version_id = r.version_id" \
	" AND s.no = r.step_no WHERE " CASE_SCOPE \
	" AND (? = '' OR r.status = ?) AND (? = 0 OR r.id < ?)"

/*
 * Every statement the programs may run, by name. No SQL is assembled at
 * run time: handlers pick a statement and bind their values.
 */
static const char *const stmt_sql[STMT__MAX] = {
	[STMT_VERSIONS] =
	    "SELECT (SELECT MAX(version) FROM schema_version) AS schema_v,"
	    " (SELECT n FROM content_version WHERE id = 1) AS content_v",
	[STMT_SERVICE_LIST] =
	    "SELECT slug, name FROM service ORDER BY id",
	/* A service with the version of its standard in force (the latest). */
	[STMT_SERVICE_BY_SLUG] =
	    "SELECT s.id, s.slug, s.name, COALESCE(v.sk_number, '') AS sk_number,"
	    " s.office_name AS office, v.id AS version_id,"
	    " v.number AS version_number, "
	    DATE_TEXT("v.in_force_from") " AS version_since"
	    " FROM service s JOIN standard_version v ON v.service_id = s.id"
	    " WHERE s.slug = ? ORDER BY v.number DESC LIMIT 1",
	[STMT_SERVICE_COMPONENTS] =
	    "SELECT code, title FROM standard_component ORDER BY position",
	[STMT_SERVICE_ITEMS] =
	    "SELECT i.component_code AS code, i.text FROM service_item i"
	    " JOIN standard_component c ON c.code = i.component_code"
	    " WHERE i.version_id = ? ORDER BY c.position, i.position",
	[STMT_SERVICE_STEPS] =
	    "SELECT s.no, s.activity, l.position - 1 AS lane_pos,"
	    " l.name AS lane_name, s.input, s.output, s.symbol, "
	    STEP_TIME_TEXT("s") " AS time_text"
	    " FROM service_step s JOIN lane l ON l.id = s.lane_id"
	    " WHERE s.version_id = ? ORDER BY s.no",
	[STMT_LANES] =
	    "SELECT code, name FROM lane ORDER BY position",
	[STMT_REQUEST_INSERT] =
	    "INSERT INTO request (tracking_code, submit_key, service_id,"
	    " applicant_type, business_name, contact_name, contact_position,"
	    " phone, email, address, kecamatan, nagari, sector, nib,"
	    " legal_number, aspects, description, step_no, version_id,"
	    " consent_at, submitted_at, step_since)"
	    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
	    " NOW(), NOW(), NOW())",
	[STMT_REQUEST_BY_SUBMIT_KEY] =
	    "SELECT id, tracking_code FROM request WHERE submit_key = ?",
	[STMT_ATTACHMENT_INSERT] =
	    "INSERT INTO attachment (request_id, kind, stored_name, sha256,"
	    " mime, size, original_name) VALUES (?, ?, ?, ?, ?, ?, ?)",
	[STMT_EVENT_INSERT] =
	    "INSERT INTO event (request_id, at, step_no, action, actor_role,"
	    " actor_id, note) VALUES (?, NOW(), ?, ?, ?, ?, ?)",
	/* What the public may see of a request: no personal data. */
	[STMT_REQUEST_BY_CODE] =
	    "SELECT r.id, r.tracking_code, r.business_name, r.applicant_type,"
	    " r.status, r.step_no, r.service_id, r.version_id, "
	    WIB_TEXT("r.submitted_at") " AS submitted_text,"
	    " s.slug AS service_slug, s.name AS service_name,"
	    " COALESCE(r.return_reason, '') AS return_reason,"
	    " EXISTS (SELECT 1 FROM survey_response v WHERE v.request_id = r.id)"
	    " AS surveyed"
	    " FROM request r JOIN service s ON s.id = r.service_id"
	    " WHERE r.tracking_code = ?",
	[STMT_REQUEST_FILES] =
	    "SELECT " FILE_LABELS ", LEFT(sha256, 16) AS sha256_short"
	    " FROM attachment WHERE request_id = ? ORDER BY id",
	/*
	 * When each step of a request was first done, and the working time it
	 * took against its standard (sql/010's step_time; -1: not timed).
	 */
	[STMT_REQUEST_STEP_TIMES] =
	    "SELECT e.step_no, " WIB_TEXT("MIN(e.at)") " AS at_text,"
	    " COALESCE(MAX(t.work_seconds), -1) AS work_seconds,"
	    " COALESCE(MAX(t.on_time), 1) AS on_time"
	    " FROM event e LEFT JOIN step_time t ON t.request_id = e.request_id"
	    " AND t.step_no = e.step_no WHERE e.request_id = ? GROUP BY e.step_no",
	[STMT_ATTEMPT_COUNT] =
	    "SELECT COUNT(*) AS n FROM attempt WHERE kind = ? AND source = ?"
	    " AND at > NOW() - INTERVAL ? SECOND",
	[STMT_ATTEMPT_INSERT] =
	    "INSERT INTO attempt (kind, source, at) VALUES (?, ?, NOW())",
	/* A few at a time, so that no request pays for a big clean-up. */
	[STMT_ATTEMPT_PURGE] =
	    "DELETE FROM attempt WHERE at < NOW() - INTERVAL 1 DAY LIMIT 100",
	[STMT_SESSION_INSERT] =
	    "INSERT INTO session (id_hash, staff_id, created_at, seen_at)"
	    " VALUES (?, ?, NOW(), NOW())",
	[STMT_SESSION_PURGE] =
	    "DELETE FROM session WHERE seen_at < NOW() - INTERVAL 1 DAY"
	    " LIMIT 100",
	/*
	 * A live session: neither idle nor old, of an account in use; with
	 * the requests' version, which tells whether the inbox counts and
	 * pages the worker keeps are current.
	 */
	[STMT_SESSION_LOAD] =
	    "SELECT st.id, st.username, st.name, st.role,"
	    " COALESCE(st.unit_id, 0) AS unit_id, COALESCE(u.name, '')"
	    " AS unit_name, st.must_change_password,"
	    " TIMESTAMPDIFF(SECOND, s.seen_at, NOW()) AS idle,"
	    " (SELECT n FROM case_version WHERE id = 1) AS case_version"
	    " FROM session s JOIN staff st ON st.id = s.staff_id"
	    " LEFT JOIN unit u ON u.id = st.unit_id"
	    " WHERE s.id_hash = ? AND s.seen_at > NOW() - INTERVAL ? SECOND"
	    " AND s.created_at > NOW() - INTERVAL ? SECOND"
	    " AND st.disabled_at IS NULL",
	[STMT_SESSION_TOUCH] =
	    "UPDATE session SET seen_at = NOW() WHERE id_hash = ?",
	[STMT_SESSION_DELETE] =
	    "DELETE FROM session WHERE id_hash = ?",
	[STMT_SESSION_DELETE_STAFF] =
	    "DELETE FROM session WHERE staff_id = ? AND id_hash <> ?",
	[STMT_STAFF_LOGIN] =
	    "SELECT id, password_hash, disabled_at IS NOT NULL AS disabled,"
	    " must_change_password FROM staff WHERE username = ?",
	[STMT_STAFF_PASSWORD] =
	    "SELECT username, password_hash FROM staff WHERE id = ?",
	[STMT_STAFF_PASSWORD_SET] =
	    "UPDATE staff SET password_hash = ?, must_change_password = ?"
	    " WHERE id = ?",
	[STMT_STAFF_LIST] =
	    "SELECT st.id, st.username, st.name, COALESCE(st.nip, '') AS nip,"
	    " COALESCE(st.rank, '') AS rank,"
	    " COALESCE(st.position, '') AS position, st.role,"
	    " COALESCE(u.name, '') AS unit_name,"
	    " st.disabled_at IS NOT NULL AS disabled"
	    " FROM staff st LEFT JOIN unit u ON u.id = st.unit_id"
	    " ORDER BY st.disabled_at IS NOT NULL, st.name",
	[STMT_STAFF_BY_ID] =
	    "SELECT id, username, name, COALESCE(nip, '') AS nip,"
	    " COALESCE(rank, '') AS rank, COALESCE(position, '') AS position,"
	    " role, COALESCE(unit_id, '') AS unit_id,"
	    " disabled_at IS NOT NULL AS disabled FROM staff WHERE id = ?",
	[STMT_STAFF_INSERT] =
	    "INSERT INTO staff (username, password_hash, must_change_password,"
	    " name, nip, rank, position, role, unit_id, created_at)"
	    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NOW())",
	[STMT_STAFF_UPDATE] =
	    "UPDATE staff SET name = ?, nip = ?, rank = ?, position = ?,"
	    " role = ?, unit_id = ? WHERE id = ?",
	[STMT_STAFF_DISABLE] =
	    "UPDATE staff SET disabled_at = IF(? = 1, NULL,"
	    " COALESCE(disabled_at, NOW())) WHERE id = ?",
	[STMT_UNIT_LIST] =
	    "SELECT u.id, u.kind, u.name, COALESCE(u.parent_id, '') AS parent_id,"
	    " COALESCE(p.name, '') AS parent_name, u.active"
	    " FROM unit u LEFT JOIN unit p ON p.id = u.parent_id"
	    " ORDER BY COALESCE(p.name, u.name), u.kind, u.name",
	[STMT_UNIT_BY_ID] =
	    "SELECT id, kind, name, COALESCE(parent_id, '') AS parent_id, active"
	    " FROM unit WHERE id = ?",
	[STMT_UNIT_BY_NAME] =
	    "SELECT id, kind FROM unit WHERE name = ?",
	[STMT_UNIT_INSERT] =
	    "INSERT INTO unit (kind, parent_id, name) VALUES (?, ?, ?)",
	[STMT_UNIT_UPDATE] =
	    "UPDATE unit SET name = ?, parent_id = ?, active = ? WHERE id = ?",
	/*
	 * How many cases wait for a role (and its unit), from the index
	 * request_lane_count alone. Arguments: lane code, bidang id (0: any)
	 * twice, seksi id (0: any) twice.
	 */
	[STMT_INBOX_COUNT] =
	    "SELECT COUNT(*) AS n FROM request r FORCE INDEX (request_lane_count)"
	    " WHERE r.waiting = 1"
	    " AND r.lane_id = (SELECT l.id FROM lane l WHERE l.code = ?)"
	    " AND (? = 0 OR r.bidang_id = ?) AND (? = 0 OR r.seksi_id = ?)",
	/*
	 * The cases waiting for a role (and its unit), oldest first, read in
	 * the order of the index request_lane (waiting, lane_id, step_since,
	 * id), forced: the optimizer then weighs no other index of the
	 * table's many at each run (its dives cost more than the read).
	 * Arguments: lane code, bidang id (0: any) twice, seksi id (0:
	 * any) twice, and the keyset of the last row shown (step_since as
	 * epoch, twice, and id).
	 */
	[STMT_INBOX] =
	    "SELECT STRAIGHT_JOIN " INBOX_COLUMNS
	    " FROM request r FORCE INDEX (request_lane)"
	    " JOIN service_step s ON s.version_id = r.version_id"
	    " AND s.no = r.step_no"
	    " WHERE r.waiting = 1"
	    " AND r.lane_id = (SELECT l.id FROM lane l WHERE l.code = ?)"
	    " AND (? = 0 OR r.bidang_id = ?) AND (? = 0 OR r.seksi_id = ?)"
	    " AND (r.step_since > FROM_UNIXTIME(?)"
	    "  OR (r.step_since = FROM_UNIXTIME(?) AND r.id > ?))"
	    " ORDER BY r.step_since, r.id LIMIT 51",
	/*
	 * The cases a user may see, newest first. Arguments: scope (1: all),
	 * bidang id, bidang id, seksi id, seksi id, status ('' any), status,
	 * the last id shown (0: none).
	 */
	[STMT_CASES] =
	    CASE_LIST
	    " ORDER BY r.id DESC LIMIT 51",
	/* The same, for a tracking code, an agenda number, or name words. */
	[STMT_CASES_BY_CODE] =
	    CASE_LIST
	    " AND r.tracking_code = ?"
	    " ORDER BY r.id DESC LIMIT 51",
	[STMT_CASES_BY_AGENDA] =
	    CASE_LIST
	    " AND r.agenda_no = ?"
	    " ORDER BY r.id DESC LIMIT 51",
	[STMT_CASES_BY_NAME] =
	    CASE_LIST
	    " AND MATCH (r.business_name) AGAINST (? IN BOOLEAN MODE)"
	    " ORDER BY r.id DESC LIMIT 51",
	/*
	 * ---- Exports (page_export.c), read row by row with db_each. ----
	 * The agenda book: the requests with an agenda number received from
	 * one date to another (YYYY-MM-DD, both included).
	 */
	[STMT_EXPORT_AGENDA] =
	    "SELECT r.agenda_no,"
	    " DATE_FORMAT(r.received_on, '%Y-%m-%d') AS received_on,"
	    " CONCAT(r.business_name, ' (', r.contact_name, ')') AS origin,"
	    " COALESCE(r.letter_no, '') AS letter_no,"
	    " COALESCE(DATE_FORMAT(r.letter_date, '%Y-%m-%d'), '')"
	    " AS letter_date, COALESCE(r.perihal, '') AS perihal,"
	    " COALESCE(r.sifat, '') AS sifat"
	    " FROM request r WHERE r.agenda_no IS NOT NULL"
	    " AND r.received_on BETWEEN CAST(? AS DATE) AND CAST(? AS DATE)"
	    " ORDER BY r.received_on, r.agenda_no",
	/*
	 * The cases submitted from one date to another (WIB, both included)
	 * that a user may see (then the five arguments of case_scope).
	 */
	[STMT_EXPORT_CASES] =
	    "SELECT r.tracking_code,"
	    " DATE_FORMAT(r.submitted_at, '%Y-%m-%d') AS submitted_on,"
	    " r.business_name, r.applicant_type, r.kecamatan, r.nagari,"
	    " r.aspects, r.status, CONCAT(r.step_no, '. ', s.activity) AS step,"
	    " COALESCE(r.agenda_no, '') AS agenda_no,"
	    " COALESCE(b.name, '') AS bidang_name,"
	    " COALESCE(k.name, '') AS seksi_name"
	    " FROM request r JOIN service_step s ON s.version_id = r.version_id"
	    " AND s.no = r.step_no"
	    " LEFT JOIN unit b ON b.id = r.bidang_id"
	    " LEFT JOIN unit k ON k.id = r.seksi_id"
	    " WHERE r.submitted_at >= CAST(? AS DATE)"
	    " AND r.submitted_at < CAST(? AS DATE) + INTERVAL 1 DAY"
	    " AND " CASE_SCOPE
	    " ORDER BY r.submitted_at, r.id",
	/* A case as staff see it, if the user may (visibility arguments). */
	[STMT_CASE] =
	    "SELECT r.id, r.tracking_code, r.version, r.status, r.step_no,"
	    " r.waiting, r.service_id, r.version_id, s.activity, s.action,"
	    " l.code AS lane,"
	    " l.name AS lane_name, r.applicant_type, r.business_name,"
	    " r.contact_name, r.contact_position, r.phone,"
	    " COALESCE(r.email, '') AS email, r.address, r.kecamatan, r.nagari,"
	    " r.sector, COALESCE(r.nib, '') AS nib,"
	    " COALESCE(r.legal_number, '') AS legal_number, r.aspects,"
	    " r.description, " WIB_TEXT("r.submitted_at") " AS submitted_text,"
	    " COALESCE(r.agenda_no, '') AS agenda_no,"
	    " COALESCE(" DATE_TEXT("r.received_on") ", '') AS received_text,"
	    " COALESCE(r.letter_no, '') AS letter_no,"
	    " COALESCE(" DATE_TEXT("r.letter_date") ", '') AS letter_date_text,"
	    " COALESCE(r.sifat, '') AS sifat, COALESCE(r.perihal, '') AS perihal,"
	    " COALESCE(r.return_reason, '') AS return_reason,"
	    " COALESCE(r.bidang_id, 0) AS bidang_id,"
	    " COALESCE(r.seksi_id, 0) AS seksi_id,"
	    " COALESCE(b.name, '') AS bidang_name,"
	    " COALESCE(k.name, '') AS seksi_name"
	    " FROM request r JOIN service_step s ON s.version_id = r.version_id"
	    " AND s.no = r.step_no JOIN lane l ON l.id = s.lane_id"
	    " LEFT JOIN unit b ON b.id = r.bidang_id"
	    " LEFT JOIN unit k ON k.id = r.seksi_id"
	    " WHERE r.id = ? AND " CASE_SCOPE,
	[STMT_CASE_FILES] =
	    "SELECT id, kind, mime, original_name, " FILE_LABELS ","
	    " mime LIKE 'image/%' AS is_image, mime = 'application/pdf' AS is_pdf"
	    " FROM attachment WHERE request_id = ? ORDER BY id",
	[STMT_CASE_EVENTS] =
	    "SELECT " WIB_TEXT("e.at") " AS at_text, e.step_no, e.action,"
	    " e.actor_role, COALESCE(st.name, '') AS actor_name,"
	    " COALESCE(st.nip, '') AS actor_nip,"
	    " COALESCE(st.position, '') AS actor_position,"
	    " COALESCE(e.note, '') AS note, COALESCE(u.name, '')"
	    " AS target_unit_name"
	    " FROM event e LEFT JOIN staff st ON st.id = e.actor_id"
	    " LEFT JOIN unit u ON u.id = e.target_unit_id"
	    " WHERE e.request_id = ? ORDER BY e.id",
	/* The case an act is about, locked until the act commits. */
	[STMT_CASE_LOCK] =
	    "SELECT r.id, r.version, r.status, r.step_no, r.waiting,"
	    " r.service_id, r.version_id, COALESCE(r.bidang_id, 0) AS bidang_id,"
	    " COALESCE(r.seksi_id, 0) AS seksi_id, s.action, l.code AS lane"
	    " FROM request r JOIN service_step s ON s.version_id = r.version_id"
	    " AND s.no = r.step_no JOIN lane l ON l.id = s.lane_id"
	    " WHERE r.id = ? FOR UPDATE",
	[STMT_CASE_ADVANCE] =
	    "UPDATE request SET step_no = ?, status = ?, step_since = NOW(),"
	    " version = version + 1 WHERE id = ? AND version = ?",
	[STMT_CASE_AGENDA] =
	    "UPDATE request SET agenda_no = ?, received_on = ?, letter_no = ?,"
	    " letter_date = ?, sifat = ?, perihal = ? WHERE id = ?",
	[STMT_CASE_RETURN] =
	    "UPDATE request SET return_reason = ? WHERE id = ?",
	[STMT_CASE_BIDANG] =
	    "UPDATE request SET bidang_id = ? WHERE id = ?",
	[STMT_CASE_SEKSI] =
	    "UPDATE request SET seksi_id = ? WHERE id = ?",
	/* Who acted last on a case, for the one who came second. */
	[STMT_CASE_LAST_ACTOR] =
	    "SELECT COALESCE(st.name, 'pemohon') AS name, e.actor_role,"
	    " " WIB_TEXT("e.at") " AS at_text"
	    " FROM event e LEFT JOIN staff st ON st.id = e.actor_id"
	    " WHERE e.request_id = ? ORDER BY e.id DESC LIMIT 1",
	[STMT_NEXT_STEP] =
	    "SELECT COALESCE(MIN(no), 0) AS no FROM service_step"
	    " WHERE version_id = ? AND no > ?",
	/*
	 * The next number of a per-year counter: the row stays locked until
	 * the act commits, so concurrent acts queue and a rolled-back act
	 * gives its number back.
	 */
	[STMT_COUNTER_NEXT] =
	    "INSERT INTO counter (name, year, last) VALUES (?, ?,"
	    " LAST_INSERT_ID(1)) ON DUPLICATE KEY UPDATE"
	    " last = LAST_INSERT_ID(last + 1)",
	[STMT_ACT_EVENT] =
	    "INSERT INTO event (request_id, at, step_no, action, actor_role,"
	    " actor_id, note, target_unit_id)"
	    " VALUES (?, NOW(), ?, ?, ?, ?, ?, ?)",
	[STMT_SURAT_TUGAS_INSERT] =
	    "INSERT INTO surat_tugas (request_id, number, dasar, purpose, place,"
	    " date_from, date_to, signer_id, created_by, created_at)"
	    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NOW())",
	[STMT_OFFICER_INSERT] =
	    "INSERT INTO surat_tugas_officer (surat_tugas_id, position, staff_id)"
	    " VALUES (?, ?, ?)",
	[STMT_SURAT_TUGAS] =
	    "SELECT t.id, t.number, t.dasar, t.purpose, t.place,"
	    " " DATE_TEXT("t.date_from") " AS from_text,"
	    " " DATE_TEXT("t.date_to") " AS to_text,"
	    " s.name AS signer_name, COALESCE(s.nip, '') AS signer_nip,"
	    " COALESCE(s.position, '') AS signer_position,"
	    " " DATE_TEXT("t.created_at") " AS created_text"
	    " FROM surat_tugas t JOIN staff s ON s.id = t.signer_id"
	    " WHERE t.request_id = ?",
	[STMT_SURAT_TUGAS_OFFICERS] =
	    "SELECT s.name, COALESCE(s.nip, '') AS nip,"
	    " COALESCE(s.rank, '') AS rank, COALESCE(s.position, '') AS position"
	    " FROM surat_tugas_officer o JOIN staff s ON s.id = o.staff_id"
	    " WHERE o.surat_tugas_id = ? ORDER BY o.position",
	[STMT_COACHING_INSERT] =
	    "INSERT INTO coaching (request_id, held_on, attendees, notes,"
	    " recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, NOW())",
	[STMT_COACHING] =
	    "SELECT " DATE_TEXT("held_on") " AS held_text, attendees, notes"
	    " FROM coaching WHERE request_id = ?",
	[STMT_REPORT_INSERT] =
	    "INSERT INTO report (request_id, findings, advice, written_by,"
	    " written_at) VALUES (?, ?, ?, ?, NOW())",
	[STMT_REPORT_ACTION_INSERT] =
	    "INSERT INTO report_action (request_id, position, action, due_on)"
	    " VALUES (?, ?, ?, ?)",
	[STMT_REPORT] =
	    "SELECT findings, advice, " DATE_TEXT("written_at") " AS written_text"
	    " FROM report WHERE request_id = ?",
	[STMT_REPORT_ACTIONS] =
	    "SELECT action, " DATE_TEXT("due_on") " AS due_text"
	    " FROM report_action WHERE request_id = ? ORDER BY position",
	/* A file of a case, for a user who may see the case. */
	[STMT_ATTACHMENT] =
	    "SELECT a.id, a.kind, a.stored_name, a.mime, a.size"
	    " FROM attachment a JOIN request r ON r.id = a.request_id"
	    " WHERE a.id = ? AND " CASE_SCOPE,
	/* Who may be sent on a coaching: active staff with a NIP. */
	[STMT_OFFICERS] =
	    "SELECT id, name, nip, COALESCE(position, '') AS position"
	    " FROM staff WHERE disabled_at IS NULL AND nip IS NOT NULL"
	    " ORDER BY name",
	/* Who may sign a Surat Tugas: the Kepala Dinas, a Kepala Bidang. */
	[STMT_SIGNERS] =
	    "SELECT id, name, role, COALESCE(position, '') AS position"
	    " FROM staff WHERE disabled_at IS NULL"
	    " AND role IN ('kepala_dinas', 'kepala_bidang')"
	    " ORDER BY role = 'kepala_bidang', name",
	/* The services with the version of their standard in force. */
	[STMT_STANDARD_LIST] =
	    "SELECT s.id, s.name, s.slug, v.number AS version_number, "
	    DATE_TEXT("v.in_force_from") " AS version_since,"
	    " COALESCE(v.sk_number, '') AS sk_number"
	    " FROM service s JOIN standard_version v ON v.service_id = s.id"
	    " AND v.number = (SELECT MAX(number) FROM standard_version"
	    " WHERE service_id = s.id) ORDER BY s.id",
	[STMT_SERVICE_BY_ID] =
	    "SELECT s.id, s.slug, s.name, COALESCE(v.sk_number, '') AS sk_number,"
	    " v.id AS version_id, v.number AS version_number, "
	    DATE_TEXT("v.in_force_from") " AS version_since"
	    " FROM service s JOIN standard_version v ON v.service_id = s.id"
	    " WHERE s.id = ? ORDER BY v.number DESC LIMIT 1",
	[STMT_STEPS_OF_VERSION] =
	    "SELECT s.no, s.activity, l.code AS lane, s.input,"
	    " COALESCE(s.time_amount, '') AS time_amount,"
	    " COALESCE(s.time_unit, '') AS time_unit, s.output, s.symbol,"
	    " COALESCE(s.action, '') AS action"
	    " FROM service_step s JOIN lane l ON l.id = s.lane_id"
	    " WHERE s.version_id = ? ORDER BY s.no",
	[STMT_VERSIONS_OF] =
	    "SELECT v.number, " WIB_TEXT("v.in_force_from") " AS since_text,"
	    " COALESCE(st.name, 'Dokumen kantor') AS creator_name, v.changes"
	    " FROM standard_version v LEFT JOIN staff st ON st.id = v.created_by"
	    " WHERE v.service_id = ? ORDER BY v.number DESC",
	[STMT_VERSION_INSERT] =
	    "INSERT INTO standard_version (service_id, number, sk_number,"
	    " in_force_from, created_by, changes) VALUES (?, ?, ?, NOW(), ?, ?)",
	[STMT_ITEM_INSERT] =
	    "INSERT INTO service_item (service_id, version_id, component_code,"
	    " position, text) VALUES (?, ?, ?, ?, ?)",
	/* A step of a new version; its lane by code, its kind as before. */
	[STMT_STEP_INSERT] =
	    "INSERT INTO service_step (service_id, version_id, no, activity,"
	    " lane_id, input, time_amount, time_unit, output, symbol, action)"
	    " SELECT ?, ?, ?, ?, l.id, ?, ?, ?, ?, ?, NULLIF(?, '')"
	    " FROM lane l WHERE l.code = ?",
	/*
	 * The working calendar (calendar.c): the spans of each weekday in
	 * seconds after midnight, and the holidays as local day numbers.
	 */
	[STMT_CALENDAR_HOURS] =
	    "SELECT weekday, TIME_TO_SEC(opens) AS open_s,"
	    " TIME_TO_SEC(closes) AS close_s FROM office_hours"
	    " ORDER BY weekday, opens",
	[STMT_CALENDAR_HOLIDAYS] =
	    "SELECT DATEDIFF(day, '1970-01-01') AS day FROM holiday",
	/*
	 * The waiting cases, locked (a change of the calendar, in its
	 * transaction): an act on one of them waits until the new clocks
	 * are set, and none of them is set from a stale row.
	 */
	[STMT_CASES_WAITING] =
	    "SELECT id FROM request WHERE waiting = 1 FOR UPDATE",
	/*
	 * What the clock of a case's step needs (timing.c): when it came to
	 * the step, the step's standard, the date of its Surat Tugas; and
	 * the clock as set (0: none). A locking read: the latest committed
	 * row, not the transaction's snapshot.
	 */
	[STMT_CASE_CLOCK] =
	    "SELECT r.waiting, r.step_no, UNIX_TIMESTAMP(r.step_since) AS since,"
	    " COALESCE(s.action, '') AS action,"
	    " COALESCE(s.time_amount, 0) AS time_amount,"
	    " COALESCE(s.time_unit, '') AS time_unit,"
	    " COALESCE(UNIX_TIMESTAMP(st.date_from), 0) AS coaching_from,"
	    " COALESCE(UNIX_TIMESTAMP(r.step_clock), 0) AS clock_from,"
	    " COALESCE(UNIX_TIMESTAMP(r.step_due), 0) AS due_at"
	    " FROM request r JOIN service_step s ON s.version_id = r.version_id"
	    " AND s.no = r.step_no"
	    " LEFT JOIN surat_tugas st ON st.request_id = r.id WHERE r.id = ?"
	    " LOCK IN SHARE MODE",
	[STMT_CASE_CLOCK_SET] =
	    "UPDATE request SET step_clock = FROM_UNIXTIME(?),"
	    " step_due = FROM_UNIXTIME(?) WHERE id = ?",
	[STMT_STEP_TIME_INSERT] =
	    "INSERT INTO step_time (request_id, step_no, started_at, due_at,"
	    " ended_at, work_seconds, standard_seconds, on_time, actor_id)"
	    " VALUES (?, ?, FROM_UNIXTIME(?), FROM_UNIXTIME(?), FROM_UNIXTIME(?),"
	    " ?, ?, ?, ?)",
	/*
	 * The late cases of the lanes a superior oversees (inbox.c): lane
	 * codes twice (the same one twice for one lane), bidang id (0: any)
	 * twice; the longest overdue first.
	 */
	[STMT_INBOX_LATE] =
	    "SELECT " INBOX_COLUMNS ", l.name AS lane_name"
	    " FROM request r FORCE INDEX (request_late)"
	    " JOIN service_step s ON s.version_id = r.version_id"
	    " AND s.no = r.step_no JOIN lane l ON l.id = r.lane_id"
	    " WHERE r.waiting = 1"
	    " AND r.lane_id IN ((SELECT id FROM lane WHERE code = ?),"
	    "  (SELECT id FROM lane WHERE code = ?))"
	    " AND r.step_due < NOW() AND (? = 0 OR r.bidang_id = ?)"
	    " ORDER BY r.step_due, r.id LIMIT 51",
	/*
	 * The figures (stats.c), from sql/011's tables: arguments, the first
	 * and the last month of the range ('YYYY-MM-01'). Their cost grows
	 * with the months and the buckets, not with the cases; percentiles
	 * are taken in the database, so a worker reads a row per month or
	 * step.
	 */
	[STMT_STAT_RECEIVED_MONTHS] =
	    "SELECT DATE_FORMAT(month, '%Y-%m') AS m, SUM(n) AS n"
	    " FROM stat_received WHERE month BETWEEN ? AND ? GROUP BY month"
	    " ORDER BY month",
	/*
	 * Per month, the cases finished (Selesai), those within standard, and
	 * the median and 90th percentile of their working time (the smallest
	 * bucket at which p % of the month's cases are counted: nearest rank).
	 */
	[STMT_STAT_CLOSED_MONTHS] =
	    "WITH h AS (SELECT month, bucket, on_time,"
	    "  SUM(n) OVER (PARTITION BY month ORDER BY bucket) AS cum,"
	    "  SUM(n) OVER (PARTITION BY month) AS tot FROM stat_closed"
	    "  WHERE month BETWEEN ? AND ? AND outcome = 'selesai')"
	    " SELECT DATE_FORMAT(month, '%Y-%m') AS m, MAX(tot) AS finished,"
	    " SUM(on_time) AS on_time,"
	    " MIN(IF(cum * 100 >= tot * 50, bucket, NULL)) AS median,"
	    " MIN(IF(cum * 100 >= tot * 90, bucket, NULL)) AS p90"
	    " FROM h GROUP BY month ORDER BY month",
	[STMT_STAT_RETURNED_MONTHS] =
	    "SELECT DATE_FORMAT(month, '%Y-%m') AS m, SUM(n) AS n FROM stat_closed"
	    " WHERE month BETWEEN ? AND ? AND outcome = 'dikembalikan'"
	    " GROUP BY month ORDER BY month",
	/* The same over the whole range. */
	[STMT_STAT_CLOSED_TOTAL] =
	    "WITH b AS (SELECT bucket, SUM(n) AS n, SUM(on_time) AS on_time"
	    "  FROM stat_closed WHERE month BETWEEN ? AND ?"
	    "  AND outcome = 'selesai' GROUP BY bucket),"
	    " h AS (SELECT bucket, on_time, SUM(n) OVER (ORDER BY bucket) AS cum,"
	    "  SUM(n) OVER () AS tot FROM b)"
	    " SELECT COALESCE(MAX(tot), 0) AS finished,"
	    " COALESCE(SUM(on_time), 0) AS on_time,"
	    " MIN(IF(cum * 100 >= tot * 50, bucket, NULL)) AS median,"
	    " MIN(IF(cum * 100 >= tot * 90, bucket, NULL)) AS p90 FROM h",
	[STMT_STAT_KECAMATAN] =
	    "SELECT kecamatan AS k, SUM(n) AS n FROM stat_received"
	    " WHERE month BETWEEN ? AND ? GROUP BY kecamatan",
	[STMT_STAT_ASPECT] =
	    "SELECT aspect AS k, SUM(n) AS n FROM stat_aspect"
	    " WHERE month BETWEEN ? AND ? GROUP BY aspect",
	[STMT_STAT_TYPE] =
	    "SELECT applicant_type AS k, SUM(n) AS n FROM stat_received"
	    " WHERE month BETWEEN ? AND ? GROUP BY applicant_type",
	/* Per SOP step: the steps ended, those on time, median and p90. */
	[STMT_STAT_STEPS] =
	    "WITH b AS (SELECT step_no, bucket, SUM(n) AS n,"
	    "  SUM(on_time) AS on_time FROM stat_step"
	    "  WHERE month BETWEEN ? AND ? GROUP BY step_no, bucket),"
	    " h AS (SELECT step_no, bucket, on_time,"
	    "  SUM(n) OVER (PARTITION BY step_no ORDER BY bucket) AS cum,"
	    "  SUM(n) OVER (PARTITION BY step_no) AS tot FROM b)"
	    " SELECT step_no, MAX(tot) AS n, SUM(on_time) AS on_time,"
	    " MIN(IF(cum * 100 >= tot * 50, bucket, NULL)) AS median,"
	    " MIN(IF(cum * 100 >= tot * 90, bucket, NULL)) AS p90"
	    " FROM h GROUP BY step_no ORDER BY step_no",
	/* The steps with a standard of the first service's version in force. */
	[STMT_STAT_STEP_NAMES] =
	    "SELECT s.no, s.activity, " STEP_TIME_TEXT("s") " AS time_text"
	    " FROM service_step s WHERE s.time_amount IS NOT NULL"
	    " AND s.version_id = (SELECT v.id FROM standard_version v"
	    "  WHERE v.service_id = (SELECT MIN(id) FROM service)"
	    "  ORDER BY v.number DESC LIMIT 1) ORDER BY s.no",
	[STMT_STAT_OFFICERS] =
	    "SELECT a.actor_id, st.name, st.role, SUM(a.n) AS n,"
	    " SUM(a.on_time) AS on_time, SUM(a.work_seconds) AS work"
	    " FROM stat_actor a JOIN staff st ON st.id = a.actor_id"
	    " WHERE a.month BETWEEN ? AND ? GROUP BY a.actor_id, st.name, st.role"
	    " ORDER BY n DESC, st.name",
	/*
	 * The calendar as the administrator edits it (page_calendar.c) and
	 * the standards page shows it (page_service.c): office hours as the
	 * office writes them ("07.30"), the week replaced at once; holidays
	 * of a year (arguments: the year twice), of a range of dates (locked
	 * in a transaction), added, removed, imported (a date set already
	 * takes the file's kind and name).
	 */
	[STMT_OFFICE_HOURS] =
	    "SELECT weekday, position, TIME_FORMAT(opens, '%H.%i') AS opens,"
	    " TIME_FORMAT(closes, '%H.%i') AS closes FROM office_hours"
	    " ORDER BY weekday, position",
	[STMT_OFFICE_HOURS_DELETE] =
	    "DELETE FROM office_hours",
	[STMT_OFFICE_HOURS_INSERT] =
	    "INSERT INTO office_hours (weekday, position, opens, closes)"
	    " VALUES (?, ?, ?, ?)",
	[STMT_HOLIDAYS_OF_YEAR] =
	    "SELECT DATE_FORMAT(day, '%Y-%m-%d') AS day,"
	    " DATE_FORMAT(day, '%W') AS weekday, " DATE_TEXT("day")
	    " AS day_text, kind, name FROM holiday"
	    " WHERE day >= MAKEDATE(?, 1) AND day < MAKEDATE(? + 1, 1)"
	    " ORDER BY day",
	[STMT_HOLIDAY_YEARS] =
	    "SELECT DISTINCT YEAR(day) AS year FROM holiday ORDER BY year",
	[STMT_HOLIDAYS_TAKEN] =
	    "SELECT " DATE_TEXT("day") " AS day_text, name FROM holiday"
	    " WHERE day BETWEEN ? AND ? ORDER BY day FOR UPDATE",
	/* A day of a range: its first date, the days after it. */
	[STMT_HOLIDAY_INSERT] =
	    "INSERT INTO holiday (day, kind, name, created_by)"
	    " VALUES (DATE(?) + INTERVAL ? DAY, ?, ?, ?)",
	[STMT_HOLIDAY_LOCK] =
	    "SELECT day FROM holiday WHERE day = ? FOR UPDATE",
	[STMT_HOLIDAY_DELETE] =
	    "DELETE FROM holiday WHERE day = ?",
	[STMT_HOLIDAY_UPSERT] =
	    "INSERT INTO holiday (day, kind, name, created_by) VALUES (?, ?, ?, ?)"
	    " ON DUPLICATE KEY UPDATE kind = VALUES(kind), name = VALUES(name)",
	/*
	 * The public statistics (page_stats.c): the requests' version, read
	 * once per request by its primary key, so that a kept page is used
	 * only while no request changed.
	 */
	[STMT_STATS_CASE_VERSION] =
	    "SELECT n FROM case_version WHERE id = 1",
	/*
	 * The satisfaction survey (issue 6 part A: page_survey.c, survey.c,
	 * sql/013). A case by its tracking code with the date its survey was
	 * answered ('' if not yet); a response added once (the UNIQUE
	 * request_id refuses a second); a range of months' sums and comments
	 * on the month index.
	 */
	[STMT_SURVEY_CASE] =
	    "SELECT r.id, r.tracking_code, r.business_name, r.status,"
	    " COALESCE(" DATE_TEXT("v.submitted_at") ", '') AS answered_text"
	    " FROM request r LEFT JOIN survey_response v ON v.request_id = r.id"
	    " WHERE r.tracking_code = ?",
	[STMT_SURVEY_INSERT] =
	    "INSERT INTO survey_response (request_id, submitted_at, month,"
	    " u1, u2, u3, u4, u5, u6, u7, u8, u9, gender, age, education,"
	    " occupation, comment) VALUES (?, NOW(), DATE_FORMAT(NOW(),"
	    " '%Y-%m-01'), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
	[STMT_SURVEY_TOTALS] =
	    "SELECT COUNT(*) AS n, COALESCE(SUM(u1), 0) AS s1,"
	    " COALESCE(SUM(u2), 0) AS s2, COALESCE(SUM(u3), 0) AS s3,"
	    " COALESCE(SUM(u4), 0) AS s4, COALESCE(SUM(u5), 0) AS s5,"
	    " COALESCE(SUM(u6), 0) AS s6, COALESCE(SUM(u7), 0) AS s7,"
	    " COALESCE(SUM(u8), 0) AS s8, COALESCE(SUM(u9), 0) AS s9"
	    " FROM survey_response WHERE month BETWEEN ? AND ?",
	/* The newest 200 comments of the range, for the staff. */
	[STMT_SURVEY_COMMENTS] =
	    "SELECT r.tracking_code, " DATE_TEXT("v.submitted_at")
	    " AS date_text, v.comment"
	    " FROM survey_response v JOIN request r ON r.id = v.request_id"
	    " WHERE v.month BETWEEN ? AND ? AND v.comment IS NOT NULL"
	    " ORDER BY v.month DESC, v.submitted_at DESC, v.id DESC LIMIT 200",
	/*
	 * Complaints (issue 6 part B: complaint.c, page_complaint.c,
	 * page_complaints.c). The status in words is
	 * CASE status WHEN 'diterima' THEN 'Diterima' ...: see
	 * COMPLAINT_STATUS_LABEL.
	 */
#define COMPLAINT_STATUS_LABEL(col) \
	"CASE " col " WHEN 'diterima' THEN 'Diterima' WHEN 'dijawab'" \
	" THEN 'Dijawab' ELSE 'Ditutup' END"
	[STMT_COMPLAINT_INSERT] =
	    "INSERT INTO complaint (code, submit_key, name, contact, request_id,"
	    " subject, body, consent_at, received_at)"
	    " VALUES (?, ?, ?, ?, ?, ?, ?, NOW(), NOW())",
	[STMT_COMPLAINT_EVENT_INSERT] =
	    "INSERT INTO complaint_event (complaint_id, at, action, actor_id,"
	    " note) VALUES (?, NOW(), ?, ?, ?)",
	[STMT_COMPLAINT_BY_SUBMIT_KEY] =
	    "SELECT code FROM complaint WHERE submit_key = ?",
	/* What the public may see of a complaint: never who sent it. */
	[STMT_COMPLAINT_BY_CODE] =
	    "SELECT code, status, " COMPLAINT_STATUS_LABEL("status")
	    " AS status_label, subject,"
	    " " WIB_TEXT("received_at") " AS received_text,"
	    " COALESCE(answer, '') AS answer,"
	    " COALESCE(" WIB_TEXT("answered_at") ", '') AS answered_text,"
	    " COALESCE(" WIB_TEXT("closed_at") ", '') AS closed_text,"
	    " COALESCE(close_note, '') AS close_note"
	    " FROM complaint WHERE code = ?",
	[STMT_COMPLAINT_REQUEST_ID] =
	    "SELECT id FROM request WHERE tracking_code = ?",
	/* The menu's count: complaints not closed yet. */
	[STMT_COMPLAINT_OPEN_COUNT] =
	    "SELECT COUNT(*) AS n FROM complaint"
	    " WHERE status IN ('diterima', 'dijawab')",
	/* A page of the list, newest first: a status ('' any), the last id. */
	[STMT_COMPLAINT_LIST] =
	    "SELECT c.id, c.code, c.subject, c.status, "
	    COMPLAINT_STATUS_LABEL("c.status") " AS status_label, "
	    WIB_TEXT("c.received_at") " AS received_text,"
	    " COALESCE(r.tracking_code, '') AS tracking_code"
	    " FROM complaint c LEFT JOIN request r ON r.id = c.request_id"
	    " WHERE (? = '' OR c.status = ?) AND (? = 0 OR c.id < ?)"
	    " ORDER BY c.id DESC LIMIT 51",
	[STMT_COMPLAINT_BY_ID] =
	    "SELECT c.id, c.code, c.status, "
	    COMPLAINT_STATUS_LABEL("c.status") " AS status_label,"
	    " c.version, COALESCE(c.name, '') AS name,"
	    " COALESCE(c.contact, '') AS contact, c.subject, c.body,"
	    " COALESCE(c.request_id, 0) AS request_id,"
	    " COALESCE(r.tracking_code, '') AS tracking_code,"
	    " COALESCE(r.business_name, '') AS business_name, "
	    WIB_TEXT("c.received_at") " AS received_text,"
	    " COALESCE(c.answer, '') AS answer,"
	    " COALESCE(" WIB_TEXT("c.answered_at") ", '') AS answered_text,"
	    " COALESCE(a.name, '') AS answered_name,"
	    " COALESCE(" WIB_TEXT("c.closed_at") ", '') AS closed_text,"
	    " COALESCE(k.name, '') AS closed_name,"
	    " COALESCE(c.close_note, '') AS close_note"
	    " FROM complaint c LEFT JOIN request r ON r.id = c.request_id"
	    " LEFT JOIN staff a ON a.id = c.answered_by"
	    " LEFT JOIN staff k ON k.id = c.closed_by WHERE c.id = ?",
	[STMT_COMPLAINT_EVENTS] =
	    "SELECT " WIB_TEXT("e.at") " AS at_text, e.action, "
	    COMPLAINT_STATUS_LABEL("e.action") " AS action_label,"
	    " COALESCE(st.name, '') AS actor_name, st.role AS actor_role,"
	    " COALESCE(e.note, '') AS note"
	    " FROM complaint_event e LEFT JOIN staff st ON st.id = e.actor_id"
	    " WHERE e.complaint_id = ? ORDER BY e.id",
	/* A complaint a change is about, locked until the change commits. */
	[STMT_COMPLAINT_LOCK] =
	    "SELECT status, version FROM complaint WHERE id = ? FOR UPDATE",
	[STMT_COMPLAINT_ANSWER] =
	    "UPDATE complaint SET status = 'dijawab', answer = ?,"
	    " answered_at = NOW(), answered_by = ?, version = version + 1"
	    " WHERE id = ?",
	[STMT_COMPLAINT_CLOSE] =
	    "UPDATE complaint SET status = 'ditutup', close_note = ?,"
	    " closed_at = NOW(), closed_by = ?, version = version + 1"
	    " WHERE id = ?",
#undef COMPLAINT_STATUS_LABEL
};

/* Column values longer than this are fetched again at their full size. */
#define COLUMN_BUF 256
#define COLUMNS_MAX 64

static MYSQL *conn;
static MYSQL_STMT *stmts[STMT__MAX];
static int in_transaction;
static time_t checked_at;
static unsigned long long content_version;

/* Errors after which the connection is gone and must be made anew. */
static int
conn_lost(unsigned int code)
{
	return code == CR_SERVER_GONE_ERROR || code == CR_SERVER_LOST ||
	    code == CR_CONNECTION_ERROR || code == CR_CONN_HOST_ERROR ||
	    code == CR_SERVER_LOST_EXTENDED || code == 1927 /* killed */ ||
	    code == 1053 /* server shutdown in progress */;
}

void
db_close(void)
{
	size_t i;

	for (i = 0; i < STMT__MAX; i++) {
		if (stmts[i] != NULL)
			mysql_stmt_close(stmts[i]);
		stmts[i] = NULL;
	}
	if (conn != NULL)
		mysql_close(conn);
	conn = NULL;
	checked_at = 0;
	in_transaction = 0;
}

void *
db_handle(void)
{
	return conn;
}

/*
 * Raises NERR_DB_DOWN (and drops the connection), NERR_SCHEMA for a
 * missing table or column (the schema is not the one we know), or NERR_DB.
 */
static NEOERR *
db_fail(const char *what, unsigned int code, const char *msg)
{
	if (code == 1146 /* no such table */ || code == 1054 /* column */)
		return nerr_raise(NERR_SCHEMA, "%s: %u %s", what, code, msg);
	if (code == 1062 /* duplicate entry */)
		return nerr_raise(NERR_DUPLICATE, "%s: %u %s", what, code, msg);
	if (conn_lost(code)) {
		NEOERR *err = nerr_raise(NERR_DB_DOWN, "%s: %u %s", what,
		    code, msg);
		db_close();
		return err;
	}
	return nerr_raise(NERR_DB, "%s: %u %s", what, code, msg);
}

static NEOERR *
db_connect(void)
{
	unsigned int timeout_connect = 2, timeout_rw = 10;
	const char *socket;
	int port;

	conn = mysql_init(NULL);
	if (conn == NULL)
		return nerr_raise(NERR_NOMEM, "%s", "mysql_init");
	mysql_options(conn, MYSQL_OPT_CONNECT_TIMEOUT, &timeout_connect);
	mysql_options(conn, MYSQL_OPT_READ_TIMEOUT, &timeout_rw);
	mysql_options(conn, MYSQL_OPT_WRITE_TIMEOUT, &timeout_rw);
	mysql_options(conn, MYSQL_SET_CHARSET_NAME, "utf8mb4");
	/*
	 * The office works in WIB, whatever the server's clock: NOW() and
	 * dates are Western Indonesian Time, month names Indonesian.
	 */
	mysql_options(conn, MYSQL_INIT_COMMAND,
	    "SET time_zone = '+07:00', lc_time_names = 'id_ID'");
	socket = conf_str("Database.Socket", "");
	port = conf_int("Database.Port", 0);
	if (mysql_real_connect(conn, conf_str("Database.Host", "localhost"),
	    conf_str("Database.User", "sibina"),
	    conf_str("Database.Password", ""),
	    conf_str("Database.Name", "sibina"), (unsigned int)port,
	    *socket != '\0' ? socket : NULL, 0) == NULL) {
		NEOERR *err = nerr_raise(NERR_DB_DOWN, "connect: %u %s",
		    mysql_errno(conn), mysql_error(conn));
		db_close();
		return err;
	}
	return STATUS_OK;
}

static NEOERR *
stmt_get(enum stmt id, MYSQL_STMT **out)
{
	MYSQL_STMT *st;
	my_bool update_max = 0;

	if (stmts[id] != NULL) {
		*out = stmts[id];
		return STATUS_OK;
	}
	st = mysql_stmt_init(conn);
	if (st == NULL)
		return db_fail("stmt_init", mysql_errno(conn),
		    mysql_error(conn));
	if (mysql_stmt_prepare(st, stmt_sql[id], strlen(stmt_sql[id])) != 0) {
		NEOERR *err;
		char what[32];

		snprintf(what, sizeof(what), "prepare %d", (int)id);
		err = db_fail(what, mysql_stmt_errno(st), mysql_stmt_error(st));
		mysql_stmt_close(st);
		return err;
	}
	mysql_stmt_attr_set(st, STMT_ATTR_UPDATE_MAX_LENGTH, &update_max);
	stmts[id] = st;
	*out = st;
	return STATUS_OK;
}

/*
 * Binds args and executes one statement; buffered: its result set is
 * read whole into the client now (else row by row, by mysql_stmt_fetch).
 */
static NEOERR *
stmt_start(enum stmt id, const struct db_arg *args, size_t nargs,
    int buffered, MYSQL_STMT **out)
{
	MYSQL_BIND bind[24];
	unsigned long lens[24];
	MYSQL_STMT *st = NULL;
	NEOERR *err;
	char what[32];
	size_t i;

	if (nargs > sizeof(bind) / sizeof(bind[0]))
		return nerr_raise(NERR_ASSERT, "statement %d: too many args",
		    (int)id);
	err = stmt_get(id, &st);
	if (err != STATUS_OK)
		return nerr_pass(err);
	if (mysql_stmt_param_count(st) != nargs)
		return nerr_raise(NERR_ASSERT, "statement %d wants %lu args",
		    (int)id, mysql_stmt_param_count(st));
	memset(bind, 0, sizeof(bind));
	for (i = 0; i < nargs; i++) {
		if (args[i].type == DB_INT) {
			bind[i].buffer_type = MYSQL_TYPE_LONGLONG;
			bind[i].buffer = (void *)&args[i].i;
		} else if (args[i].type == DB_NULL) {
			bind[i].buffer_type = MYSQL_TYPE_NULL;
		} else {
			lens[i] = args[i].s != NULL ? strlen(args[i].s) : 0;
			bind[i].buffer_type = MYSQL_TYPE_STRING;
			bind[i].buffer = (void *)(args[i].s != NULL ?
			    args[i].s : "");
			bind[i].buffer_length = lens[i];
			bind[i].length = &lens[i];
		}
	}
	snprintf(what, sizeof(what), "statement %d", (int)id);
	if ((nargs > 0 && mysql_stmt_bind_param(st, bind) != 0) ||
	    mysql_stmt_execute(st) != 0 ||
	    (buffered && mysql_stmt_field_count(st) > 0 &&
	    mysql_stmt_store_result(st) != 0))
		return db_fail(what, mysql_stmt_errno(st), mysql_stmt_error(st));
	*out = st;
	return STATUS_OK;
}

/* Binds args, executes and buffers the result set of one statement. */
static NEOERR *
stmt_run(enum stmt id, const struct db_arg *args, size_t nargs,
    MYSQL_STMT **out)
{
	return nerr_pass(stmt_start(id, args, nargs, 1, out));
}

/*
 * Runs a statement that reads (stmt_start), connecting first if need be,
 * and once more on a new connection if the old one was found gone.
 */
static NEOERR *
stmt_read(enum stmt id, const struct db_arg *args, size_t nargs,
    int buffered, MYSQL_STMT **out)
{
	NEOERR *err;
	int attempt, transaction = in_transaction;

	for (attempt = 0; ; attempt++) {
		if (conn == NULL) {
			err = db_connect();
			if (err != STATUS_OK)
				return nerr_pass(err);
		}
		err = stmt_start(id, args, nargs, buffered, out);
		if (err == STATUS_OK)
			return STATUS_OK;
		/*
		 * Inside a transaction a lost connection lost its work too
		 * (db_fail has closed it, so ask what it was before).
		 */
		if (attempt > 0 || transaction ||
		    !nerr_match(err, NERR_DB_DOWN))
			return nerr_pass(err);
		nerr_ignore(&err);
	}
}

/* Copies every row of a buffered result into hdf as prefix.N.column. */
static NEOERR *
stmt_rows_to_hdf(MYSQL_STMT *st, HDF *hdf, const char *prefix, int *nrows)
{
	char bufs[COLUMNS_MAX][COLUMN_BUF], key[256];
	unsigned long lens[COLUMNS_MAX];
	my_bool nulls[COLUMNS_MAX];
	MYSQL_BIND bind[COLUMNS_MAX];
	MYSQL_RES *meta;
	MYSQL_FIELD *fields;
	NEOERR *err = STATUS_OK;
	unsigned int ncols, c;
	char *big;
	int row, rc;

	meta = mysql_stmt_result_metadata(st);
	if (meta == NULL)
		return nerr_raise(NERR_ASSERT, "%s", "statement has no result");
	ncols = mysql_num_fields(meta);
	fields = mysql_fetch_fields(meta);
	if (ncols > COLUMNS_MAX) {
		mysql_free_result(meta);
		return nerr_raise(NERR_ASSERT, "%s", "too many columns");
	}
	memset(bind, 0, sizeof(bind));
	for (c = 0; c < ncols; c++) {
		bind[c].buffer_type = MYSQL_TYPE_STRING;
		bind[c].buffer = bufs[c];
		bind[c].buffer_length = COLUMN_BUF;
		bind[c].length = &lens[c];
		bind[c].is_null = &nulls[c];
	}
	if (mysql_stmt_bind_result(st, bind) != 0) {
		err = db_fail("bind_result", mysql_stmt_errno(st),
		    mysql_stmt_error(st));
		goto out;
	}
	for (row = 0; ; row++) {
		rc = mysql_stmt_fetch(st);
		if (rc == MYSQL_NO_DATA)
			break;
		if (rc == 1) {
			err = db_fail("fetch", mysql_stmt_errno(st),
			    mysql_stmt_error(st));
			goto out;
		}
		for (c = 0; c < ncols; c++) {
			snprintf(key, sizeof(key), "%s.%d.%s", prefix, row,
			    fields[c].name);
			if (nulls[c]) {
				err = hdf_set_value(hdf, key, "");
			} else if (lens[c] < COLUMN_BUF) {
				bufs[c][lens[c]] = '\0';
				err = hdf_set_value(hdf, key, bufs[c]);
			} else {
				MYSQL_BIND one;

				big = malloc(lens[c] + 1);
				if (big == NULL) {
					err = nerr_raise(NERR_NOMEM, "%s", "column");
					goto out;
				}
				memset(&one, 0, sizeof(one));
				one.buffer_type = MYSQL_TYPE_STRING;
				one.buffer = big;
				one.buffer_length = lens[c] + 1;
				if (mysql_stmt_fetch_column(st, &one, c, 0) != 0) {
					free(big);
					err = db_fail("fetch_column",
					    mysql_stmt_errno(st),
					    mysql_stmt_error(st));
					goto out;
				}
				big[lens[c]] = '\0';
				err = hdf_set_value(hdf, key, big);
				free(big);
			}
			if (err != STATUS_OK)
				goto out;
		}
	}
	if (nrows != NULL)
		*nrows = row;
out:
	mysql_free_result(meta);
	if (conn != NULL)
		mysql_stmt_free_result(st);
	return nerr_pass(err);
}

/*
 * Runs a read-only statement and stores its rows under prefix. A lost
 * connection is made anew and the statement run once more, since a read
 * can be repeated safely.
 */
NEOERR *
db_rows_to_hdf(enum stmt id, const struct db_arg *args, size_t nargs,
    HDF *hdf, const char *prefix, int *nrows)
{
	MYSQL_STMT *st = NULL;
	NEOERR *err;

	err = stmt_read(id, args, nargs, 1, &st);
	if (err != STATUS_OK)
		return nerr_pass(err);
	return nerr_pass(stmt_rows_to_hdf(st, hdf, prefix, nrows));
}

/*
 * Reads column c of the current row again into a buffer of its full size
 * (it did not fit), and binds that buffer for the rows that follow.
 */
static NEOERR *
column_grow(MYSQL_STMT *st, MYSQL_BIND *bind, unsigned int c,
    unsigned long len, int *rebind)
{
	MYSQL_BIND one;
	char *big;

	big = realloc(bind[c].buffer, len + 1);
	if (big == NULL)
		return nerr_raise(NERR_NOMEM, "%s", "column");
	bind[c].buffer = big;
	bind[c].buffer_length = len + 1;
	*rebind = 1;
	memset(&one, 0, sizeof(one));
	one.buffer_type = MYSQL_TYPE_STRING;
	one.buffer = big;
	one.buffer_length = len + 1;
	if (mysql_stmt_fetch_column(st, &one, c, 0) != 0)
		return db_fail("fetch_column", mysql_stmt_errno(st),
		    mysql_stmt_error(st));
	return STATUS_OK;
}

/* Fetches the rows of an unbuffered result one by one into fn (db_each). */
static NEOERR *
stmt_each(MYSQL_STMT *st, unsigned int ncols, MYSQL_BIND *bind,
    db_row_fn fn, void *ctx, int *drained)
{
	const char *values[COLUMNS_MAX];
	unsigned long lens[COLUMNS_MAX];
	my_bool nulls[COLUMNS_MAX];
	NEOERR *err = STATUS_OK;
	unsigned int c;
	int rc, rebind = 1;

	for (c = 0; c < ncols; c++) {
		bind[c].length = &lens[c];
		bind[c].is_null = &nulls[c];
	}
	for (;;) {
		if (rebind && mysql_stmt_bind_result(st, bind) != 0)
			return db_fail("bind_result", mysql_stmt_errno(st),
			    mysql_stmt_error(st));
		rebind = 0;
		rc = mysql_stmt_fetch(st);
		if (rc == MYSQL_NO_DATA) {
			*drained = 1;
			return STATUS_OK;
		}
		if (rc == 1) {
			*drained = 1;
			return db_fail("fetch", mysql_stmt_errno(st),
			    mysql_stmt_error(st));
		}
		for (c = 0; c < ncols && err == STATUS_OK; c++) {
			values[c] = NULL;
			if (nulls[c])
				continue;
			if (lens[c] >= bind[c].buffer_length)
				err = column_grow(st, bind, c, lens[c], &rebind);
			if (err == STATUS_OK) {
				((char *)bind[c].buffer)[lens[c]] = '\0';
				values[c] = bind[c].buffer;
			}
		}
		if (err == STATUS_OK)
			err = fn(ctx, values, ncols);
		if (err != STATUS_OK)
			return nerr_pass(err);
	}
}

/*
 * Runs a read-only statement and calls fn with each row as the server
 * sends it, unbuffered: a result of any size takes the memory of one row
 * (values[c] is NULL for SQL NULL). fn must run no statement, since the
 * connection is busy until the last row; an error of fn stops the rows
 * and is passed on. A lost connection is made anew and the statement run
 * once more only when it failed before its first row.
 */
NEOERR *
db_each(enum stmt id, const struct db_arg *args, size_t nargs,
    db_row_fn fn, void *ctx)
{
	MYSQL_BIND bind[COLUMNS_MAX];
	MYSQL_STMT *st = NULL;
	MYSQL_RES *meta;
	NEOERR *err;
	unsigned int ncols = 0, c;
	int drained = 0;

	err = stmt_read(id, args, nargs, 0, &st);
	if (err != STATUS_OK)
		return nerr_pass(err);
	memset(bind, 0, sizeof(bind));
	meta = mysql_stmt_result_metadata(st);
	if (meta != NULL) {
		ncols = mysql_num_fields(meta);
		mysql_free_result(meta);
	}
	if (meta == NULL || ncols > COLUMNS_MAX)
		err = nerr_raise(NERR_ASSERT, "statement %d: no result or too "
		    "many columns", (int)id);
	for (c = 0; c < ncols && err == STATUS_OK; c++) {
		bind[c].buffer_type = MYSQL_TYPE_STRING;
		bind[c].buffer = malloc(COLUMN_BUF);
		bind[c].buffer_length = COLUMN_BUF;
		if (bind[c].buffer == NULL)
			err = nerr_raise(NERR_NOMEM, "%s", "column");
	}
	if (err == STATUS_OK)
		err = stmt_each(st, ncols, bind, fn, ctx, &drained);
	for (c = 0; c < ncols && c < COLUMNS_MAX; c++)
		free(bind[c].buffer);
	/* Rows left unread (fn failed) are skipped so that the next works. */
	if (conn != NULL && !drained && mysql_stmt_reset(st) != 0)
		db_close();
	if (conn != NULL)
		mysql_stmt_free_result(st);
	return nerr_pass(err);
}

/*
 * Runs a statement that changes data, once (a write is not repeated on
 * its own), and tells the id it inserted. Raises ClearSilver's
 * NERR_DUPLICATE when a unique key is taken.
 */
NEOERR *
db_exec(enum stmt id, const struct db_arg *args, size_t nargs,
    unsigned long long *insert_id)
{
	MYSQL_STMT *st = NULL;
	NEOERR *err;

	if (conn == NULL) {
		err = db_connect();
		if (err != STATUS_OK)
			return nerr_pass(err);
	}
	err = stmt_run(id, args, nargs, &st);
	if (err != STATUS_OK)
		return nerr_pass(err);
	if (insert_id != NULL)
		*insert_id = mysql_stmt_insert_id(st);
	return STATUS_OK;
}

/*
 * Starts a transaction: a state change and its audit event are written
 * between db_begin and db_commit, or not at all (db_rollback).
 */
NEOERR *
db_begin(void)
{
	NEOERR *err;

	if (in_transaction)
		return nerr_raise(NERR_ASSERT, "%s", "transaction in a "
		    "transaction");
	if (conn == NULL) {
		err = db_connect();
		if (err != STATUS_OK)
			return nerr_pass(err);
	}
	if (mysql_autocommit(conn, 0) != 0)
		return db_fail("begin", mysql_errno(conn), mysql_error(conn));
	in_transaction = 1;
	return STATUS_OK;
}

NEOERR *
db_commit(void)
{
	NEOERR *err;

	if (!in_transaction)
		return nerr_raise(NERR_ASSERT, "%s", "commit without begin");
	if (mysql_commit(conn) != 0) {
		err = db_fail("commit", mysql_errno(conn), mysql_error(conn));
		db_rollback();
		return err;
	}
	in_transaction = 0;
	if (mysql_autocommit(conn, 1) != 0)
		return db_fail("autocommit", mysql_errno(conn),
		    mysql_error(conn));
	return STATUS_OK;
}

/* Undoes the open transaction, if any; on any error path. */
void
db_rollback(void)
{
	if (!in_transaction || conn == NULL) {
		in_transaction = 0;
		return;
	}
	in_transaction = 0;
	if (mysql_rollback(conn) != 0 || mysql_autocommit(conn, 1) != 0)
		db_close();	/* state unknown: start afresh */
}

/*
 * Makes sure the database is reachable and has the schema these programs
 * expect, and tells the version of the published content. The check runs
 * at most every Cache.CheckSeconds, so that a cached page costs no query.
 * Raises NERR_DB_DOWN or NERR_SCHEMA.
 */
NEOERR *
db_ready(unsigned long long *version)
{
	HDF *rows;
	NEOERR *err;
	time_t now;
	int schema;

	now = time(NULL);
	if (conn != NULL && checked_at != 0 &&
	    now - checked_at < conf_int("Cache.CheckSeconds", 1) &&
	    now >= checked_at) {
		*version = content_version;
		return STATUS_OK;
	}
	err = hdf_init(&rows);
	if (err != STATUS_OK)
		return nerr_pass(err);
	err = db_rows_to_hdf(STMT_VERSIONS, NULL, 0, rows, "V", NULL);
	if (err != STATUS_OK) {
		hdf_destroy(&rows);
		return nerr_pass(err);
	}
	schema = hdf_get_int_value(rows, "V.0.schema_v", -1);
	content_version = strtoull(hdf_get_value(rows, "V.0.content_v", "0"),
	    NULL, 10);
	hdf_destroy(&rows);
	if (schema != SCHEMA_VERSION) {
		checked_at = 0;
		return nerr_raise(NERR_SCHEMA, "database schema version is %d, "
		    "this program needs %d: run sibina-migrate", schema,
		    SCHEMA_VERSION);
	}
	checked_at = now;
	*version = content_version;
	return STATUS_OK;
}
