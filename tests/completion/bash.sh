#!/bin/sh
# tests/completion/bash.sh PLAN SOURCE - plan's completion in a real bash,
# with bash-completion loaded: first _plan called as readline calls it
# (COMP_WORDS, COMP_CWORD, COMP_LINE, COMP_POINT set; COMPREPLY and the
# compopt options checked); then an interactive bash under a terminal,
# typed into with Tab (type.py), where the words each completed line
# runs plan with must be those of tests/completion/expected: a task
# reference, Vietnamese unit names escaped or quoted as typed.  Skipped
# (77) without bash-completion or python3, failed then under PLAN_TEST_STRICT=1.
set -u
plan=$1 src=$2
here=$src/tests/completion
bc=${PLAN_BASH_COMPLETION:-/usr/share/bash-completion/bash_completion}
python=/usr/bin/python3
[ -x "$python" ] || python=$(command -v python3) || python=
missing() {
	echo "$1 is missing" >&2
	[ "${PLAN_TEST_STRICT:-}" = 1 ] && exit 1
	exit 77
}
[ -r "$bc" ] || missing "bash-completion ($bc)"
[ -n "$python" ] || missing python3
T=$(mktemp -d) || exit 1
trap 'rm -rf "$T"' EXIT INT TERM
mkdir "$T/bin"
ln -s "$(cd "$(dirname "$plan")" && pwd)/$(basename "$plan")" "$T/bin/plan"
ln -s "$(cd "$(dirname "$plan")" && pwd)/plan-import" "$T/bin/plan-import"
export LC_ALL=C.UTF-8 PATH="$T/bin:/usr/bin:/bin"
unset PLAN_DIR

# 1. _plan called by hand: what COMPREPLY holds, and how it is inserted.
cat >"$T/calls.bash" <<'CALLS'
compopt() { printf '(compopt %s)\n' "$*"; }
complete_words() {
	COMP_WORDS=("$@") COMP_CWORD=$(($# - 1)) COMP_LINE="$*" COMP_POINT=${#COMP_LINE}
	COMPREPLY=()
	_plan
	printf '[%s]\n' "${COMPREPLY[@]}"
	echo --
}
complete_words plan sh
complete_words plan show --in fixtures/good ''
complete_words plan show --in fixtures/good demo-b/28.
complete_words plan list fixtures/good --format ''
complete_words plan list fixtures/good --unit 'cuc\ cong'
complete_words plan list fixtures/good --unit '"CỤC H'
complete_words plan list fixtures/good --unit 'thi\ hanh'
complete_words plan list --today ''
CALLS
cat >"$T/calls.expected" <<'EXPECTED'
[show]
--
(compopt -o nospace)
[demo-a/]
[demo-b/]
--
[demo-b/28.1]
[demo-b/28.2]
--
[csv]
[json]
[md]
[table]
[xlsx]
--
(compopt -o filenames)
[Cục Công nghệ thông tin]
--
(compopt -o filenames)
[Cục Hộ tịch, quốc tịch, chứng thực]
--
(compopt -o filenames)
[Tổng cục Thi hành án dân sự]
--
[]
--
EXPECTED
(cd "$src/tests/cli" && bash --norc --noprofile -c '
	. "$1" || exit 1
	. <(plan completion bash) || exit 1
	. "$2"' bash "$bc" "$T/calls.bash") >"$T/calls.out" 2>&1
fail=0
if ! cmp -s "$T/calls.expected" "$T/calls.out"; then
	echo "--- _plan's COMPREPLY: expected (-) and got (+):"
	diff -u "$T/calls.expected" "$T/calls.out" | tail -n +3
	fail=1
fi

# 2. Tab pressed in an interactive bash; plan there only prints its words.
cat >"$T/rc" <<RC
PS1='\$ '
. "$bc"
. <(plan completion bash)
plan() { printf '<%s>\n' "\$@" >>"$T/words"; echo -- >>"$T/words"; }
cd "$src/tests/cli"
RC
lines=$(cat "$here/lines.txt")
old_ifs=$IFS
IFS='
'
# shellcheck disable=SC2086
env -i HOME="$T" PATH="$PATH" LC_ALL=C.UTF-8 TERM=dumb INPUTRC=/dev/null \
	"$python" "$here/type.py" $lines -- bash --noprofile --rcfile "$T/rc" -i >"$T/screen" 2>&1
IFS=$old_ifs
if ! cmp -s "$here/expected" "$T/words"; then
	echo "--- the words of the lines completed with Tab: expected (-) and got (+):"
	diff -u "$here/expected" "$T/words" | tail -n +3
	echo "--- the terminal:"
	cat "$T/screen"
	fail=1
fi
[ $fail = 0 ] && echo "bash: _plan's candidates, and Tab in an interactive bash, complete as expected"
exit $fail
