#!/usr/bin/env bash
# Pillars benchmarks: cold boot, hot deploy, throughput and memory, measured in one run, interleaved.
# Usage (from anywhere):   bash bench/run.sh [--rounds N]
# See ../BENCHMARKS.md for what each figure means and the last measured results.
#
# Knobs (environment):
#   BENCH_ROUNDS=5            rounds of every interleaved measurement (also --rounds N)
#   BENCH_PHASES=boot,hotdeploy,throughput,data   which phases to run (memory is measured in the boot phase;
#                             data: import, search, GET by id and heap with BENCH_DATA_VOLUNTEERS=100000 volunteers,
#                             BENCH_DATA_ROUNDS=3 imports, search with BENCH_DATA_SEARCH_CONNECTIONS=4 connections)
#   BENCH_BOOT_TIMEOUT_S=120  a boot slower than this is a failed round
#   BENCH_SETTLE_S=10         idle seconds after the first 200 before the memory figures are taken
#   BENCH_WRK_THREADS=2 BENCH_WRK_CONNECTIONS=16 BENCH_WRK_DURATION=10s BENCH_WRK_WARMUP=5s
#   BENCH_HEAP_FLAGS=1        also pass -Xms$JAVA_MIN_MEM -Xmx$JAVA_MAX_MEM through EXTRA_JAVA_OPTS (see below)
#   BENCH_JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64
#   BENCH_PORT_BASE=18181     first port tried; every port used is checked free on 127.0.0.1 first
#   BENCH_QUIET_CPU_PCT=20 BENCH_QUIET_TIMEOUT_S=600 BENCH_QUIET_BUDGET_S=2400
#                             before each measurement, wait (at most QUIET_TIMEOUT_S, and at most QUIET_BUDGET_S
#                             over the whole run) until no other JVM runs and the CPU is less than QUIET_CPU_PCT busy.
#                             A figure taken while another JVM ran (checked every 0.5 s) is flagged "not quiet" in
#                             the CSV (column noise) and the round is repeated, up to
#   BENCH_MAX_ATTEMPTS_FACTOR=3 times the rounds in all; medians and verdicts use the quiet figures.
set -euo pipefail

# ---------------------------------------------------------------------------------------------------------------
# Settings
# ---------------------------------------------------------------------------------------------------------------
BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT_DIR="$(cd "$BENCH_DIR/.." && pwd)"
TARGET_DIR="$BENCH_DIR/target"
WORK_DIR="$TARGET_DIR/work"

ROUNDS="${BENCH_ROUNDS:-5}"
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) ROUNDS="$2"; shift 2 ;;
    --rounds=*) ROUNDS="${1#--rounds=}"; shift ;;
    -h|--help) sed -n 2,20p "${BASH_SOURCE[0]}"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
case "$ROUNDS" in ''|*[!0-9]*) echo "rounds must be a positive integer" >&2; exit 2 ;; esac
[ "$ROUNDS" -ge 1 ] || { echo "rounds must be >= 1" >&2; exit 2; }

PHASES="${BENCH_PHASES:-boot,hotdeploy,throughput,data}"
DATA_VOLUNTEERS="${BENCH_DATA_VOLUNTEERS:-100000}"
DATA_ROUNDS="${BENCH_DATA_ROUNDS:-3}"
DATA_SEARCH_CONNECTIONS="${BENCH_DATA_SEARCH_CONNECTIONS:-4}"
# No password ships: every Pillars started here makes its admin "karaf" with this one on its first start.
export PILLARS_ADMIN_PASSWORD="${BENCH_ADMIN_PASSWORD:-bench-admin-password}"
AUTH="Basic $(printf 'karaf:%s' "$PILLARS_ADMIN_PASSWORD" | base64 -w0)"
BOOT_TIMEOUT_S="${BENCH_BOOT_TIMEOUT_S:-120}"
SETTLE_S="${BENCH_SETTLE_S:-10}"
WRK_THREADS="${BENCH_WRK_THREADS:-2}"
WRK_CONNECTIONS="${BENCH_WRK_CONNECTIONS:-16}"
WRK_DURATION="${BENCH_WRK_DURATION:-10s}"
WRK_WARMUP="${BENCH_WRK_WARMUP:-5s}"
HEAP_FLAGS="${BENCH_HEAP_FLAGS:-1}"
PORT_BASE="${BENCH_PORT_BASE:-18181}"
DEPLOY_TIMEOUT_S=30
STOP_TIMEOUT_S=60
QUIET_CPU_PCT="${BENCH_QUIET_CPU_PCT:-20}"
QUIET_TIMEOUT_S="${BENCH_QUIET_TIMEOUT_S:-600}"
QUIET_BUDGET_MS=$(( ${BENCH_QUIET_BUDGET_S:-2400} * 1000 ))
MAX_ATTEMPTS_FACTOR="${BENCH_MAX_ATTEMPTS_FACTOR:-3}"

export JAVA_HOME="${BENCH_JAVA_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}"
export PATH="$JAVA_HOME/bin:$PATH"
# The same memory settings for every Karaf started here. Karaf 4.4's Unix scripts (bin/karaf, bin/inc) never read
# JAVA_MIN_MEM / JAVA_MAX_MEM (only the Windows .bat files do), so exporting them alone leaves the JVM on its
# default heap (1/4 of RAM). BENCH_HEAP_FLAGS=1 (default) therefore also passes them as -Xms/-Xmx, identically for
# Pillars and vanilla; the real MaxHeapSize of each JVM is written to the CSV.
export JAVA_MIN_MEM="${JAVA_MIN_MEM:-128M}"
export JAVA_MAX_MEM="${JAVA_MAX_MEM:-512M}"
if [ "$HEAP_FLAGS" = "1" ]; then
  export EXTRA_JAVA_OPTS="-Xms${JAVA_MIN_MEM} -Xmx${JAVA_MAX_MEM}"
else
  unset EXTRA_JAVA_OPTS || true
fi
unset JAVA_OPTS KARAF_DEBUG || true

KARAF_VERSION=4.4.10
# The build outputs of the project; the run uses copies of them taken at its start (snapshot_inputs), so that a
# rebuild by someone else while the benchmark runs cannot change or truncate them under its feet.
SRC_PILLARS_TGZ="$ROOT_DIR/karaf-distribution/target/pillars-karaf-distribution-0.1.0-SNAPSHOT.tar.gz"
SRC_CUSTOM_PILLAR_JAR="$ROOT_DIR/examples/custom-pillar/target/custom-pillar-0.1.0-SNAPSHOT.jar"
INPUT_DIR="$TARGET_DIR/inputs"
PILLARS_TGZ="$INPUT_DIR/pillars-karaf-distribution-0.1.0-SNAPSHOT.tar.gz"
CUSTOM_PILLAR_JAR="$INPUT_DIR/custom-pillar-0.1.0-SNAPSHOT.jar"
VANILLA_TGZ="$TARGET_DIR/apache-karaf-$KARAF_VERSION.tar.gz"
VANILLA_REPO="$TARGET_DIR/vanilla-repo"
TRIVIAL_JAR="$BENCH_DIR/trivial-servlet/target/trivial-servlet-0.1.0-SNAPSHOT.jar"

TS="$(date -u +%Y%m%dT%H%M%SZ)"
CSV="$TARGET_DIR/results-$TS.csv"
SUMMARY="$TARGET_DIR/results-$TS-summary.txt"
LOG_DIR="$WORK_DIR/logs"

log() { printf '[bench %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# Milliseconds / microseconds since the epoch without forking (bash 5).
now_us() { local t="${EPOCHREALTIME/./}"; echo "$t"; }
now_ms() { local t="${EPOCHREALTIME/./}"; echo "$(( t / 1000 ))"; }

phase_enabled() { case ",$PHASES," in *",$1,"*) return 0 ;; *) return 1 ;; esac; }

# ---------------------------------------------------------------------------------------------------------------
# Noise: the machine has 2 cores and other people's tests (Pax Exam boots whole Karafs) may run on it too.
# ---------------------------------------------------------------------------------------------------------------
NOISE=n/a          # written with every figure: quiet, or why the round was not
LAST_QUIET=0       # 1 when the last figure taken was quiet
BOOT_QUIET=0
NOISE_START=quiet
MON_PID=""
MON_FILE=""

foreign_jvms() { # how many java processes run that are not one of ours
  local n=0 pid cmd
  for pid in $(pgrep -x java 2>/dev/null || true); do
    cmd="$(tr '\0' ' ' 2>/dev/null < "/proc/$pid/cmdline" || true)"
    [ -n "$cmd" ] || continue
    case "$cmd" in *"$WORK_DIR/"*) continue ;; esac
    n=$(( n + 1 ))
  done
  echo "$n"
}

cpu_sample() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9 }' /proc/stat; }
cpu_busy_pct() { # share of all cores busy (steal included) over one second
  local b1 t1 b2 t2
  read -r b1 t1 < <(cpu_sample); sleep 1; read -r b2 t2 < <(cpu_sample)
  awk -v b="$(( b2 - b1 ))" -v t="$(( t2 - t1 ))" 'BEGIN { printf "%d", (t > 0) ? 100 * b / t : 0 }'
}

wait_quiet() { # label: waits until no foreign JVM runs and the CPU is calm (twice in a row); sets NOISE_START
  local label="$1" limit_s deadline told=0 f b calm=0 t_start
  limit_s=$(( QUIET_BUDGET_MS / 1000 ))
  [ "$limit_s" -le "$QUIET_TIMEOUT_S" ] || limit_s="$QUIET_TIMEOUT_S"
  [ "$limit_s" -ge 5 ] || limit_s=5
  t_start="$(now_ms)"; deadline=$(( t_start + limit_s * 1000 ))
  while :; do
    f="$(foreign_jvms)"; b="$(cpu_busy_pct)"
    if [ "$f" = 0 ] && [ "$b" -lt "$QUIET_CPU_PCT" ]; then
      calm=$(( calm + 1 ))
      if [ "$calm" -ge 2 ]; then
        NOISE_START=quiet
        [ "$told" = 0 ] || log "  quiet again after $(( ($(now_ms) - t_start) / 1000 )) s"
        break
      fi
      sleep 1; continue
    fi
    calm=0
    if [ "$(now_ms)" -ge "$deadline" ]; then
      log "  not quiet after ${limit_s}s ($f foreign JVMs, CPU $b% busy): measuring $label anyway, flagged"
      NOISE_START="busy-before($f foreign JVMs; cpu $b%)"
      break
    fi
    if [ "$told" = 0 ]; then
      log "  waiting for a quiet machine before $label: $f foreign JVM(s), CPU $b% busy"; told=1
    fi
    sleep 3
  done
  QUIET_BUDGET_MS=$(( QUIET_BUDGET_MS - ($(now_ms) - t_start) ))
  [ "$QUIET_BUDGET_MS" -ge 0 ] || QUIET_BUDGET_MS=0
  return 0
}

start_monitor() { # notes every half second in which a foreign JVM runs, while a measurement runs
  MON_FILE="$LOG_DIR/monitor.$$"
  : > "$MON_FILE"
  ( set +e; trap - EXIT
    while :; do f="$(foreign_jvms)"; [ "$f" != 0 ] && echo "$f" >> "$MON_FILE"; sleep 0.5; done ) &
  MON_PID=$!
}

stop_monitor() { # sets NOISE from NOISE_START and what the monitor saw
  if [ -n "$MON_PID" ]; then
    kill "$MON_PID" 2>/dev/null || true
    wait "$MON_PID" 2>/dev/null || true
    MON_PID=""
  fi
  NOISE="$NOISE_START"
  if [ -n "$MON_FILE" ] && [ -s "$MON_FILE" ]; then
    [ "$NOISE" = quiet ] && NOISE=""
    NOISE="${NOISE:+$NOISE; }foreign-jvm-during($(sort -n "$MON_FILE" | tail -n 1) max)"
  fi
  [ -n "$MON_FILE" ] && rm -f "$MON_FILE"
  MON_FILE=""
  return 0
}

# ---------------------------------------------------------------------------------------------------------------
# Process handling: every Karaf started here lives in a folder under $WORK_DIR, and is found by that folder.
# ---------------------------------------------------------------------------------------------------------------
karaf_pid() { # the JVM of the Karaf unpacked in $1
  pgrep -f -- "-Dkaraf\.base=$1( |\$)" 2>/dev/null | head -n 1 || true
}

wait_pid_exit() { # pid timeout_s -> 0 when gone
  local pid="$1" deadline=$(( $(now_ms) + $2 * 1000 ))
  while kill -0 "$pid" 2>/dev/null; do
    [ "$(now_ms)" -lt "$deadline" ] || return 1
    sleep 0.2
  done
  return 0
}

stop_karaf() { # dir
  local dir="$1" pid
  pid="$(karaf_pid "$dir")"
  [ -n "$pid" ] || return 0
  log "stopping $(basename "$dir") (pid $pid)"
  timeout 30 "$dir/bin/stop" >/dev/null 2>&1 || true
  if ! wait_pid_exit "$pid" "$STOP_TIMEOUT_S"; then
    log "$(basename "$dir") did not stop in ${STOP_TIMEOUT_S}s: SIGTERM"
    kill -TERM "$pid" 2>/dev/null || true
    if ! wait_pid_exit "$pid" 10; then
      log "$(basename "$dir"): SIGKILL"
      kill -9 "$pid" 2>/dev/null || true
      wait_pid_exit "$pid" 10 || true
    fi
  fi
  # the bin/karaf shell loop that started the JVM (it only loops on a restart request)
  local p
  for p in $(pgrep -f -- "$dir/bin/karaf" 2>/dev/null || true); do kill -9 "$p" 2>/dev/null || true; done
}

cleanup() {
  local rc=$?
  set +e
  stop_monitor >/dev/null 2>&1
  if [ -d "$WORK_DIR" ]; then
    local d
    for d in "$WORK_DIR"/*/; do
      d="${d%/}"
      [ -x "$d/bin/stop" ] && stop_karaf "$d"
    done
    # anything left that still runs from our own unpack folders
    local p
    for p in $(pgrep -f -- "$WORK_DIR/" 2>/dev/null || true); do
      [ "$p" = "$$" ] && continue
      log "killing leftover pid $p"
      kill -9 "$p" 2>/dev/null
    done
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ---------------------------------------------------------------------------------------------------------------
# Ports: only 127.0.0.1, never 8181; each one checked free before use.
# ---------------------------------------------------------------------------------------------------------------
USED_PORTS=" "
port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
next_port() { # prints a free port >= $1 that this run has not handed out yet
  local p="$1"
  while [ "$p" -lt 65000 ]; do
    if [ "$p" != 8181 ] && [[ "$USED_PORTS" != *" $p "* ]] && ! port_busy "$p"; then
      USED_PORTS="$USED_PORTS$p "
      echo "$p"; return 0
    fi
    p=$(( p + 1 ))
  done
  die "no free port from $1"
}

# ---------------------------------------------------------------------------------------------------------------
# Config editing helpers
# ---------------------------------------------------------------------------------------------------------------
set_prop() { # file key value: replaces "key = ..." (single line) or appends it
  local file="$1" key="$2" value="$3"
  if grep -Eq "^[[:space:]]*${key//./\\.}[[:space:]]*=" "$file" 2>/dev/null; then
    sed -i -E "s|^[[:space:]]*${key//./\\.}[[:space:]]*=.*|${key} = ${value}|" "$file"
  else
    printf '%s = %s\n' "$key" "$value" >> "$file"
  fi
}

append_list_prop() { # file key value: appends ", value" to a (possibly backslash-continued) list property
  local file="$1" key="$2" value="$3" tmp
  tmp="$(mktemp "$file.XXXX")"
  awk -v key="$key" -v value="$value" '
    BEGIN { inprop = 0; done = 0 }
    {
      line = $0
      if (!done && !inprop && line ~ "^[ \t]*" key "[ \t]*=") { inprop = 1 }
      if (inprop) {
        if (line ~ /\\[ \t]*$/) { print line; next }
        sub(/[ \t]+$/, "", line)
        print line ", \\"
        print "    " value
        inprop = 0; done = 1; next
      }
      print line
    }
    END { if (!done) exit 3 }' "$file" > "$tmp" || { rm -f "$tmp"; die "property $key not found in $file"; }
  mv "$tmp" "$file"
}

configure_ports() { # dir http ssh rmiRegistry rmiServer
  local dir="$1"
  local web="$dir/etc/org.ops4j.pax.web.cfg"
  touch "$web"
  set_prop "$web" org.osgi.service.http.enabled true
  set_prop "$web" org.osgi.service.http.port "$2"
  set_prop "$web" org.ops4j.pax.web.listening.addresses 127.0.0.1
  set_prop "$dir/etc/org.apache.karaf.shell.cfg" sshPort "$3"
  set_prop "$dir/etc/org.apache.karaf.shell.cfg" sshHost 127.0.0.1
  set_prop "$dir/etc/org.apache.karaf.management.cfg" rmiRegistryPort "$4"
  set_prop "$dir/etc/org.apache.karaf.management.cfg" rmiServerPort "$5"
}

# ---------------------------------------------------------------------------------------------------------------
# Unpacking
# ---------------------------------------------------------------------------------------------------------------
unpack_pillars() { # dir
  local dir="$1"
  rm -rf "$dir"; mkdir -p "$dir"
  tar -xzf "$PILLARS_TGZ" -C "$dir" --strip-components=1
  configure_ports "$dir" "$P_HTTP" "$P_SSH" "$P_RMI_REG" "$P_RMI_SRV"
}

unpack_vanilla() { # dir
  local dir="$1"
  rm -rf "$dir"; mkdir -p "$dir"
  tar -xzf "$VANILLA_TGZ" -C "$dir" --strip-components=1
  configure_ports "$dir" "$V_HTTP" "$V_SSH" "$V_RMI_REG" "$V_RMI_SRV"
  # Offline, like the Pillars distribution: the bundles of scr and http-whiteboard (collected by
  # karaf:features-add-to-repository into $VANILLA_REPO) and the trivial servlet go into the system/ repository.
  cp -R -n "$VANILLA_REPO"/. "$dir/system/"
  local tdir="$dir/system/be/pillars/bench/trivial-servlet/0.1.0-SNAPSHOT"
  mkdir -p "$tdir"
  cp "$TRIVIAL_JAR" "$tdir/trivial-servlet-0.1.0-SNAPSHOT.jar"
  # The trivial servlet as a boot feature (a boot bundle, no fileinstall delay), next to scr and http-whiteboard.
  cat > "$dir/etc/pillars-bench-features.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<features name="pillars-bench" xmlns="http://karaf.apache.org/xmlns/features/v1.6.0">
  <feature name="bench-trivial" version="0.1.0">
    <feature>scr</feature>
    <feature>http-whiteboard</feature>
    <bundle>mvn:be.pillars.bench/trivial-servlet/0.1.0-SNAPSHOT</bundle>
  </feature>
</features>
XML
  local cfg="$dir/etc/org.apache.karaf.features.cfg"
  append_list_prop "$cfg" featuresRepositories "file:$dir/etc/pillars-bench-features.xml"
  append_list_prop "$cfg" featuresBoot scr
  append_list_prop "$cfg" featuresBoot http-whiteboard
  append_list_prop "$cfg" featuresBoot bench-trivial
}

# ---------------------------------------------------------------------------------------------------------------
# HTTP polling
# ---------------------------------------------------------------------------------------------------------------
http_code() { # url [body-file]
  local out="${2:-/dev/null}"
  curl -s --noproxy '*' -o "$out" -w '%{http_code}' --connect-timeout 1 --max-time 2 "$1" 2>/dev/null || true
}

# wait_code url code timeout_s interval_s [body-file] -> prints elapsed ms from $T0_US (set by the caller) on success
wait_code() {
  local url="$1" want="$2" timeout_s="$3" interval="$4" body="${5:-/dev/null}" code now
  local deadline=$(( T0_US + timeout_s * 1000000 ))
  while :; do
    code="$(http_code "$url" "$body")"
    now="$(now_us)"
    if [ "$code" = "$want" ]; then
      echo $(( (now - T0_US) / 1000 )); return 0
    fi
    [ "$now" -lt "$deadline" ] || return 1
    sleep "$interval"
  done
}

# ---------------------------------------------------------------------------------------------------------------
# Results
# ---------------------------------------------------------------------------------------------------------------
record() { # benchmark variant round metric value unit [note]
  local note="${7:-}"
  if [ "$NOISE" = quiet ]; then LAST_QUIET=1; else LAST_QUIET=0; fi
  printf '%s,%s,%s,%s,%s,%s,"%s","%s"\n' "$1" "$2" "$3" "$4" "$5" "$6" "$NOISE" "${note//\"/\'}" >> "$CSV"
}

# stats benchmark variant metric [quiet|all|best] -> "n median min max" over the numeric values; "best" (default)
# is the quiet figures when there are any, else all of them
stats() {
  local mode="${4:-best}" out
  if [ "$mode" = best ]; then
    out="$(stats "$1" "$2" "$3" quiet)"
    case "$out" in 0\ *) out="$(stats "$1" "$2" "$3" all)" ;; esac
    echo "$out"; return 0
  fi
  awk -F, -v b="$1" -v v="$2" -v m="$3" -v mode="$mode" '
    $1 == b && $2 == v && $4 == m && $5 ~ /^[0-9.]+$/ && (mode == "all" || $7 == "\"quiet\"") { print $5 }' "$CSV" | sort -g | awk '
    { a[NR] = $1 }
    END {
      if (NR == 0) { print "0 NA NA NA"; exit }
      if (NR % 2) med = a[(NR + 1) / 2]; else med = (a[NR / 2] + a[NR / 2 + 1]) / 2
      printf "%d %.6g %.6g %.6g\n", NR, med, a[1], a[NR]
    }'
}
noisy() { awk -F, -v b="$1" -v v="$2" -v m="$3" '$1 == b && $2 == v && $4 == m && $7 != "\"quiet\""' "$CSV" | wc -l; }
failures() { awk -F, -v b="$1" -v v="$2" -v m="$3" '$1 == b && $2 == v && $4 == m && $5 == "FAIL"' "$CSV" | wc -l; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "NA" || b == "NA" || b == 0) print "NA"; else printf "%.3f\n", a / b }'; }

# ---------------------------------------------------------------------------------------------------------------
# Memory figures of a running Karaf
# ---------------------------------------------------------------------------------------------------------------
measure_memory() { # variant round pid
  local variant="$1" round="$2" pid="$3" rss rss_gc heap info maxheap meta
  rss="$(awk '/^VmRSS:/ { print $2 }' "/proc/$pid/status" 2>/dev/null || true)"
  timeout 60 jcmd "$pid" GC.run >/dev/null 2>&1 || true
  info="$(timeout 60 jcmd "$pid" GC.heap_info 2>/dev/null || true)"
  heap="$(printf '%s\n' "$info" | awk '/heap/ && /used/ { for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); gsub(/[^0-9]/, "", v); print v; exit } }')"
  meta="$(printf '%s\n' "$info" | awk '/Metaspace/ { for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); gsub(/[^0-9]/, "", v); print v; exit } }')"
  rss_gc="$(awk '/^VmRSS:/ { print $2 }' "/proc/$pid/status" 2>/dev/null || true)"
  maxheap="$(timeout 60 jcmd "$pid" VM.flags 2>/dev/null | tr ' ' '\n' | awk -F= '/^-XX:MaxHeapSize=/ { printf "%d", $2 / 1048576 }' || true)"
  NOISE_START=quiet
  stop_monitor
  record memory "$variant" "$round" rss_mib "$(awk -v k="${rss:-0}" 'BEGIN { printf "%.1f", k / 1024 }')" MiB "VmRSS ${SETTLE_S}s after first 200, before the GC"
  record memory "$variant" "$round" rss_after_gc_mib "$(awk -v k="${rss_gc:-0}" 'BEGIN { printf "%.1f", k / 1024 }')" MiB "VmRSS right after GC.run"
  record memory "$variant" "$round" live_heap_mib "$(awk -v k="${heap:-0}" 'BEGIN { printf "%.1f", k / 1024 }')" MiB "GC.heap_info used after GC.run"
  record memory "$variant" "$round" metaspace_mib "$(awk -v k="${meta:-0}" 'BEGIN { printf "%.1f", k / 1024 }')" MiB "GC.heap_info Metaspace used"
  record memory "$variant" "$round" max_heap_mib "${maxheap:-0}" MiB "-XX:MaxHeapSize of the JVM"
  log "  $variant memory: RSS $(( ${rss:-0} / 1024 )) MiB, live heap $(( ${heap:-0} / 1024 )) MiB, metaspace $(( ${meta:-0} / 1024 )) MiB, max heap ${maxheap:-?} MiB"
}

# ---------------------------------------------------------------------------------------------------------------
# (a) + (d): cold boot and memory
# ---------------------------------------------------------------------------------------------------------------
cold_boot() { # variant round
  local variant="$1" round="$2" dir url port ms pid body note=""
  dir="$WORK_DIR/$variant-$round"
  if [ "$variant" = pillars ]; then
    unpack_pillars "$dir"; port="$P_HTTP"; url="http://127.0.0.1:$port/api/pillars"
  else
    unpack_vanilla "$dir"; port="$V_HTTP"; url="http://127.0.0.1:$port/trivial"
  fi
  port_busy "$port" && die "port $port was taken by someone else before $variant-$round started"
  [ -z "$(ls -A "$dir/data" 2>/dev/null | grep -v '^tmp$' || true)" ] || die "$dir/data is not empty"
  body="$LOG_DIR/$variant-$round-first-200.body"
  sync
  wait_quiet "$variant boot $round"
  start_monitor
  local c0 c1 b0 b1 t0 t1 jvm_j=0 other tck
  tck="$(getconf CLK_TCK)"
  read -r b0 t0 < <(cpu_sample)
  T0_US="$(now_us)"
  "$dir/bin/start"
  if ms="$(wait_code "$url" 200 "$BOOT_TIMEOUT_S" 0.05 "$body")"; then
    stop_monitor
    read -r b1 t1 < <(cpu_sample)
    pid="$(karaf_pid "$dir")"
    [ -n "$pid" ] && jvm_j="$(sed 's/^.*) //' "/proc/$pid/stat" | awk '{ print $12 + $13 }')"
    # CPU the whole machine spent during the boot that was not the Karaf JVM (scripts, curl, anything else)
    other="$(awk -v b="$(( b1 - b0 ))" -v j="$jvm_j" -v hz="$tck" 'BEGIN { printf "%.1f", (b - j) / hz }')"
    note="JVM CPU $(awk -v j="$jvm_j" -v hz="$tck" 'BEGIN { printf "%.1f", j / hz }')s; other CPU ${other}s"
    if [ "$variant" = pillars ]; then
      note="$note; first body lists $(grep -o '"id"' "$body" | wc -l) pillars"
    fi
    record cold_boot "$variant" "$round" boot_ms "$ms" ms "$note"
    BOOT_QUIET="$LAST_QUIET"
    log "  $variant round $round: first 200 after $ms ms ($note; $NOISE)"
    start_monitor
    sleep "$SETTLE_S"
    if [ -n "$pid" ]; then
      measure_memory "$variant" "$round" "$pid"
    else
      stop_monitor
      record memory "$variant" "$round" rss_mib FAIL MiB "no pid"
    fi
  else
    stop_monitor
    record cold_boot "$variant" "$round" boot_ms FAIL ms "no 200 within ${BOOT_TIMEOUT_S}s"
    BOOT_QUIET="$LAST_QUIET"
    record memory "$variant" "$round" rss_mib FAIL MiB "boot failed"
    log "  $variant round $round: FAILED (no 200 within ${BOOT_TIMEOUT_S}s)"
  fi
  stop_karaf "$dir"
  cp "$dir/data/log/karaf.log" "$LOG_DIR/$variant-$round-karaf.log" 2>/dev/null || true
  rm -rf "$dir"
}

# ---------------------------------------------------------------------------------------------------------------
# (b) hot deploy and (c) throughput, in one running Pillars
# ---------------------------------------------------------------------------------------------------------------
ensure_wrk() {
  command -v wrk >/dev/null 2>&1 && return 0
  log "wrk is missing: installing the Debian package"
  if [ "$(id -u)" = 0 ]; then
    { apt-get update -q && apt-get install -y -q wrk; } >&2
  else
    { sudo apt-get update -q && sudo apt-get install -y -q wrk; } >&2
  fi
  command -v wrk >/dev/null 2>&1 || die "could not install wrk"
}

run_wrk() { # variant round url duration -> records rps
  local variant="$1" round="$2" url="$3" duration="$4" out rps non2xx errors lat
  [ "$round" = warmup ] || wait_quiet "wrk $variant $round"
  start_monitor
  out="$(timeout 120 wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"$duration" --latency "$url" 2>&1 || true)"
  stop_monitor
  printf '%s\n' "$out" > "$LOG_DIR/wrk-$variant-$round.txt"
  [ "$round" = warmup ] && return 0
  rps="$(printf '%s\n' "$out" | awk '/^Requests\/sec:/ { print $2 }')"
  non2xx="$(printf '%s\n' "$out" | awk '/Non-2xx or 3xx responses:/ { print $NF }')"
  errors="$(printf '%s\n' "$out" | awk '/Socket errors:/ { print }' | tr ',' ';')"
  lat="$(printf '%s\n' "$out" | awk '$1 == "50%" { print $2 }')"
  record throughput "$variant" "$round" rps "${rps:-FAIL}" req/s "p50 latency ${lat:-?}; non-2xx ${non2xx:-0}${errors:+; $errors}"
  log "  $variant round $round: ${rps:-FAIL} req/s (p50 ${lat:-?}, non-2xx ${non2xx:-0}; $NOISE)"
}

running_pillars() {
  local dir="$WORK_DIR/pillars-live" ms
  unpack_pillars "$dir"
  port_busy "$P_HTTP" && die "port $P_HTTP was taken by someone else"
  local base="http://127.0.0.1:$P_HTTP"
  log "booting $(basename "$dir") for hot deploy and throughput"
  T0_US="$(now_us)"
  "$dir/bin/start"
  ms="$(wait_code "$base/api/pillars" 200 "$BOOT_TIMEOUT_S" 0.05)" || die "pillars-live did not answer 200 in ${BOOT_TIMEOUT_S}s"
  log "  up after $ms ms"

  # The trivial servlet, dropped into the same container's deploy/ (needed for the throughput phase).
  cp "$TRIVIAL_JAR" "$dir/deploy.tmp-trivial.jar"
  mv "$dir/deploy.tmp-trivial.jar" "$dir/deploy/trivial-servlet.jar"
  T0_US="$(now_us)"
  ms="$(wait_code "$base/trivial" 200 "$DEPLOY_TIMEOUT_S" 0.05)" || die "the trivial servlet did not come up in Pillars"
  log "  trivial servlet up in Pillars after $ms ms"
  sleep 3

  if phase_enabled hotdeploy; then
    log "(b) hot deploy of custom-pillar, $ROUNDS rounds (fileinstall poll 1000 ms, curl every ~25 ms)"
    local url="$base/api/neighbourhood/summary" round code jitter
    code="$(http_code "$url")"
    [ "$code" = 404 ] || die "before the first deploy $url answers $code, not 404"
    local qd=0 qu=0 max=$(( ROUNDS * MAX_ATTEMPTS_FACTOR ))
    round=0
    while [ "$qd" -lt "$ROUNDS" ] || [ "$qu" -lt "$ROUNDS" ]; do
      if [ "$round" -ge "$max" ]; then
        log "  only $qd/$qu quiet deploys/undeploys after $max attempts: giving up on more"; break
      fi
      round=$(( round + 1 ))
      # land at a random moment of fileinstall's 1 s poll cycle
      jitter="$(awk -v r="$RANDOM" 'BEGIN { printf "%.3f", 1.5 + r / 32767 }')"
      wait_quiet "deploy $round"
      sleep "$jitter"
      cp "$CUSTOM_PILLAR_JAR" "$dir/deploy.tmp-custom.jar"   # same filesystem: the mv below is atomic
      start_monitor
      T0_US="$(now_us)"
      mv "$dir/deploy.tmp-custom.jar" "$dir/deploy/custom-pillar.jar"
      if ms="$(wait_code "$url" 200 "$DEPLOY_TIMEOUT_S" 0.02)"; then
        stop_monitor
        record hot_deploy pillars "$round" deploy_ms "$ms" ms "jar in deploy/ -> first 200"
        log "  round $round: deploy -> 200 after $ms ms ($NOISE)"
      else
        stop_monitor
        record hot_deploy pillars "$round" deploy_ms FAIL ms "no 200 within ${DEPLOY_TIMEOUT_S}s"
        log "  round $round: deploy FAILED"
      fi
      qd=$(( qd + LAST_QUIET ))
      jitter="$(awk -v r="$RANDOM" 'BEGIN { printf "%.3f", 1.5 + r / 32767 }')"
      wait_quiet "undeploy $round"
      sleep "$jitter"
      start_monitor
      T0_US="$(now_us)"
      rm -f "$dir/deploy/custom-pillar.jar"
      if ms="$(wait_code "$url" 404 "$DEPLOY_TIMEOUT_S" 0.02)"; then
        stop_monitor
        record hot_deploy pillars "$round" undeploy_ms "$ms" ms "jar deleted -> first 404"
        log "  round $round: delete -> 404 after $ms ms ($NOISE)"
      else
        stop_monitor
        record hot_deploy pillars "$round" undeploy_ms FAIL ms "no 404 within ${DEPLOY_TIMEOUT_S}s"
        log "  round $round: undeploy FAILED"
      fi
      qu=$(( qu + LAST_QUIET ))
    done
    sleep 2
  fi

  if phase_enabled throughput; then
    ensure_wrk
    log "(c) throughput: wrk -t$WRK_THREADS -c$WRK_CONNECTIONS -d$WRK_DURATION, $ROUNDS rounds each, interleaved"
    [ "$(http_code "$base/api/pillars")" = 200 ] || die "/api/pillars is not 200 before wrk"
    [ "$(http_code "$base/trivial")" = 200 ] || die "/trivial is not 200 before wrk"
    run_wrk pillars warmup "$base/api/pillars" "$WRK_WARMUP"
    run_wrk trivial warmup "$base/trivial" "$WRK_WARMUP"
    local round=0 qp=0 qt=0 max=$(( ROUNDS * MAX_ATTEMPTS_FACTOR ))
    while [ "$qp" -lt "$ROUNDS" ] || [ "$qt" -lt "$ROUNDS" ]; do
      if [ "$round" -ge "$max" ]; then
        log "  only $qp/$qt quiet wrk runs (pillars/trivial) after $max attempts: giving up on more"; break
      fi
      round=$(( round + 1 ))
      run_wrk pillars "$round" "$base/api/pillars" "$WRK_DURATION"; qp=$(( qp + LAST_QUIET ))
      run_wrk trivial "$round" "$base/trivial" "$WRK_DURATION"; qt=$(( qt + LAST_QUIET ))
    done
    curl -s --noproxy '*' --max-time 2 "$base/api/pillars" > "$LOG_DIR/api-pillars-body.json" || true
  fi

  stop_karaf "$dir"
  cp "$dir/data/log/karaf.log" "$LOG_DIR/pillars-live-karaf.log" 2>/dev/null || true
  rm -rf "$dir"
}

# ---------------------------------------------------------------------------------------------------------------
# Core data (issue 3): import of 100,000 volunteers, search latency, authenticated GET by id, heap with the data
# ---------------------------------------------------------------------------------------------------------------
wait_database() { # base: /api/health answers 200 once the database is up and core's tables are migrated
  T0_US="$(now_us)"
  wait_code "$1/api/health" 200 "$BOOT_TIMEOUT_S" 0.2 >/dev/null || die "$1/api/health is not 200 after ${BOOT_TIMEOUT_S}s"
  local n=0
  until [ "$(curl -s --noproxy '*' -o /dev/null -w '%{http_code}' -H "Authorization: $AUTH" "$1/api/skills")" = 200 ]; do
    n=$(( n + 1 )); [ "$n" -lt 600 ] || die "core's tables did not come up"; sleep 0.2
  done
}

wrk_latency_ms() { # wrk output, percentile (50%, 99%) -> milliseconds
  printf '%s\n' "$1" | awk -v p="$2" '$1 == p {
    v = $2; unit = v; gsub(/[0-9.]/, "", unit); sub(/[a-z]+$/, "", v)
    if (unit == "us") v /= 1000; else if (unit == "s") v *= 1000; else if (unit == "m") v *= 60000
    printf "%.2f", v }'
}

data_phase() {
  ensure_wrk
  local dir="$WORK_DIR/pillars-data" base="http://127.0.0.1:$P_HTTP" csv="$WORK_DIR/volunteers.csv" round ms out
  local ids="$WORK_DIR/volunteer-ids.txt" imported pid
  awk -v n="$DATA_VOLUNTEERS" -v seed=42 -f "$BENCH_DIR/data/generate-volunteers.awk" > "$csv"
  log "core data: $DATA_VOLUNTEERS generated volunteers ($(du -h "$csv" | cut -f1) of CSV), $DATA_ROUNDS import rounds on a fresh H2"
  for round in $(seq 1 "$DATA_ROUNDS"); do
    unpack_pillars "$dir"
    "$dir/bin/start"
    wait_database "$base"
    wait_quiet "import $round"
    start_monitor
    T0_US="$(now_us)"
    out="$(curl -s --noproxy '*' --max-time 600 -H "Authorization: $AUTH" -H 'Content-Type: text/csv' \
      --data-binary "@$csv" "$base/api/volunteers/import" || true)"
    ms=$(( ($(now_us) - T0_US) / 1000 ))
    stop_monitor
    imported="$(printf '%s' "$out" | sed -n 's/.*"imported":\([0-9]*\).*/\1/p')"
    if [ "$imported" = "$DATA_VOLUNTEERS" ]; then
      record core_data pillars "$round" import_ms "$ms" ms "POST /api/volunteers/import, $DATA_VOLUNTEERS rows, empty H2"
      log "  import round $round: $imported volunteers in $ms ms ($NOISE)"
    else
      record core_data pillars "$round" import_ms FAIL ms "answer: ${out:0:200}"
      log "  import round $round: FAILED: ${out:0:300}"
    fi
    [ "$round" = "$DATA_ROUNDS" ] || { stop_karaf "$dir"; rm -rf "$dir"; }
  done

  # Everything below runs against the last round's container, which holds the imported volunteers.
  local offset
  : > "$ids"
  for offset in 0 200 400 600 800; do
    curl -s --noproxy '*' --max-time 60 -H "Authorization: $AUTH" "$base/api/volunteers?limit=200&offset=$offset" \
      | grep -o '"id":"[0-9a-f-]\{36\}"' | cut -d'"' -f4 >> "$ids"
  done
  [ "$(wc -l < "$ids")" -gt 0 ] || die "no volunteer ids from the search"
  cp "$TRIVIAL_JAR" "$dir/deploy.tmp-trivial.jar"
  mv "$dir/deploy.tmp-trivial.jar" "$dir/deploy/trivial-servlet.jar"
  T0_US="$(now_us)"
  wait_code "$base/trivial" 200 "$DEPLOY_TIMEOUT_S" 0.05 >/dev/null || die "the trivial servlet did not come up"

  log "  search by skill + postal code: wrk -t$WRK_THREADS -c$DATA_SEARCH_CONNECTIONS -d$WRK_DURATION --latency, $ROUNDS rounds"
  BENCH_AUTH="$AUTH" wrk -t"$WRK_THREADS" -c"$DATA_SEARCH_CONNECTIONS" -d"$WRK_WARMUP" -s "$BENCH_DIR/data/search.lua" "$base" >/dev/null 2>&1 || true
  local q=0 attempt=0 p50 p99 rps
  while [ "$q" -lt "$ROUNDS" ] && [ "$attempt" -lt $(( ROUNDS * MAX_ATTEMPTS_FACTOR )) ]; do
    attempt=$(( attempt + 1 ))
    wait_quiet "search $attempt"
    start_monitor
    out="$(BENCH_AUTH="$AUTH" timeout 120 wrk -t"$WRK_THREADS" -c"$DATA_SEARCH_CONNECTIONS" -d"$WRK_DURATION" --latency \
      -s "$BENCH_DIR/data/search.lua" "$base" 2>&1 || true)"
    stop_monitor
    printf '%s\n' "$out" > "$LOG_DIR/wrk-search-$attempt.txt"
    p50="$(wrk_latency_ms "$out" 50%)"; p99="$(wrk_latency_ms "$out" 99%)"
    rps="$(printf '%s\n' "$out" | awk '/^Requests\/sec:/ { print $2 }')"
    local non2xx; non2xx="$(printf '%s\n' "$out" | awk '/Non-2xx or 3xx responses:/ { print $NF }')"
    [ -z "$non2xx" ] || { p50=FAIL; p99=FAIL; }
    record core_data search "$attempt" p50_ms "${p50:-FAIL}" ms "wrk $rps req/s; non-2xx ${non2xx:-0}"
    record core_data search "$attempt" p99_ms "${p99:-FAIL}" ms "wrk $rps req/s; non-2xx ${non2xx:-0}"
    q=$(( q + LAST_QUIET ))
    log "  search round $attempt: p50 $p50 ms, p99 $p99 ms, $rps req/s, non-2xx ${non2xx:-0} ($NOISE)"
  done

  log "  authenticated GET by id vs the trivial servlet: wrk -t$WRK_THREADS -c$WRK_CONNECTIONS -d$WRK_DURATION, interleaved"
  BENCH_AUTH="$AUTH" BENCH_IDS="$ids" wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"$WRK_WARMUP" -s "$BENCH_DIR/data/by-id.lua" "$base" >/dev/null 2>&1 || true
  run_wrk trivial-data warmup "$base/trivial" "$WRK_WARMUP"
  local qv=0 qt=0
  attempt=0
  while { [ "$qv" -lt "$ROUNDS" ] || [ "$qt" -lt "$ROUNDS" ]; } && [ "$attempt" -lt $(( ROUNDS * MAX_ATTEMPTS_FACTOR )) ]; do
    attempt=$(( attempt + 1 ))
    wait_quiet "by-id $attempt"
    start_monitor
    out="$(BENCH_AUTH="$AUTH" BENCH_IDS="$ids" timeout 120 wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"$WRK_DURATION" \
      --latency -s "$BENCH_DIR/data/by-id.lua" "$base" 2>&1 || true)"
    stop_monitor
    printf '%s\n' "$out" > "$LOG_DIR/wrk-by-id-$attempt.txt"
    rps="$(printf '%s\n' "$out" | awk '/^Requests\/sec:/ { print $2 }')"
    non2xx="$(printf '%s\n' "$out" | awk '/Non-2xx or 3xx responses:/ { print $NF }')"
    [ -z "$non2xx" ] || rps=FAIL
    record throughput volunteer-by-id "$attempt" rps "${rps:-FAIL}" req/s "p50 $(wrk_latency_ms "$out" 50%) ms; non-2xx ${non2xx:-0}"
    qv=$(( qv + LAST_QUIET ))
    log "  by-id round $attempt: ${rps:-FAIL} req/s, non-2xx ${non2xx:-0} ($NOISE)"
    run_wrk trivial-data "$attempt" "$base/trivial" "$WRK_DURATION"; qt=$(( qt + LAST_QUIET ))
  done

  log "  heap after a restart with the $DATA_VOLUNTEERS volunteers stored"
  stop_karaf "$dir"
  rm -f "$dir/deploy/trivial-servlet.jar"
  T0_US="$(now_us)"
  "$dir/bin/start"
  wait_code "$base/api/pillars" 200 "$BOOT_TIMEOUT_S" 0.05 >/dev/null || die "the restart with data did not answer"
  wait_database "$base"
  start_monitor
  sleep "$SETTLE_S"
  pid="$(karaf_pid "$dir")"
  [ -n "$pid" ] && measure_memory pillars-100k 1 "$pid"
  stop_karaf "$dir"
  cp "$dir/data/log/karaf.log" "$LOG_DIR/pillars-data-karaf.log" 2>/dev/null || true
  rm -rf "$dir"
}

# ---------------------------------------------------------------------------------------------------------------
# Summary
# ---------------------------------------------------------------------------------------------------------------
verdict() { # value op target
  awk -v v="$1" -v op="$2" -v t="$3" 'BEGIN {
    if (v == "NA") { print "NOT MEASURED"; exit }
    ok = (op == "<=") ? (v <= t) : (v >= t)
    print ok ? "MET" : "MISSED" }'
}

summary() {
  local fmt='%-11s %-8s %-17s %7s %11s %23s %6s %11s %5s\n'
  {
    echo "Pillars benchmarks, $TS (UTC); rounds: $ROUNDS; raw figures: $CSV"
    echo "machine: $(nproc) cores, $(free -h | awk '/^Mem:/ { print $2 }') RAM, $(lscpu | sed -n 's/^Model name:[[:space:]]*//p'); $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1)"
    echo "JAVA_MIN_MEM=$JAVA_MIN_MEM JAVA_MAX_MEM=$JAVA_MAX_MEM EXTRA_JAVA_OPTS=${EXTRA_JAVA_OPTS:-}"
    echo "Pillars distribution: built $(date -u -r "$PILLARS_TGZ" +%Y-%m-%dT%H:%M:%SZ), sha256 $(sha256sum "$PILLARS_TGZ" | cut -c1-16)...; wrk: -t$WRK_THREADS -c$WRK_CONNECTIONS -d$WRK_DURATION (shares the 2 cores with the server)"
    echo
    # shellcheck disable=SC2059
    echo "quiet: figures taken while no other JVM ran on the machine; all: every figure, quiet or not"
    # shellcheck disable=SC2059
    printf "$fmt" benchmark variant metric "n quiet" median "range (min - max)" "n all" "median all" fail
    local b v m n med min max f z na meda total_noisy=0
    while read -r b v m; do
      read -r n med min max < <(stats "$b" "$v" "$m" quiet)
      read -r na meda _ _ < <(stats "$b" "$v" "$m" all)
      f="$(failures "$b" "$v" "$m")"
      z="$(noisy "$b" "$v" "$m")"
      [ "$na" -gt 0 ] || [ "$f" -gt 0 ] || continue
      total_noisy=$(( total_noisy + z ))
      # shellcheck disable=SC2059
      printf "$fmt" "$b" "$v" "$m" "$n" "$med" "$min - $max" "$na" "$meda" "$f"
    done <<'EOF'
cold_boot pillars boot_ms
cold_boot vanilla boot_ms
hot_deploy pillars deploy_ms
hot_deploy pillars undeploy_ms
throughput pillars rps
throughput trivial rps
memory pillars live_heap_mib
memory vanilla live_heap_mib
memory pillars rss_mib
memory vanilla rss_mib
memory pillars rss_after_gc_mib
memory vanilla rss_after_gc_mib
memory pillars metaspace_mib
memory vanilla metaspace_mib
memory pillars max_heap_mib
memory vanilla max_heap_mib
core_data pillars import_ms
core_data search p50_ms
core_data search p99_ms
throughput volunteer-by-id rps
throughput trivial-data rps
memory pillars-100k live_heap_mib
memory pillars-100k rss_mib
EOF
    if [ "$total_noisy" -gt 0 ]; then
      echo
      echo "NOTE: $total_noisy figures were taken while another JVM ran or the CPU was busy (column noise of the CSV);"
      echo "      the medians and verdicts below use the quiet figures only (all figures where none was quiet)."
    fi
    echo
    local bp bv dep undep rp rt hp hv r
    bp="$(stats cold_boot pillars boot_ms | awk '{ print $2 }')"
    bv="$(stats cold_boot vanilla boot_ms | awk '{ print $2 }')"
    dep="$(stats hot_deploy pillars deploy_ms | awk '{ print $2 }')"
    undep="$(stats hot_deploy pillars undeploy_ms | awk '{ print $2 }')"
    rp="$(stats throughput pillars rps | awk '{ print $2 }')"
    rt="$(stats throughput trivial rps | awk '{ print $2 }')"
    hp="$(stats memory pillars live_heap_mib | awk '{ print $2 }')"
    hv="$(stats memory vanilla live_heap_mib | awk '{ print $2 }')"
    local dmax umax
    dmax="$(stats hot_deploy pillars deploy_ms | awk '{ print $4 }')"
    umax="$(stats hot_deploy pillars undeploy_ms | awk '{ print $4 }')"
    r="$(ratio "$bp" "$bv")"
    printf '%-58s %8s  target %-8s %s\n' "(a) cold boot, median pillars / median vanilla" "$r" "<= 1.3" "$(verdict "$r" '<=' 1.3)"
    printf '%-58s %8s  target %-8s %s\n' "(b) hot deploy -> 200, median ms" "$dep" "<= 2300" "$(verdict "$dep" '<=' 2300)"
    printf '%-58s %8s  target %-8s %s\n' "(b) hot deploy -> 200, worst ms" "$dmax" "<= 2300" "$(verdict "$dmax" '<=' 2300)"
    printf '%-58s %8s  target %-8s %s\n' "(b) delete -> 404, median ms" "$undep" "<= 2300" "$(verdict "$undep" '<=' 2300)"
    printf '%-58s %8s  target %-8s %s\n' "(b) delete -> 404, worst ms" "$umax" "<= 2300" "$(verdict "$umax" '<=' 2300)"
    r="$(ratio "$rp" "$rt")"
    printf '%-58s %8s  target %-8s %s\n' "(c) req/s, median pillars / median trivial" "$r" ">= 0.8" "$(verdict "$r" '>=' 0.8)"
    r="$(ratio "$hp" "$hv")"
    printf '%-58s %8s  target %-8s %s\n' "(d) live heap, median pillars / median vanilla" "$r" "<= 2" "$(verdict "$r" '<=' 2)"
    r="$(ratio "$(stats memory pillars rss_mib | awk '{ print $2 }')" "$(stats memory vanilla rss_mib | awk '{ print $2 }')")"
    printf '%-58s %8s  %s\n' "(d) RSS, median pillars / median vanilla" "$r" "(no target)"
    local imp bid btr h100
    imp="$(stats core_data pillars import_ms | awk '{ print $2 }')"
    printf '%-58s %8s  target %-8s %s\n' "core data: import of $DATA_VOLUNTEERS volunteers, median ms" "$imp" "<= 20000" "$(verdict "$imp" '<=' 20000)"
    printf '%-58s %8s  %s\n' "core data: search skill + postal code, median p50 ms" "$(stats core_data search p50_ms | awk '{ print $2 }')" "(no target)"
    printf '%-58s %8s  %s\n' "core data: search skill + postal code, median p99 ms" "$(stats core_data search p99_ms | awk '{ print $2 }')" "(no target)"
    bid="$(stats throughput volunteer-by-id rps | awk '{ print $2 }')"
    btr="$(stats throughput trivial-data rps | awk '{ print $2 }')"
    r="$(ratio "$bid" "$btr")"
    printf '%-58s %8s  target %-8s %s\n' "core data: GET volunteer by id / trivial, req/s ratio" "$r" ">= 0.5" "$(verdict "$r" '>=' 0.5)"
    h100="$(stats memory pillars-100k live_heap_mib | awk '{ print $2 }')"
    printf '%-58s %8s  target %-8s %s\n' "core data: live heap with the volunteers stored, MiB" "$h100" "<= 256" "$(verdict "$h100" '<=' 256)"
  } | tee "$SUMMARY"
}

# Copies the Pillars distribution and the custom-pillar jar into $INPUT_DIR once they are complete and have not
# changed for a few seconds (a parallel `mvn install` may be rewriting them), then checks the copies.
snapshot_inputs() {
  local attempt m1 m2
  mkdir -p "$INPUT_DIR"
  for attempt in $(seq 1 60); do
    m1="$(stat -c %Y:%s "$SRC_PILLARS_TGZ" "$SRC_CUSTOM_PILLAR_JAR" 2>/dev/null | tr '\n' ' ' || true)"
    sleep 3
    m2="$(stat -c %Y:%s "$SRC_PILLARS_TGZ" "$SRC_CUSTOM_PILLAR_JAR" 2>/dev/null | tr '\n' ' ' || true)"
    if [ -n "$m1" ] && [ "$m1" = "$m2" ]; then
      cp -p "$SRC_PILLARS_TGZ" "$PILLARS_TGZ.tmp" && cp -p "$SRC_CUSTOM_PILLAR_JAR" "$CUSTOM_PILLAR_JAR.tmp" || true
      if [ "$(stat -c %Y:%s "$SRC_PILLARS_TGZ" "$SRC_CUSTOM_PILLAR_JAR" 2>/dev/null | tr '\n' ' ' || true)" = "$m1" ] \
          && gzip -t "$PILLARS_TGZ.tmp" 2>/dev/null && unzip -tq "$CUSTOM_PILLAR_JAR.tmp" >/dev/null 2>&1; then
        mv "$PILLARS_TGZ.tmp" "$PILLARS_TGZ"; mv "$CUSTOM_PILLAR_JAR.tmp" "$CUSTOM_PILLAR_JAR"
        log "using the Pillars distribution built $(date -u -r "$PILLARS_TGZ" +%Y-%m-%dT%H:%M:%SZ), sha256 $(sha256sum "$PILLARS_TGZ" | cut -c1-16)..."
        return 0
      fi
    fi
    [ "$attempt" != 1 ] || log "the Pillars build outputs are changing (a build is running?): waiting for them to settle"
    sleep 5
  done
  die "the Pillars build outputs did not settle into a valid archive within 8 minutes"
}

# ---------------------------------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------------------------------
main() {
  [ -x "$JAVA_HOME/bin/java" ] || die "no Java at $JAVA_HOME"
  command -v curl >/dev/null 2>&1 || die "curl is needed"
  command -v mvn >/dev/null 2>&1 || die "mvn is needed"

  if [ ! -f "$SRC_PILLARS_TGZ" ] || [ ! -f "$SRC_CUSTOM_PILLAR_JAR" ]; then
    log "building Pillars (mvn -B -q install -DskipTests)"
    (cd "$ROOT_DIR" && mvn -B -q install -DskipTests) >&2
  fi
  snapshot_inputs
  log "building the bench module (trivial servlet, vanilla Karaf $KARAF_VERSION, its scr/http-whiteboard bundles)"
  (cd "$ROOT_DIR" && mvn -B -q -f bench/pom.xml package) >&2
  for f in "$PILLARS_TGZ" "$CUSTOM_PILLAR_JAR" "$VANILLA_TGZ" "$TRIVIAL_JAR"; do [ -f "$f" ] || die "missing $f"; done
  [ -d "$VANILLA_REPO/org/ops4j/pax/web" ] || die "missing $VANILLA_REPO"

  # a previous run's Karaf that is somehow still up would skew everything: stop it, then start clean
  if [ -d "$WORK_DIR" ]; then
    local d
    for d in "$WORK_DIR"/*/; do d="${d%/}"; [ -x "$d/bin/stop" ] && stop_karaf "$d"; done
  fi
  rm -rf "$WORK_DIR"
  mkdir -p "$WORK_DIR" "$LOG_DIR"

  P_HTTP="$(next_port "$PORT_BASE")"; V_HTTP="$(next_port "$(( P_HTTP + 1 ))")"
  P_SSH="$(next_port "$(( PORT_BASE - 80 ))")"; V_SSH="$(next_port "$(( P_SSH + 1 ))")"
  P_RMI_REG="$(next_port "$(( PORT_BASE + 100 ))")"; V_RMI_REG="$(next_port "$(( P_RMI_REG + 1 ))")"
  P_RMI_SRV="$(next_port "$(( PORT_BASE + 200 ))")"; V_RMI_SRV="$(next_port "$(( P_RMI_SRV + 1 ))")"
  log "ports: pillars http $P_HTTP ssh $P_SSH rmi $P_RMI_REG/$P_RMI_SRV; vanilla http $V_HTTP ssh $V_SSH rmi $V_RMI_REG/$V_RMI_SRV"
  log "JAVA_HOME=$JAVA_HOME JAVA_MIN_MEM=$JAVA_MIN_MEM JAVA_MAX_MEM=$JAVA_MAX_MEM EXTRA_JAVA_OPTS=${EXTRA_JAVA_OPTS:-}"

  echo "benchmark,variant,round,metric,value,unit,noise,note" > "$CSV"

  if phase_enabled boot; then
    log "(a)+(d) cold boot and memory, $ROUNDS quiet rounds, interleaved pillars/vanilla"
    local attempt=0 qp=0 qv=0 max=$(( ROUNDS * MAX_ATTEMPTS_FACTOR ))
    while [ "$qp" -lt "$ROUNDS" ] || [ "$qv" -lt "$ROUNDS" ]; do
      if [ "$attempt" -ge "$max" ]; then
        log "  only $qp/$qv quiet boots (pillars/vanilla) after $max attempts: giving up on more"; break
      fi
      attempt=$(( attempt + 1 ))
      cold_boot pillars "$attempt"; qp=$(( qp + BOOT_QUIET ))
      cold_boot vanilla "$attempt"; qv=$(( qv + BOOT_QUIET ))
    done
  fi
  if phase_enabled hotdeploy || phase_enabled throughput; then
    running_pillars
  fi
  if phase_enabled data; then
    data_phase
  fi

  echo
  summary
  log "raw figures: $CSV"
  log "summary:     $SUMMARY"
  log "logs:        $LOG_DIR"
}

main
