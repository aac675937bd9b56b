# tests/stack/lib.sh: shell functions behind ./dev and $SIBINA_DBCTL: processes by pid file, the private MariaDB, FastCGI workers, nginx, Apache.
# shellcheck shell=bash
#
# Sourced by bash scripts running with `set -euo pipefail`. The functions use these globals:
#   ROOT     the repository                STATE    the servers' run-time directory (see ./dev)
#   RUN_DIR  pid files and sockets         LOG_DIR  logs (the app's log too)
#   DB_DIR   MariaDB (data/, mysqld.pid)   DB_PORT  MariaDB's TCP port (bound to 127.0.0.1)
#   DB_SOCK  MariaDB's unix socket         DB_EXTRA extra mariadbd options (array, may be empty)
#   CGIBIN   installed programs            CONFIG   the HDF config file
#   HTDOCS   document root (static files)  TEMPLATES ClearSilver templates
#   UPLOADS_DIR  applicants' stored files (Paths.Uploads), $STATE/uploads
#
# PID 1 on these machines does not reap orphans, so an exited daemon can linger as a
# zombie that `kill -0` still finds: liveness is judged by /proc/PID/stat, and a pid is
# only signalled when its executable is the one we expect (a stale pid file may name a
# pid the kernel has given to someone else).
#
# ./dev holds its locks on file descriptors 7, 8 and 9 (flock). A daemon that inherited
# one would hold that lock for its whole life, so every start below closes them.

# Prints a progress line.
say() {
	printf '==> %s\n' "$*"
}

# Prints a warning on stderr.
warn() {
	printf 'dev: warning: %s\n' "$*" >&2
}

# Prints an error on stderr and exits 1.
die() {
	printf 'dev: error: %s\n' "$*" >&2
	exit 1
}

# True if PID is a running process (zombies count as gone).
pid_alive() {
	local pid=$1 stat
	[[ $pid =~ ^[0-9]+$ ]] || return 1
	kill -0 "$pid" 2>/dev/null || return 1
	stat=$(cat "/proc/$pid/stat" 2>/dev/null) || return 1
	stat=${stat##*) }
	[[ ${stat%% *} != Z ]]
}

# True if PID is running and its executable's file name is NAME.
pid_is() {
	local pid=$1 name=$2 exe
	pid_alive "$pid" || return 1
	exe=$(readlink "/proc/$pid/exe" 2>/dev/null) || return 1
	exe=${exe% (deleted)}
	[[ ${exe##*/} == "$name" ]]
}

# Prints the pids listed in FILE (one per line; nothing if the file is absent).
pidfile_pids() {
	local file=$1 pid
	[[ -f $file ]] || return 0
	while read -r pid || [[ -n $pid ]]; do
		[[ $pid =~ ^[0-9]+$ ]] && printf '%s\n' "$pid"
	done <"$file"
	return 0
}

# True if some pid in FILE is a running NAME.
pidfile_alive() {
	local file=$1 name=$2 pid
	for pid in $(pidfile_pids "$file"); do
		pid_is "$pid" "$name" && return 0
	done
	return 1
}

# Sends SIGTERM to each pid that is a running NAME, waits up to 10 s, then SIGKILLs the rest.
stop_pids() {
	local name=$1 pid i left
	shift
	local -a mine=()
	for pid in "$@"; do
		pid_is "$pid" "$name" && mine+=("$pid")
	done
	((${#mine[@]} > 0)) || return 0
	kill -TERM "${mine[@]}" 2>/dev/null || true
	for ((i = 0; i < 100; i++)); do
		left=0
		for pid in "${mine[@]}"; do
			pid_alive "$pid" && left=1
		done
		((left == 0)) && return 0
		sleep 0.1
	done
	for pid in "${mine[@]}"; do
		if pid_alive "$pid"; then
			warn "$name (pid $pid) ignored SIGTERM for 10 s: sending SIGKILL"
			kill -KILL "$pid" 2>/dev/null || true
		fi
	done
}

# Stops every NAME process listed in pid FILE, then removes FILE.
stop_pidfile() {
	local file=$1 name=$2
	# shellcheck disable=SC2046 # one word per pid
	stop_pids "$name" $(pidfile_pids "$file")
	rm -f "$file"
}

# True if something accepts TCP connections on 127.0.0.1:PORT.
port_busy() {
	(exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# Fails unless 127.0.0.1:PORT is free (WHAT names the server that wants it).
need_port() {
	if port_busy "$1"; then
		die "port $1 (for $2) is already in use by another program"
	fi
}

# Waits up to 30 s until URL answers HTTP (any status); fails otherwise.
http_wait() {
	local url=$1 code i
	for ((i = 0; i < 300; i++)); do
		code=$(curl -s -o /dev/null --max-time 2 -w '%{http_code}' "$url" 2>/dev/null) || true
		[[ -n $code && $code != 000 ]] && return 0
		sleep 0.1
	done
	die "$url does not answer"
}

# Copies template IN to OUT, replacing each @KEY@ by its value (arguments KEY=VALUE).
render() {
	local in=$1 out=$2 kv key val
	shift 2
	local -a expr=()
	for kv in "$@"; do
		key=${kv%%=*}
		val=${kv#*=}
		val=${val//\\/\\\\}
		val=${val//|/\\|}
		val=${val//&/\\&}
		expr+=(-e "s|@${key}@|${val}|g")
	done
	sed "${expr[@]}" "$in" >"$out.tmp"
	if grep -q '@[A-Z_]*@' "$out.tmp"; then
		die "$in: placeholders left unfilled: $(grep -o '@[A-Z_]*@' "$out.tmp" | sort -u | tr '\n' ' ')"
	fi
	mv -f "$out.tmp" "$out"
}

# Prints the last lines of each existing log file given (for failure reports).
show_logs() {
	local f
	for f in "$@"; do
		[[ -s $f ]] || continue
		printf -- '--- last lines of %s ---\n' "$f"
		tail -n 25 "$f"
	done
}

# ---- MariaDB ----------------------------------------------------------------------------

# Runs the mariadb client as root (socket authentication) on the private server.
db_sql() {
	mariadb --no-defaults --socket="$DB_SOCK" -uroot --default-character-set=utf8mb4 "$@"
}

# True if the private server answers.
db_ping() {
	mariadb-admin --no-defaults --socket="$DB_SOCK" -uroot --connect-timeout=2 \
		ping >/dev/null 2>&1
}

# Creates the data directory (system tables only) unless it exists.
db_install() {
	[[ -d $DB_DIR/data/mysql ]] && return 0
	say "creating MariaDB data directory $DB_DIR/data"
	mkdir -p "$DB_DIR"
	chmod 0755 "$DB_DIR"
	if ! mariadb-install-db --no-defaults --user=root --datadir="$DB_DIR/data" \
		--auth-root-authentication-method=socket --skip-test-db --skip-name-resolve \
		--force >"$DB_DIR/install.log" 2>&1; then
		show_logs "$DB_DIR/install.log" >&2
		rm -rf "$DB_DIR/data"
		die "mariadb-install-db failed"
	fi
}

# Starts the private server unless it runs; waits until it answers (30 s at most).
db_start() {
	local i pid
	if db_ping; then
		return 0
	fi
	if ! pidfile_alive "$DB_DIR/mysqld.pid" mariadbd; then
		need_port "$DB_PORT" "MariaDB"
		rm -f "$DB_DIR/mysqld.pid" "$DB_SOCK" "$DB_SOCK.lock"
		# setsid: the server outlives this script and its terminal; no inherited stdio,
		# so a caller reading our output (a pipe, node's execFileSync) is not held open.
		setsid mariadbd --no-defaults --user=root --datadir="$DB_DIR/data" \
			--socket="$DB_SOCK" --port="$DB_PORT" --bind-address=127.0.0.1 \
			--pid-file="$DB_DIR/mysqld.pid" --log-error="$DB_DIR/mysqld.err" \
			--skip-name-resolve --skip-log-bin --character-set-server=utf8mb4 \
			--collation-server=utf8mb4_unicode_ci ${DB_EXTRA[@]+"${DB_EXTRA[@]}"} \
			</dev/null >>"$DB_DIR/mysqld.out" 2>&1 7>&- 8>&- 9>&- &
		pid=$!
	fi
	for ((i = 0; i < 300; i++)); do
		db_ping && return 0
		if [[ -n ${pid:-} ]] && ! pid_alive "$pid"; then
			break
		fi
		sleep 0.1
	done
	show_logs "$DB_DIR/mysqld.err" "$DB_DIR/mysqld.out" >&2
	die "MariaDB did not start (socket $DB_SOCK)"
}

# Stops the private server if it runs (a clean shutdown; SIGTERM by pid file as a fallback).
db_stop() {
	if db_ping; then
		mariadb-admin --no-defaults --socket="$DB_SOCK" -uroot shutdown \
			>/dev/null 2>&1 || true
	fi
	stop_pidfile "$DB_DIR/mysqld.pid" mariadbd
}

# Creates database sibina and user 'sibina'@'localhost' with password PW (set again if it differs).
db_create_app_user() {
	local pw=$1
	db_sql <<-SQL
		CREATE DATABASE IF NOT EXISTS \`sibina\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
		CREATE USER IF NOT EXISTS 'sibina'@'localhost' IDENTIFIED BY '$pw';
		ALTER USER 'sibina'@'localhost' IDENTIFIED BY '$pw';
	SQL
}

# Gives 'sibina'@'localhost' exactly the rights in sql/grants.sql (placeholders: @DB@ the
# database name; '@USER@' quoted the user name; bare @USER@ the account 'sibina'@'localhost').
# Without that file: SELECT, INSERT, UPDATE, DELETE on the whole database.
db_grants() {
	local file=$ROOT/sql/grants.sql
	{
		echo "REVOKE ALL PRIVILEGES, GRANT OPTION FROM 'sibina'@'localhost';"
		if [[ -f $file ]]; then
			sed -e "s/'@USER@'/'sibina'/g" -e "s/@USER@/'sibina'@'localhost'/g" \
				-e "s/@DB@/sibina/g" "$file"
		else
			echo "GRANT SELECT, INSERT, UPDATE, DELETE ON \`sibina\`.* TO 'sibina'@'localhost';"
		fi
	} | db_sql || die "applying ${file#"$ROOT"/} failed"
}

# Loads each sql/demo/*.sql (as root, into sibina) that TRACK does not list yet; records it there.
db_load_demo() {
	local track=$1 f name
	[[ -d $ROOT/sql/demo ]] || return 0
	touch "$track"
	for f in "$ROOT"/sql/demo/*.sql; do
		[[ -f $f ]] || continue
		name=${f##*/}
		grep -qxF "$name" "$track" && continue
		say "loading demo data sql/demo/$name"
		db_sql sibina <"$f" || die "loading sql/demo/$name failed"
		echo "$name" >>"$track"
	done
}

# ---- HDF config -------------------------------------------------------------------------

# Prints the Database.Password stored in an HDF file written by write_config (nothing if none).
config_password() {
	[[ -f $1 ]] || return 0
	awk '
		/^Database[ \t]*\{/ { inside = 1; next }
		inside && /^\}/ { inside = 0 }
		inside && $1 == "Password" && $2 == "=" { print $3; exit }
	' "$1"
}

# Prints the Security.Secret of the HDF config FILE (empty if none): kept across restarts so
# that forms opened before a restart can still be sent.
config_secret() {
	[[ -f $1 ]] || return 0
	awk '$1 == "Security.Secret" && $2 == "=" { print $3; exit }' "$1"
}

# Prints a new secret: 32 random bytes in hex.
new_secret() {
	od -An -tx1 -N32 /dev/urandom | tr -d ' \n'
	echo
}

# Prints a new random password (letters and digits).
new_password() {
	local pw
	pw=$(head -c 48 /dev/urandom | base64 -w0 | tr -dc 'A-Za-z0-9')
	printf '%s\n' "${pw:0:24}"
}

# Writes the HDF config CONFIG (contract: one file, path in SIBINA_CONFIG), readable by www-data.
# Arguments: base URL, database password.
write_config() {
	local base_url=$1 pw=$2 secret
	secret=$(config_secret "$CONFIG")
	[[ -n $secret ]] || secret=$(new_secret)
	cat >"$CONFIG.tmp" <<-HDF
		# Sibina configuration written by ./dev (regenerated on each run; edit ./dev instead).
		Site {
		  BaseUrl = $base_url
		  BasePath =
		}
		Office {
		  Government = Pemerintah Kabupaten Sijunjung
		  Name = Dinas Perdagangan, Perindustrian, Koperasi dan UKM
		  ShortName = Dinas Dagperinkop UKM
		  Address = Jl. Imam Bonjol No. 109, Muaro Sijunjung 27511
		  Phone = 0754-20044
		  Website = dagperinkopukm.sijunjung.go.id
		  City = Muaro Sijunjung
		}
		Database {
		  Socket = $DB_SOCK
		  Name = sibina
		  User = sibina
		  Password = $pw
		}
		Migrate {
		  User = root
		  Password =
		}
		Paths {
		  Templates = $TEMPLATES
		  Sql = $ROOT/sql
		  Log = $LOG_DIR/sibina.log
		  # Applicants' files: outside the document root, owned by www-data, mode 0750.
		  Uploads = $UPLOADS_DIR
		}
		Cache.CheckSeconds = 1
		Security.Secret = $secret
		# The defaults, written out: misses of tracking codes per address (TrackMisses in
		# TrackWindow seconds), accepted submissions per address (Submissions in SubmitWindow).
		Limits {
		  TrackMisses = 10
		  TrackWindow = 900
		  Submissions = 10
		  SubmitWindow = 3600
		}
	HDF
	chown root:www-data "$CONFIG.tmp"
	chmod 0640 "$CONFIG.tmp"
	mv -f "$CONFIG.tmp" "$CONFIG"
}

# ---- FastCGI workers, nginx, Apache -----------------------------------------------------

# Makes the run-time directories, the app's log file and the uploads directory (both
# written by www-data; the uploads are kept, whatever they hold).
make_state_dirs() {
	mkdir -p "$STATE" "$RUN_DIR" "$LOG_DIR" "$DB_DIR" "$UPLOADS_DIR"
	chmod 0755 "$STATE" "$RUN_DIR" "$DB_DIR"
	chown www-data:www-data "$UPLOADS_DIR"
	chmod 0750 "$UPLOADS_DIR"
	chown www-data:www-data "$LOG_DIR"
	chmod 0755 "$LOG_DIR"
	touch "$LOG_DIR/sibina.log"
	chown www-data:www-data "$LOG_DIR/sibina.log"
	chmod 0640 "$LOG_DIR/sibina.log"
}

# Starts COUNT FastCGI workers of PROG as www-data on $RUN_DIR/NAME.sock (pids in NAME.pid).
workers_start() {
	local name=$1 count=$2 prog=$3 pid
	[[ -x $prog ]] || die "$prog is missing (did the build install it?)"
	stop_pidfile "$RUN_DIR/$name.pid" "${prog##*/}"
	rm -f "$RUN_DIR/$name.sock"
	# A clean environment: the workers see only what a server would give them.
	if ! env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 SIBINA_CONFIG="$CONFIG" \
		spawn-fcgi -s "$RUN_DIR/$name.sock" -M 0660 -u www-data -g www-data \
		-U www-data -G www-data -F "$count" -P "$RUN_DIR/$name.pid" -d "$STATE" -- "$prog" \
		</dev/null >>"$LOG_DIR/spawn-fcgi.log" 2>&1 7>&- 8>&- 9>&-; then
		show_logs "$LOG_DIR/spawn-fcgi.log" >&2
		die "spawn-fcgi could not start $prog"
	fi
	sleep 0.2
	for pid in $(pidfile_pids "$RUN_DIR/$name.pid"); do
		if ! pid_is "$pid" "${prog##*/}"; then
			show_logs "$LOG_DIR/sibina.log" >&2
			die "${prog##*/} worker $pid exited at start (see $LOG_DIR/sibina.log)"
		fi
	done
}

# Stops the FastCGI workers NAME (program file name PROGNAME).
workers_stop() {
	stop_pidfile "$RUN_DIR/$1.pid" "$2"
	rm -f "$RUN_DIR/$1.sock"
}

# Starts nginx on 127.0.0.1:PORT from tests/stack/nginx.conf.in (files under $STATE/nginx).
nginx_start() {
	local port=$1 dir=$STATE/nginx i
	need_port "$port" nginx
	mkdir -p "$dir/tmp"
	render "$ROOT/tests/stack/nginx.conf.in" "$dir/nginx.conf" \
		ROOT="$ROOT" HTDOCS="$HTDOCS" STATE="$STATE" RUN_DIR="$RUN_DIR" LOG_DIR="$LOG_DIR" PORT="$port"
	if ! nginx -p "$dir/" -c "$dir/nginx.conf" -e "$LOG_DIR/nginx-error.log" \
		</dev/null >>"$LOG_DIR/nginx-start.log" 2>&1 7>&- 8>&- 9>&-; then
		show_logs "$LOG_DIR/nginx-start.log" "$LOG_DIR/nginx-error.log" >&2
		die "nginx did not start"
	fi
	for ((i = 0; i < 50; i++)); do
		pidfile_alive "$RUN_DIR/nginx.pid" nginx && break
		sleep 0.1
	done
	http_wait "http://127.0.0.1:$port/static/sibina.css"
}

# Stops nginx (by its pid file).
nginx_stop() {
	stop_pidfile "$RUN_DIR/nginx.pid" nginx
}

# Starts Apache in MODE (fcgid or cgi) on 127.0.0.1:PORT from tests/stack/apache-MODE.conf.in.
apache_start() {
	local mode=$1 port=$2 dir=$STATE/apache-$1
	need_port "$port" "Apache ($mode)"
	mkdir -p "$dir" "$RUN_DIR/apache-$mode" "$RUN_DIR/fcgid"
	chown www-data:www-data "$RUN_DIR/fcgid"
	local -a vars=(ROOT="$ROOT" HTDOCS="$HTDOCS" STATE="$STATE" RUN_DIR="$RUN_DIR"
		LOG_DIR="$LOG_DIR" PORT="$port" CGIBIN="$CGIBIN" CONFIG="$CONFIG")
	render "$ROOT/tests/stack/apache-site.conf.in" "$dir/site.conf" "${vars[@]}"
	render "$ROOT/tests/stack/apache-$mode.conf.in" "$dir/httpd.conf" "${vars[@]}"
	if ! env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
		apache2 -f "$dir/httpd.conf" -k start \
		</dev/null >>"$LOG_DIR/apache-$mode-start.log" 2>&1 7>&- 8>&- 9>&-; then
		show_logs "$LOG_DIR/apache-$mode-start.log" "$LOG_DIR/apache-$mode-error.log" >&2
		die "Apache ($mode) did not start"
	fi
	http_wait "http://127.0.0.1:$port/static/sibina.css"
}

# Stops Apache in MODE (by its pid file; Apache stops its own children and FastCGI processes).
apache_stop() {
	stop_pidfile "$RUN_DIR/apache-$1.pid" apache2
}
