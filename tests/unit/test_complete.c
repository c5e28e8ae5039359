/* test_complete.c - the candidates for a command line's last word (src/cli/complete.c). */
#include "testutil.h"

#include <stdlib.h>

#include "commands.h"
#include "complete.h"

/* Some of plan's commands, as main.c lists them (import is a helper's). */
static const struct cli_command commands[] = {
	{ "check", cmd_check, "" },     { "completion", cmd_completion, "" },
	{ "fmt", cmd_fmt, "" },         { "help", cmd_help, "" },
	{ "history", cmd_history, "" }, { "list", cmd_list, "" },
	{ "set", cmd_set, "" },         { "show", cmd_show, "" },
};

static const char *const colors[] = { "auto", "always", "never", NULL };

/* A command line's words, NULL-ended; "@good" stands for the fixture good, "--in=@good" too. */
struct want {
	const char *words[12];
	enum cli_complete_kind kind;
	const char *candidates[12]; /* all of them, in order */
};

static char *fixture(const char *word)
{
	const char *dir = getenv("PLAN_FIXTURES"), *at = strchr(word, '@');
	struct plan_buf path = PLAN_BUF_INIT;

	if (!at)
		return strdup(word);
	plan_buf_addf(&path, "%.*s%s/%s", (int)(at - word), word, dir ? dir : "tests/cli/fixtures",
		      at + 1);
	return plan_buf_detach(&path);
}

/* Completes w->words in a context like main's; checks nothing is printed. */
static void check(const struct want *w)
{
	const char *color = NULL;
	bool version = false;
	const struct opt globals[] = {
		{ "color", 0, OPT_VALUE, &color, "WHEN", "colour", colors },
		{ "version", 0, OPT_FLAG, &version, NULL, "version", NULL },
		OPT_END,
	};
	struct cli_ctx ctx = { 0 };
	struct cli_candidates c;
	char *words[12], *printed = NULL;
	size_t n = 0, size = 0;

	ctx.commands = commands;
	ctx.n_commands = sizeof(commands) / sizeof(*commands);
	ctx.global_opts = globals;
	ctx.today = plan_date_make(2024, 6, 15);
	ctx.out = ctx.err = open_memstream(&printed, &size);
	for (; w->words[n]; n++)
		words[n] = fixture(w->words[n]);
	cli_complete(&ctx, words, n, &c);
	fclose(ctx.out);
	assert_int_equal(size, 0);
	for (size_t i = 0; i < c.n || w->candidates[i]; i++) {
		if (i >= c.n || !w->candidates[i] || strcmp(c.v[i], w->candidates[i]) != 0)
			fail_msg("'%s': candidate %zu is '%s', not '%s'", words[n - 1], i,
				 i < c.n ? c.v[i] : "(none)",
				 w->candidates[i] ? w->candidates[i] : "(none)");
	}
	assert_int_equal(c.kind, w->kind);
	cli_candidates_release(&c);
	for (size_t i = 0; i < n; i++)
		free(words[i]);
	free(printed);
	plan_deadlines_free(ctx.deadlines);
}

static void check_all(const struct want *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		check(&v[i]);
}

#define CHECK_ALL(v) check_all((v), sizeof(v) / sizeof(*(v)))

static void test_commands_and_global_options(void **state)
{
	static const struct want v[] = {
		{ { "", NULL },
		  CLI_COMPLETE_WORDS,
		  { "check", "completion", "fmt", "help", "history", "list", "set", "show" } },
		{ { "h", NULL }, CLI_COMPLETE_WORDS, { "help", "history" } },
		{ { "H", NULL }, CLI_COMPLETE_WORDS, { "help", "history" } },
		{ { "-", NULL }, CLI_COMPLETE_WORDS, { "--color", "--help", "--version" } },
		{ { "--color", "a", NULL }, CLI_COMPLETE_WORDS, { "always", "auto" } },
		{ { "--color", "never", "s", NULL }, CLI_COMPLETE_WORDS, { "set", "show" } },
		{ { "--version", "l", NULL }, CLI_COMPLETE_WORDS, { "list" } },
		{ { "help", "c", NULL }, CLI_COMPLETE_WORDS, { "check", "completion" } },
		{ { "nosuch", "", NULL }, CLI_COMPLETE_WORDS, { NULL } },
		{ { "completion", "", NULL }, CLI_COMPLETE_WORDS, { "bash", "zsh" } },
		{ { "completion", "z", NULL }, CLI_COMPLETE_WORDS, { "zsh" } },
		{ { "completion", "bash", "", NULL }, CLI_COMPLETE_WORDS, { NULL } },
	};

	(void)state;
	CHECK_ALL(v);
}

static void test_options_from_the_table(void **state)
{
	static const struct want v[] = {
		{ { "check", "-", NULL },
		  CLI_COMPLETE_WORDS,
		  { "--color", "--help", "--quiet", "--strict" } },
		/* Given once, not offered again; --in repeats. */
		{ { "check", "--strict", "--", NULL },
		  CLI_COMPLETE_WORDS,
		  { "--color", "--help", "--quiet" } },
		{ { "show", "--in", "x", "--", NULL },
		  CLI_COMPLETE_WORDS,
		  { "--color", "--flat", "--help", "--in" } },
		{ { "list", "--due-", NULL },
		  CLI_COMPLETE_WORDS,
		  { "--due-after", "--due-before", "--due-within" } },
		/* After "--" a word is an operand. */
		{ { "check", "--", "-", NULL }, CLI_COMPLETE_FILES, { NULL } },
	};

	(void)state;
	CHECK_ALL(v);
}

static void test_values(void **state)
{
	static const struct want v[] = {
		{ { "list", "--format", "", NULL },
		  CLI_COMPLETE_WORDS,
		  { "csv", "json", "md", "table", "xlsx" } },
		{ { "list", "--sort", "", NULL }, CLI_COMPLETE_WORDS, { "due", "late", "ref" } },
		{ { "list", "--columns", "d", NULL },
		  CLI_COMPLETE_WORDS,
		  { "days_late", "deadline", "delivered", "due", "dues" } },
		{ { "list", "--columns", "ref,lead,s", NULL },
		  CLI_COMPLETE_WORDS,
		  { "ref,lead,section", "ref,lead,status", "ref,lead,support" } },
		{ { "list", "--role", "s", NULL }, CLI_COMPLETE_WORDS, { "support" } },
		{ { "list", "--status", "d", NULL },
		  CLI_COMPLETE_WORDS,
		  { "doing", "done", "dropped" } },
		{ { "list", "--kind", "", NULL },
		  CLI_COMPLETE_WORDS,
		  { "date", "event", "ongoing", "recurring", "unknown" } },
		{ { "history", "--format=md", "--color", "n", NULL },
		  CLI_COMPLETE_WORDS,
		  { "never" } },
		{ { "list", "--plan", "", "@good", "--plan", "", NULL },
		  CLI_COMPLETE_WORDS,
		  { "demo-a", "demo-b" } },
		{ { "list", "@good", "--plan", "", NULL },
		  CLI_COMPLETE_WORDS,
		  { "demo-a", "demo-b" } },
		{ { "list", "--today", "", NULL }, CLI_COMPLETE_WORDS, { NULL } },
		{ { "list", "", NULL }, CLI_COMPLETE_FILES, { NULL } },
		{ { "show", "--in", "", NULL }, CLI_COMPLETE_FILES, { NULL } },
	};

	(void)state;
	CHECK_ALL(v);
}

static void test_task_references(void **state)
{
	static const struct want v[] = {
		{ { "show", "--in", "@good", "", NULL },
		  CLI_COMPLETE_WORDS,
		  { "demo-a/", "demo-b/" } },
		{ { "show", "--in=@good", "demo-b", NULL }, CLI_COMPLETE_WORDS, { "demo-b/" } },
		{ { "show", "--in", "@good", "demo-b/28.", NULL },
		  CLI_COMPLETE_WORDS,
		  { "demo-b/28.1", "demo-b/28.2" } },
		{ { "show", "--in", "@good", "demo-a/1", "DEMO-A/", NULL },
		  CLI_COMPLETE_WORDS,
		  { "demo-a/1", "demo-a/2", "demo-a/3" } },
		{ { "history", "demo-a/1", "", NULL }, CLI_COMPLETE_FILES, { NULL } },
		/* A file that does not load gives fewer candidates, and no message. */
		{ { "show", "--in", "@broken.yaml", "--in", "@syntax.yaml", "--in", "@good",
		    "demo-a/", NULL },
		  CLI_COMPLETE_WORDS,
		  { "demo-a/1", "demo-a/2", "demo-a/3" } },
		{ { "show", "--in", "@nosuch", "", NULL }, CLI_COMPLETE_WORDS, { NULL } },
	};

	(void)state;
	CHECK_ALL(v);
}

static void test_fields(void **state)
{
	static const struct want v[] = {
		{ { "set", "--in", "@good", "demo-a/1", "", NULL },
		  CLI_COMPLETE_WORDS,
		  { "deadline", "due", "funding", "lead", "note", "product", "status", "support",
		    "task" } },
		{ { "set", "--in", "@good", "demo-a/1", "status", "do", NULL },
		  CLI_COMPLETE_WORDS,
		  { "doing", "done" } },
		{ { "set", "--in", "@good", "demo-a/1", "support", "cuc", NULL },
		  CLI_COMPLETE_NAMES,
		  { "Cục Công nghệ thông tin", "Cục Hộ tịch, quốc tịch, chứng thực" } },
		{ { "set", "--in", "@good", "demo-a/1", "note", "", NULL },
		  CLI_COMPLETE_WORDS,
		  { NULL } },
	};

	(void)state;
	CHECK_ALL(v);
}

static void test_units_folded(void **state)
{
	static const struct want v[] = {
		{ { "list", "@good", "--unit", "", NULL },
		  CLI_COMPLETE_NAMES,
		  { "Bộ Tư pháp", "Các đơn vị thuộc Bộ có liên quan", "Cục Công nghệ thông tin",
		    "Cục Hộ tịch, quốc tịch, chứng thực", "Tổng cục Thi hành án dân sự",
		    "Văn phòng Bộ" } },
		/* No marks, no case, "đ" as "d". */
		{ { "list", "@good", "--unit", "cuc cong", NULL },
		  CLI_COMPLETE_NAMES,
		  { "Cục Công nghệ thông tin" } },
		{ { "list", "@good", "--unit", "CỤC HỘ", NULL },
		  CLI_COMPLETE_NAMES,
		  { "Cục Hộ tịch, quốc tịch, chứng thực" } },
		{ { "list", "@good", "--unit", "cuc ho tich quoc", NULL },
		  CLI_COMPLETE_NAMES,
		  { "Cục Hộ tịch, quốc tịch, chứng thực" } },
		{ { "list", "@good", "--unit", "cac don vi", NULL },
		  CLI_COMPLETE_NAMES,
		  { "Các đơn vị thuộc Bộ có liên quan" } },
		/* "Cục " is not "Cụcx"; a word inside when no name begins so. */
		{ { "list", "@good", "--unit", "bo ", NULL }, CLI_COMPLETE_NAMES, { "Bộ Tư pháp" } },
		{ { "list", "@good", "--unit", "thi hanh", NULL },
		  CLI_COMPLETE_NAMES,
		  { "Tổng cục Thi hành án dân sự" } },
		/* Aliases; a name two bodies share, as --unit wants it. */
		{ { "list", "@units", "--unit", "cuc b", NULL },
		  CLI_COMPLETE_NAMES,
		  { "Cục BTNN", "Cục BTTP", "Cục Bồi thường nhà nước", "Cục Bổ trợ tư pháp" } },
		{ { "list", "@units", "--unit=van phong", NULL }, CLI_COMPLETE_WORDS, { NULL } },
		{ { "list", "@units", "--role", "any", "--unit", "van phong", NULL },
		  CLI_COMPLETE_NAMES,
		  { "Văn phòng Bộ (Bộ Nội vụ)", "Văn phòng Bộ (Bộ Tư pháp)" } },
		/* Nothing begins so: what --unit would read it as. */
		{ { "list", "@good", "--unit", "cntt", NULL },
		  CLI_COMPLETE_NAMES,
		  { "Cục Công nghệ thông tin" } },
		{ { "list", "@good", "--unit", "\xff", NULL }, CLI_COMPLETE_WORDS, { NULL } },
	};

	(void)state;
	CHECK_ALL(v);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_commands_and_global_options),
		cmocka_unit_test(test_options_from_the_table),
		cmocka_unit_test(test_values),
		cmocka_unit_test(test_task_references),
		cmocka_unit_test(test_fields),
		cmocka_unit_test(test_units_folded),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
