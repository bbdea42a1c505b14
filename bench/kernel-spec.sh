# Sourced by the kernel benchmarks: installs this checkout's kernel as `jawait-bench` in a
# temporary Jupyter path (removed on exit) and makes bench-results/kernel. Sets ROOT, OUT, SPECS.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="$ROOT/bench-results/kernel"
mkdir -p "$OUT"
SPECS="$(mktemp -d)"
trap 'rm -rf "$SPECS"' EXIT
"$ROOT/jawait" kernel install --prefix "$SPECS" --name jawait-bench >/dev/null
export JUPYTER_PATH="$SPECS/share/jupyter"
