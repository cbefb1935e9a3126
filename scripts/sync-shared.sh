#!/usr/bin/env bash
# Keep the repository's copies of the project's shared material in step with it:
#   ../shared/seeds/*.txt          -> docs/protocols/<authority>.txt (the header lines are kept)
#   ../shared/corpus/dev/          -> tests/data/corpus/dev/
#   ../shared/tools/score_corpus.py -> tests/support/score_corpus.py
# Run from the repository root when ../shared changes, then run `make test` and commit.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${1:-../shared}
[ -d "$SHARED" ] || { echo "no $SHARED here: nothing to sync" >&2; exit 1; }
declare -A SEED=([richmond_wandsworth]=000 [tower_hamlets]=001 [torbay]=002 [herefordshire]=003 [knowsley]=004)
for name in "${!SEED[@]}"; do
  src=$(ls "$SHARED"/seeds/"${SEED[$name]}"_*.txt)
  dst=docs/protocols/$name.txt
  { grep '^#' "$dst"; cat "$src"; } > "$dst.new" && mv "$dst.new" "$dst"
done
rm -rf tests/data/corpus/dev && mkdir -p tests/data/corpus && cp -r "$SHARED"/corpus/dev tests/data/corpus/dev
cp "$SHARED"/tools/score_corpus.py tests/support/score_corpus.py
git status --short docs/protocols tests/data/corpus tests/support/score_corpus.py
