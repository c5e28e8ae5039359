# bash completion for plan(1), as `plan completion bash` prints it.
# Enable it in this shell with:  source <(plan completion bash)
# or install it where bash-completion looks for it (cmake --install does).
#
# plan itself says what may come next: `plan completion --complete --
# WORD...` prints how to insert the candidates for the last WORD (words,
# names or files) on its first line, then one candidate a line, already
# matched against that WORD without regard to case or marks ("cuc" finds
# "Cục"); so they are taken as they are, not filtered again here.

# Sets _plan_word to $1 without its quotes and backslashes, expanding
# nothing: no eval, so a $(...) typed on the line stays text.
_plan_dequote()
{
	local word=$1 quote= c i
	_plan_word=
	for ((i = 0; i < ${#word}; i++)); do
		c=${word:i:1}
		if [[ $quote == "'" ]]; then
			if [[ $c == "'" ]]; then quote=; else _plan_word+=$c; fi
		elif [[ $c == '\' ]]; then
			((i++))
			if [[ $quote && ${word:i:1} != [\$\`\"\\] ]]; then _plan_word+='\'; fi
			_plan_word+=${word:i:1}
		elif [[ $c == "'" && -z $quote ]]; then
			quote="'"
		elif [[ $c == '"' ]]; then
			if [[ $quote ]]; then quote=; else quote='"'; fi
		else
			_plan_word+=$c
		fi
	done
}

_plan()
{
	local cur words cword _plan_word out kind plan i
	local -a args=()

	if declare -F _get_comp_words_by_ref >/dev/null; then
		_get_comp_words_by_ref -n =: cur words cword
	else
		words=("${COMP_WORDS[@]}") cword=$COMP_CWORD cur=${COMP_WORDS[COMP_CWORD]}
	fi
	plan=${words[0]}
	[[ $plan == '~/'* ]] && plan=$HOME/${plan#'~/'}
	for ((i = 1; i < cword; i++)); do
		_plan_dequote "${words[i]}"
		args+=("$_plan_word")
	done
	# --unit=Cục...: readline completes what follows the '='.
	if [[ $cur == --*=* ]]; then
		args+=("${cur%%=*}")
		cur=${cur#*=}
	fi
	_plan_dequote "$cur"
	out=$(command "$plan" completion --complete -- "${args[@]}" "$_plan_word" 2>/dev/null) ||
		return
	kind=${out%%$'\n'*}
	COMPREPLY=()
	[[ $out == *$'\n'* ]] && mapfile -t COMPREPLY <<<"${out#*$'\n'}"
	case $kind in
	files)
		if declare -F _filedir >/dev/null; then
			_filedir
		else
			compopt -o filenames
			mapfile -t COMPREPLY < <(compgen -f -- "$_plan_word")
		fi
		;;
	names)
		# Quoted as file names are: Cục\ Công\ nghệ\ thông\ tin, or in the quotes typed.
		compopt -o filenames
		;;
	*)
		# A plan's "id/" waits for its task's id.
		[[ ${COMPREPLY[0]-} == */ ]] && compopt -o nospace
		;;
	esac
	if [[ $cur == *:* ]] && declare -F __ltrim_colon_completions >/dev/null; then
		__ltrim_colon_completions "$cur"
	fi
	return 0
}

complete -F _plan plan
