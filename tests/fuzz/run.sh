#!/bin/sh
# run.sh BUILD SECONDS [TARGET...] [-- LIBFUZZER-OPTION...] - runs each
# fuzz target (all by default) built in BUILD/tests/fuzz for SECONDS, from
# its committed seeds (tests/fuzz/corpus/TARGET, read, never written) and
# what it finds in a scratch directory, with its dictionary.  Exits 1 at
# the first target that finds a crash, a leak, a sanitizer error or a
# failed check; the input is kept as BUILD/fuzz-findings/TARGET-*.
#
#   CC=clang cmake -S . -B build-fuzz -DPLAN_FUZZ=ON -DBUILD_TESTING=OFF
#   cmake --build build-fuzz
#   sh tests/fuzz/run.sh build-fuzz 30              # what CI runs
#   sh tests/fuzz/run.sh build-fuzz 900 edit -- -jobs=2 -workers=2
set -eu
build=$1
seconds=$2
shift 2
here=$(cd "$(dirname "$0")" && pwd)
targets=
while [ $# -gt 0 ] && [ "$1" != -- ]; do
	targets="$targets $1"
	shift
done
[ "${1:-}" = -- ] && shift
[ -n "$targets" ] || targets="load deadline units fmt edit mime import sheet"
findings=$build/fuzz-findings
mkdir -p "$findings"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

for t in $targets; do
	case $t in
	load | fmt | edit | units) dict=$here/yaml.dict ;;
	deadline) dict=$here/deadline.dict ;;
	import) dict=$here/xml.dict ;;
	*) dict= ;;
	esac
	work=$(mktemp -d "${TMPDIR:-/tmp}/plan-fuzz-$t.XXXXXX")
	echo "fuzz_$t: $seconds s"
	if ! "$build/tests/fuzz/fuzz_$t" ${dict:+-dict="$dict"} -max_total_time="$seconds" \
		-timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
		-artifact_prefix="$findings/$t-" "$@" "$work" "$here/corpus/$t" \
		>"$findings/$t.log" 2>&1; then
		tail -n 60 "$findings/$t.log"
		echo "fuzz_$t: a finding; the input is in $findings" >&2
		rm -rf "$work"
		exit 1
	fi
	grep -E "^stat::number_of_executed_units|^Done" "$findings/$t.log" | tail -n 2
	rm -rf "$work"
done
