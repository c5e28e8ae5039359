# completion/embed.cmake - writes OUT, a C file that holds the completion
# scripts BASH and ZSH as the strings plan completion prints:
#   cmake -DOUT=scripts.c -DBASH=plan.bash -DZSH=_plan -P embed.cmake
function(embed name file)
  file(READ ${file} hex HEX)
  string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," hex "${hex}")
  file(APPEND ${OUT}.tmp "const char ${name}[] = {${hex}0x00};\n")
endfunction()

file(WRITE ${OUT}.tmp "/* Made by completion/embed.cmake from ${BASH} and ${ZSH}. */\n")
embed(cli_completion_bash ${BASH})
embed(cli_completion_zsh ${ZSH})
file(RENAME ${OUT}.tmp ${OUT})
