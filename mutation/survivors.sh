#!/bin/sh
# The diff of every mutant that survived (or had no test), for a module glob: mutation/survivors.sh 'sqlml.drift.*'
cd "$(dirname "$0")/.." && mutmut results 2>/dev/null | awk -F': ' '$2 != "killed" {print $1}' | sed 's/^ *//' |
    grep -E "^$(printf '%s' "${1:-.}" | sed 's/\./\\./g; s/\*/.*/g')" | while read -r name; do mutmut show "$name" 2>/dev/null | grep -E '^[-+@]' | grep -v '^@@\|^---\|^+++' | sed "s/^/$name  /"; echo; done
