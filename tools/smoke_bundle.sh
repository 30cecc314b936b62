#!/usr/bin/env bash
# Smoke test of the application folder `make bundle` built: run it as a user on a desktop
# would, with nothing of the developer's around it. Every run is `env -i` with only what
# a desktop login has (HOME a fresh folder, USER, LANG, PATH without any venv, DISPLAY of
# an Xvfb started here), so no Python, venv or PYTHONPATH can help the bundle along.
#   tools/smoke_bundle.sh [BUNDLE_DIR]     (default dist/journeymap)
# Needs Xvfb and ImageMagick's `convert` (.ci/run installs them), and python3 outside the
# bundle only to look into the workbook it writes. Leaves the pictures it took in
# $SMOKE_OUT (default build/smoke-bundle/) to look at.
set -euo pipefail
cd "$(dirname "$0")/.."

bundle=${1:-dist/journeymap}
app=$(realpath "$bundle")/journeymap
out=$(realpath -m "${SMOKE_OUT:-build/smoke-bundle}")
fail() { echo "smoke_bundle: FAILED: $*" >&2; exit 1; }
[[ -x $app ]] || fail "no executable $app (run make bundle first)"
command -v Xvfb >/dev/null || fail "Xvfb is missing (apt-get install xvfb)"
command -v convert >/dev/null || fail "ImageMagick's convert is missing (apt-get install imagemagick)"

work=$(mktemp -d /tmp/journeymap-smoke.XXXXXX)
rm -rf "$out" && mkdir -p "$out"
xvfb=
cleanup() { [[ -n $xvfb ]] && kill "$xvfb" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

# Xvfb picks a free display itself and writes its number to fd 3.
Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp 3>"$work/display" 2>"$work/xvfb.log" &
xvfb=$!
for _ in $(seq 100); do [[ -s $work/display ]] && break; sleep 0.1; done
[[ -s $work/display ]] || fail "Xvfb did not start: $(cat "$work/xvfb.log")"
display=:$(head -n 1 "$work/display")

# run_app LANG COMMAND...: the bundle's command in a clean desktop environment, each run
# with a home of its own (so no settings or caches carry over), its output in $work/last;
# the variables in the array `extra` are added (the no-fonts run).
runs=0
extra=()
run_app() {
  local lang=$1
  shift
  runs=$((runs + 1))
  local home=$work/home$runs
  mkdir -p "$home/run" && chmod 700 "$home/run"
  # a run that hangs (a child that never answers, a window that never paints) fails too
  (cd "$work" && timeout 180 env -i HOME="$home" USER="${USER:-$(id -un)}" LANG="$lang" \
    PATH=/usr/local/bin:/usr/bin:/bin DISPLAY="$display" XDG_RUNTIME_DIR="$home/run" \
    "${extra[@]}" "$app" "$@") >"$work/last" 2>&1
}
as_user() {  # as_user LANG COMMAND...: a run that must succeed
  local status=0
  run_app "$@" || status=$?
  ((status != 124)) || fail "journeymap ${*:2} did not finish in 180 s: $(cat "$work/last")"
  ((status == 0)) || fail "journeymap ${*:2} exited $status: $(cat "$work/last")"
}
refused() {  # refused LANG COMMAND...: a run that must fail with a message
  if run_app "$@"; then fail "journeymap ${*:2} succeeded: $(cat "$work/last")"; fi
}
expect() {  # expect TEXT WHAT: the last run's output has TEXT
  grep -qF -- "$1" "$work/last" || fail "$2: no “$1” in: $(cat "$work/last")"
}
# check_picture PNG: a real screenshot, not an empty or single-coloured window
check_picture() {
  local colours
  colours=$(convert "$1" -format '%k' info:) || fail "$1 is no PNG"
  ((colours > 200)) || fail "$1 is blank ($colours colours)"
  echo "  $1: $(convert "$1" -format '%wx%h' info:), $colours colours"
}

echo "smoke_bundle: $app ($(du -sh "$bundle" | cut -f1)), X display $display"
as_user C.UTF-8 --version
expect "journeymap " "--version"
echo "  $(cat "$work/last")"

as_user C.UTF-8 samples
expect "installation" "samples"
expect "Vertragskündigung" "samples (the German ones)"

as_user C.UTF-8 new "$work/doc.jmap" --sample installation
as_user C.UTF-8 export "$work/doc.jmap" --xlsx "$work/map.xlsx"
python3 - "$work/map.xlsx" <<'EOF' || fail "the exported workbook is not a real workbook"
import sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as book:
    names = set(book.namelist())
    sheets = [n for n in names if n.startswith("xl/worksheets/sheet")]
    assert "xl/workbook.xml" in names and len(sheets) >= 3, sorted(names)
    assert book.testzip() is None
print(f"  workbook: {len(sheets)} sheets")
EOF

# The sandbox: these readers parse the file in a multiprocessing child (a forkserver of
# the frozen executable, with openpyxl and calamine preloaded), so they only succeed if
# the bundle can start its own children.
printf 'Respondent,First bill,Order online\n1,4,5\n2,5,4\n3,2,3\n' >"$work/survey.csv"
as_user C.UTF-8 import-survey "$work/doc.jmap" "$work/survey.csv" \
  --journey "Internet and landline installation" --metric csat --scale 1-5
expect "Saved" "import-survey through the sandbox"
printf '%s\n' case,activity,time,channel c1,Order,2026-01-01T10:00,web \
  c1,Call,2026-01-02T10:00,phone c2,Order,2026-01-01T11:00,web \
  c2,Bill,2026-01-05T10:00,email >"$work/log.csv"
as_user C.UTF-8 discover "$work/log.csv" "$work/found.jmap" \
  --case case --activity activity --time time --channel channel
expect "Saved the journey" "discover through the sandbox"
as_user C.UTF-8 export "$work/doc.jmap" --template "$work/fill-in.xlsx"
as_user C.UTF-8 import-xlsx "$work/doc.jmap" "$work/fill-in.xlsx" --dry-run
expect "touchpoint rows read" "the fill-in sheet read back through the sandbox"
head -c 3000 /dev/urandom >"$work/garbage.csv"
refused C.UTF-8 import-survey "$work/doc.jmap" "$work/garbage.csv" \
  --journey "Internet and landline installation" --metric nps
expect "garbage.csv" "a refused file is named"
if grep -q Traceback "$work/last"; then fail "a refused file gave a traceback: $(cat "$work/last")"; fi
echo "  sandbox: import-survey, discover and import-xlsx read their files;" \
  "refused: $(head -n 1 "$work/last")"

# The editor in a real X11 window (the xcb platform plugin), in English and in German.
as_user C.UTF-8 "$work/doc.jmap" --screenshot "$out/editor-en.png"
check_picture "$out/editor-en.png"
as_user de_DE.UTF-8 --sample installation --screenshot "$out/editor-de.png"
check_picture "$out/editor-de.png"
if grep -q "no translation" "$work/last"; then fail "German: $(cat "$work/last")"; fi
# A machine without fonts: fontconfig finds none, so every glyph comes from the DejaVu Sans
# the bundle registers (journeymap/ui/fonts.py); look at this picture for empty boxes.
printf '<?xml version="1.0"?>\n<fontconfig><cachedir>%s</cachedir></fontconfig>\n' \
  "$work/fc-cache" >"$work/no-fonts.conf"
extra=(FONTCONFIG_FILE="$work/no-fonts.conf")
as_user C.UTF-8 "$work/doc.jmap" --screenshot "$out/editor-no-system-fonts.png"
extra=()
check_picture "$out/editor-no-system-fonts.png"

echo "smoke_bundle: OK, $runs runs; pictures in $out"
