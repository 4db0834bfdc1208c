#!/usr/bin/env bash
# Draws the pictures of README.md and docs/ again, each at the width its caption
# gives (tests/test_readme.py checks the width). Run it after a change to what
# they show:  docs/pictures.sh          (or: docs/pictures.sh OUT_DIR)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs}
export NO_COLOR=1
draw() { # COLUMNS FILE sco-arguments...
    local columns=$1 file=$2
    shift 2
    rm -f "$out/$file" # sco never overwrites a file
    COLUMNS=$columns sco "$@" --export "$out/$file" >/dev/null 2>&1
}
draw 80 summary.svg summary
draw 80 history.svg members --history
