#!/usr/bin/env bash
# Build Reflect's one-folder app with PyInstaller (packaging/reflect.spec) and check that
# what was built really works, away from the source tree:
#   - `reflect --version` says the package's version;
#   - the metadata Help > About reads (versions, licences) of every dependency is there;
#   - a round trip on a new journal in a temporary folder, with a passphrase file:
#     init, add, import (a hope moment), search, check, export-pdf with the PDF's font
#     embedded (and, where pdftotext exists, the redacted words read back);
#   - the window starts off-screen and is still running after a few seconds, with nothing
#     on stderr (Qt's off-screen "propagateSizeHints" notice aside), then is stopped.
# Any failure ends the script with one line saying what failed, and a non-zero exit.
#
# Uses the project's .venv (made if missing) and installs the `package` extra into it when
# PyInstaller isn't there yet.
# Output: dist/reflect/ (the app: dist/reflect/reflect), build/pyinstaller/ (scratch).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

fail() {
    echo "smoke: FAILED: $*" >&2
    exit 1
}

work=$(mktemp -d)
gui_pid=""
cleanup() {
    if [[ -n "$gui_pid" ]] && kill -0 "$gui_pid" 2>/dev/null; then
        kill "$gui_pid" 2>/dev/null || true
        wait "$gui_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

[[ -x .venv/bin/python ]] || python3 -m venv .venv || fail "could not make .venv"
if ! .venv/bin/python -c "import PyInstaller, reflect" 2>/dev/null; then
    .venv/bin/python -m pip install --quiet -e ".[package]" >"$work/pip.log" 2>&1 \
        || { tail -n 20 "$work/pip.log" >&2; fail "could not install the package extra"; }
fi

started=$(date +%s)
.venv/bin/python -m PyInstaller --noconfirm --log-level WARN --distpath dist \
    --workpath build/pyinstaller packaging/reflect.spec >"$work/build.log" 2>&1 \
    || { tail -n 30 "$work/build.log" >&2; fail "PyInstaller could not build packaging/reflect.spec"; }
seconds=$(($(date +%s) - started))
app=$root/dist/reflect/reflect
[[ -x "$app" ]] || fail "the build made no $app"
echo "smoke: built dist/reflect in ${seconds} s, $(du -sh dist/reflect | cut -f1)"

# Help > About lists the version and licence of everything Reflect needs, read from each
# package's installed metadata, so that metadata has to be in the build.
for needed in pyside6 sqlcipher3 cryptography matplotlib platformdirs phonenumbers packaging; do
    compgen -G "dist/reflect/_internal/${needed}-*.dist-info" >/dev/null \
        || fail "the build has no metadata for $needed (Help > About would leave it out)"
done

# Nothing the frozen app does may touch the person's own settings, data or caches.
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache"
export XDG_RUNTIME_DIR="$work/runtime"
mkdir -m 700 "$XDG_RUNTIME_DIR"
cd "$work"  # away from src/, so nothing can be imported from the checkout

# Runs the frozen app with the given arguments; stdout goes to $work/out, stderr to
# $work/err; a non-zero exit fails the smoke test with the first line of stderr.
run() {
    local step=$1
    shift
    if ! "$app" "$@" >"$work/out" 2>"$work/err" <"${stdin:-/dev/null}"; then
        fail "reflect $step: $(grep -m 1 . "$work/err" || echo 'no message')"
    fi
}

version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$root/src/reflect/__init__.py")
run --version --version
[[ "$(cat out)" == "reflect $version" ]] || fail "--version printed '$(cat out)', not 'reflect $version'"

printf 'a quiet morning by the river 2026\n' >pass
journal=(--journal "$work/journal" --passphrase-file pass)
run init init "${journal[@]}"
printf 'Called my sponsor.\nWent to a meeting.' >entry.txt
stdin=entry.txt run add add "${journal[@]}" --title "A good day" --tag recovery
cat >import.json <<'EOF'
{"format": "reflect-journal", "version": 1, "entries": [
 {"created": "2026-03-14T21:30:00+01:00", "title": "Coffee", "tags": ["smoke"], "mood": 4,
  "text": "Café with Dana. I felt hope today.", "formatting": [],
  "moments": [{"kind": "hope", "start": 0, "end": 34, "note": "",
               "text": "Café with Dana. I felt hope today."}]}]}
EOF
run import import "${journal[@]}" --format json import.json
run search search "${journal[@]}" cafe
grep -q "Café with Dana" out || fail "reflect search: 'cafe' did not find the imported entry"
run check check "${journal[@]}"
run export-pdf export-pdf "${journal[@]}" --kind hope --redact "Dana=my friend" -o share.pdf
[[ "$(head -c 5 share.pdf)" == "%PDF-" ]] || fail "reflect export-pdf: share.pdf is not a PDF"
grep -aq "DejaVuSans" share.pdf || fail "reflect export-pdf: DejaVu Sans is not embedded"
if command -v pdftotext >/dev/null; then
    pdftotext share.pdf share.txt
    grep -q "my friend" share.txt && ! grep -q "Dana" share.txt \
        || fail "reflect export-pdf: the PDF does not read back as redacted"
fi
echo "smoke: the command line works (init, add, import, search, check, export-pdf)"

QT_QPA_PLATFORM=offscreen "$app" --journal "$work/journal" >gui.out 2>gui.err &
gui_pid=$!
for _ in 1 2 3 4 5 6; do
    sleep 1
    kill -0 "$gui_pid" 2>/dev/null || fail "the window closed by itself: $(grep -m 1 . gui.err || echo 'no message')"
done
kill "$gui_pid"
wait "$gui_pid" 2>/dev/null || true
gui_pid=""
# The off-screen platform says this whenever a window is shown (the suite ignores it too).
if grep -v -x "This plugin does not support propagateSizeHints()" gui.err >gui.rest; then
    fail "the window wrote to stderr: $(head -n 1 gui.rest)"
fi
echo "smoke: the window starts and keeps running (6 s, off-screen, stderr clean)"
echo "smoke: ok"
