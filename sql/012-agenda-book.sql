-- 012-agenda-book.sql: the agenda book (buku agenda) is read by the date a
-- letter was received, in the order of its agenda numbers: the export of a
-- month reads that month's rows in index order, whatever the table's size.

ALTER TABLE request ADD KEY request_received (received_on, agenda_no);
