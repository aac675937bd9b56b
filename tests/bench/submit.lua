-- tests/bench/submit.lua: wrk script of tests/bench/submit: POSTs the request form, each time with a fresh submit_key.
--
-- From the environment (set by tests/bench/submit):
--   BENCH_TOKENS    a file, one line per wrk thread: "CSRF-TOKEN COOKIE-VALUE" (from a GET of the form)
--   BENCH_BODY      the multipart body, with @CSRF@ and @SUBMIT_KEY@ where the token and key go
--   BENCH_PATH      the form's path
--   BENCH_BOUNDARY  the multipart boundary of the body
-- Prints one line at the end: "BENCH requests=... p50_us=... ok303=... non303=... statuses=..."

local threads = {}
local next_id = 0

-- Main state: give each thread its number and keep it for done().
function setup(thread)
   next_id = next_id + 1
   thread:set("id", next_id)
   table.insert(threads, thread)
end

local function read_file(name, mode)
   local f = assert(io.open(name, mode or "r"))
   local s = f:read("*a")
   f:close()
   return s
end

-- Replaces the one placeholder `mark` in s by value (plain text, no patterns).
local function fill(s, mark, value)
   local a, b = s:find(mark, 1, true)
   assert(a, "no " .. mark .. " in the body")
   return s:sub(1, a - 1) .. value .. s:sub(b + 1)
end

local prefix, suffix, headers, path, urandom
ok303 = 0
non303 = 0
statuses = {}

-- Each thread: its token and cookie, the body split around the submit_key.
function init(args)
   local n = 0
   local token, cookie
   for line in io.lines(os.getenv("BENCH_TOKENS")) do
      n = n + 1
      if n == id then
         token, cookie = line:match("^(%x+) (%x+)$")
      end
   end
   assert(token, "no token for thread " .. tostring(id))
   local body = fill(read_file(os.getenv("BENCH_BODY"), "rb"), "@CSRF@", token)
   local a, b = body:find("@SUBMIT_KEY@", 1, true)
   assert(a, "no @SUBMIT_KEY@ in the body")
   prefix = body:sub(1, a - 1)
   suffix = body:sub(b + 1)
   path = os.getenv("BENCH_PATH")
   headers = {
      ["Content-Type"] = "multipart/form-data; boundary=" .. os.getenv("BENCH_BOUNDARY"),
      ["Cookie"] = "sibina_csrf=" .. cookie,
   }
   urandom = assert(io.open("/dev/urandom", "rb"))
end

-- A fresh submit_key: 32 bytes of /dev/urandom as 64 lowercase hex digits.
local function new_key()
   local bytes = urandom:read(32)
   return (bytes:gsub(".", function(c) return string.format("%02x", c:byte()) end))
end

function request()
   return wrk.format("POST", path, headers, prefix .. new_key() .. suffix)
end

function response(status, hdrs, body)
   if status == 303 then
      ok303 = ok303 + 1
   else
      non303 = non303 + 1
      statuses[status] = (statuses[status] or 0) + 1
   end
end

function done(summary, latency, requests)
   local ok, bad, by = 0, 0, {}
   for _, t in ipairs(threads) do
      ok = ok + t:get("ok303")
      bad = bad + t:get("non303")
      for s, n in pairs(t:get("statuses")) do
         by[s] = (by[s] or 0) + n
      end
   end
   local list = {}
   for s, n in pairs(by) do
      table.insert(list, string.format("%d:%d", s, n))
   end
   table.sort(list)
   local e = summary.errors
   io.write(string.format(
      "BENCH requests=%d duration_us=%d p50_us=%d p99_us=%d max_us=%d connect=%d read=%d write=%d timeout=%d status=%d ok303=%d non303=%d statuses=%s\n",
      summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), latency.max,
      e.connect, e.read, e.write, e.timeout, e.status, ok, bad, #list > 0 and table.concat(list, ",") or "-"))
end
