#!/usr/bin/env bash
# docs/commands.md documents every command, every option and every choice its `--help` lists,
# and its synopses name nothing a command does not have. Usage: check_commands.sh UNGAP DOC
set -u
ungap=$1
doc=$2
status=0
complain() {
  echo "$doc: $*"
  status=1
}
# Whether WORD occurs in TEXT as a whole option or word (so `-o` is not found in `--output`).
mentions() { grep -qE -- "(^|[^a-z0-9-])$2([^a-z0-9-]|\$)" <<<"$1"; }

limits=$(awk '/^## Input limits/ {on = 1; next} on && /^## / {exit} on' "$doc")
commands=$("$ungap" --help | awk '/^Subcommands:/ {on = 1; next} on && NF {print $1}')
[ -n "$commands" ] || complain "no command found in 'ungap --help'"
for c in $commands; do
  section=$(awk -v h="## \`ungap $c\`" '$0 == h {on = 1; next} on && /^## / {exit} on' "$doc")
  if [ -z "$section" ]; then
    complain "no section '## \`ungap $c\`'"
    continue
  fi
  synopsis=$(awk '/^```/ {n++; next} n == 1' <<<"$section")
  help=$("$ungap" "$c" --help)
  # Every option of --help, in the section (limits: in the limits table).
  for opt in $(grep -E '^ +-' <<<"$help" | sed -E 's/^ +//; s/[ =].*//' | tr ',' ' '); do
    [ "$opt" = -h ] || [ "$opt" = --help ] && continue
    mentions "$section" "$opt" && continue
    [[ $opt == --max-* ]] && mentions "$limits" "$opt" && continue
    complain "'ungap $c' has $opt, which its section does not document"
  done
  # Every choice of an option or positional ({a,b,c}), in the synopsis.
  for choice in $(grep -oE '\{[a-z0-9,-]+\}' <<<"$help" | tr -d '{}' | tr ',' ' '); do
    mentions "$synopsis" "$choice" || complain "'ungap $c' accepts '$choice', missing from its synopsis"
  done
  # Every option of the synopsis, in --help.
  for opt in $(grep -oE -- '(^|[ [])--?[a-z][a-z-]*' <<<"$synopsis" | tr -d ' ['); do
    mentions "$help" "$opt" || complain "the synopsis of 'ungap $c' names $opt, which it does not have"
  done
done
exit $status
