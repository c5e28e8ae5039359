#!/bin/sh
# tests/install/run.sh BUILD SOURCE - cmake --install puts plan in bin and
# its helper plan-import in libexec/plan, and the installed plan finds it:
# plan import there writes what the built one writes; and the completion
# scripts where bash-completion and zsh look for them.
set -eu
build=$1 src=$2
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cmake --install "$build" --prefix "$T/prefix" >/dev/null
[ -x "$T/prefix/bin/plan" ] || { echo "no bin/plan installed" >&2; exit 1; }
[ -x "$T/prefix/libexec/plan/plan-import" ] || { echo "no libexec/plan/plan-import installed" >&2; exit 1; }
csv=$src/tests/import/fixtures/bom-crlf.csv
"$build/plan" import --issued 2025-01-02 "$csv" >"$T/built" 2>&1
"$T/prefix/bin/plan" import --issued 2025-01-02 "$csv" >"$T/installed" 2>&1
cmp "$T/built" "$T/installed"
grep -q '^plan:' "$T/installed"
# The completion scripts, where bash-completion and zsh look, as plan prints them.
"$build/plan" completion bash | cmp - "$T/prefix/share/bash-completion/completions/plan"
"$build/plan" completion zsh | cmp - "$T/prefix/share/zsh/site-functions/_plan"
echo "install: plan and plan-import installed; plan import runs the helper; completion installed"
