#!/usr/bin/env bash
# The claim fast path must change nothing but the time taken: `ungap` prints byte for byte the
# same with it as with UNGAP_ENGINE=cel (every `match` by the CEL evaluator).
# Usage: same_output.sh UNGAP REPO_ROOT
#   compares the reports of the bundled workspace (json, csv, md) and its rule tests, and runs
#   every golden case that evaluates rules (check in each format, explain, test) with
#   UNGAP_ENGINE=cel against its expected output, to which the golden tests hold the fast path;
# or: same_output.sh UNGAP REPO_ROOT WORKSPACE...
#   compares the reports (json, csv, md) of each workspace given (a generated benchmark one).
set -u
ungap=$1
root=$2
shift 2
source "$(dirname "$0")/../same_output.sh"

same() { same_with UNGAP_ENGINE=cel UNGAP_ENGINE= "$@"; }

reports() {
  for format in json csv md; do same "$1" check --format "$format" --jobs 2; done
}

if [ $# -gt 0 ]; then
  for ws in "$@"; do reports "$ws"; done
  finish
  exit
fi

reports "$root"
same "$root" test --coverage
for case_dir in "$root"/tests/golden/*/; do
  [ -f "$case_dir/args" ] || continue
  read -r -a args <"$case_dir/args"
  case ${args[0]} in check | explain | test) ;; *) continue ;; esac
  if ! UNGAP_ENGINE=cel "$root/tests/golden/run_case.sh" "$ungap" "$case_dir" \
    >"$work/golden" 2>&1; then
    echo "DIFFERENT from the expected output with UNGAP_ENGINE=cel: $case_dir"
    head -20 "$work/golden"
    failures=$((failures + 1))
  fi
  runs=$((runs + 1))
done

# The switch is in effect: CEL counts steps where the fast path takes none, so a per-evaluation
# bound of 3 steps stops the CEL run of a small workspace and not the fast one.
statuses="$root/tests/golden/inputs/statuses"
(cd "$statuses" && "$ungap" check . --format json --max-eval-steps 3 >/dev/null 2>&1) ||
  { echo "the fast path took CEL steps"; failures=$((failures + 1)); }
(cd "$statuses" && UNGAP_ENGINE=cel "$ungap" check . --format json --max-eval-steps 3 \
  >/dev/null 2>&1) && { echo "UNGAP_ENGINE=cel left the fast path on"; failures=$((failures + 1)); }
# A misspelt value is refused, not ignored.
message=$(UNGAP_ENGINE=CEL "$ungap" check "$root" 2>&1)
code=$?
if [ "$code" != 2 ] || [ "$message" != "ungap: error: UNGAP_ENGINE must be 'cel' (every match by the CEL evaluator) or unset" ]; then
  echo "UNGAP_ENGINE=CEL: exit $code, $message"
  failures=$((failures + 1))
fi
finish
