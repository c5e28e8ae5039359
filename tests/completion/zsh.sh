#!/bin/sh
# tests/completion/zsh.sh PLAN SOURCE - plan's completion in a real zsh:
# an interactive zsh (compinit, then `source <(plan completion zsh)`)
# under a terminal, typed into with Tab (type.py), where the words each
# completed line runs plan with must be those of tests/completion/expected,
# as in bash, and a PLAN_DIR=... typed before plan must count.  Skipped (77) without zsh or python3, failed then under
# PLAN_TEST_STRICT=1.
set -u
plan=$1 src=$2
here=$src/tests/completion
python=/usr/bin/python3
[ -x "$python" ] || python=$(command -v python3) || python=
missing() {
	echo "$1 is missing" >&2
	[ "${PLAN_TEST_STRICT:-}" = 1 ] && exit 1
	exit 77
}
zsh=$(command -v zsh) || missing zsh
[ -n "$python" ] || missing python3
T=$(mktemp -d) || exit 1
trap 'rm -rf "$T"' EXIT INT TERM
mkdir "$T/bin"
ln -s "$(cd "$(dirname "$plan")" && pwd)/$(basename "$plan")" "$T/bin/plan"
ln -s "$(cd "$(dirname "$plan")" && pwd)/plan-import" "$T/bin/plan-import"

cat >"$T/.zshrc" <<RC
PS1='%% '
autoload -Uz compinit && compinit -u -d "$T/.zcompdump"
source <(plan completion zsh)
plan() { printf '<%s>\n' "\$@" >>"$T/words"; echo -- >>"$T/words"; }
cd "$src/tests/cli"
RC
# zsh, unlike bash, lets completion see a PLAN_DIR=... typed before plan.
lines=$(cat "$here/lines.txt"; printf 'PLAN_DIR=fixtures/good plan show demo-a\t1\t\n')
{ cat "$here/expected"; printf '<show>\n<demo-a/1>\n--\n'; } >"$T/expected"
IFS='
'
# shellcheck disable=SC2086
env -i HOME="$T" ZDOTDIR="$T" PATH="$T/bin:/usr/bin:/bin" LC_ALL=C.UTF-8 TERM=dumb \
	"$python" "$here/type.py" $lines -- "$zsh" -i >"$T/screen" 2>&1
if ! cmp -s "$T/expected" "$T/words"; then
	echo "--- the words of the lines completed with Tab: expected (-) and got (+):"
	diff -u "$T/expected" "$T/words" | tail -n +3
	echo "--- the terminal:"
	cat "$T/screen"
	exit 1
fi
echo "zsh: Tab in an interactive zsh completes as expected"
