/*
 * test_complete.c - the candidates for a command line's last word: the
 * words a value takes in the plans in scope (src/core/complete.c), and
 * the command line read around them (src/cli/complete.c).
 */
#include "testutil.h"

#include <stdlib.h>

#include "commands.h"
#include "complete.h"
#include "plan/complete.h"

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
	enum plan_complete_kind kind;
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
	struct plan_candidates c;
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
	plan_candidates_release(&c);
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
		  PLAN_COMPLETE_WORDS,
		  { "check", "completion", "fmt", "help", "history", "list", "set", "show" } },
		{ { "h", NULL }, PLAN_COMPLETE_WORDS, { "help", "history" } },
		{ { "H", NULL }, PLAN_COMPLETE_WORDS, { "help", "history" } },
		{ { "-", NULL }, PLAN_COMPLETE_WORDS, { "--color", "--help", "--version" } },
		{ { "--color", "a", NULL }, PLAN_COMPLETE_WORDS, { "always", "auto" } },
		{ { "--color", "never", "s", NULL }, PLAN_COMPLETE_WORDS, { "set", "show" } },
		{ { "--version", "l", NULL }, PLAN_COMPLETE_WORDS, { "list" } },
		{ { "help", "c", NULL }, PLAN_COMPLETE_WORDS, { "check", "completion" } },
		{ { "nosuch", "", NULL }, PLAN_COMPLETE_WORDS, { NULL } },
		{ { "completion", "", NULL }, PLAN_COMPLETE_WORDS, { "bash", "zsh" } },
		{ { "completion", "z", NULL }, PLAN_COMPLETE_WORDS, { "zsh" } },
		{ { "completion", "bash", "", NULL }, PLAN_COMPLETE_WORDS, { NULL } },
	};

	(void)state;
	CHECK_ALL(v);
}

static void test_options_from_the_table(void **state)
{
	static const struct want v[] = {
		{ { "check", "-", NULL },
		  PLAN_COMPLETE_WORDS,
		  { "--color", "--help", "--quiet", "--strict" } },
		/* Given once, not offered again; --in repeats. */
		{ { "check", "--strict", "--", NULL },
		  PLAN_COMPLETE_WORDS,
		  { "--color", "--help", "--quiet" } },
		{ { "show", "--in", "x", "--", NULL },
		  PLAN_COMPLETE_WORDS,
		  { "--color", "--flat", "--help", "--in" } },
		{ { "list", "--due-", NULL },
		  PLAN_COMPLETE_WORDS,
		  { "--due-after", "--due-before", "--due-within" } },
		/* After "--" a word is an operand. */
		{ { "check", "--", "-", NULL }, PLAN_COMPLETE_FILES, { NULL } },
	};

	(void)state;
	CHECK_ALL(v);
}

static void test_values(void **state)
{
	static const struct want v[] = {
		{ { "list", "--format", "", NULL },
		  PLAN_COMPLETE_WORDS,
		  { "csv", "json", "md", "table", "xlsx" } },
		{ { "list", "--sort", "", NULL }, PLAN_COMPLETE_WORDS, { "due", "late", "ref" } },
		{ { "list", "--columns", "d", NULL },
		  PLAN_COMPLETE_WORDS,
		  { "days_late", "deadline", "delivered", "due", "dues" } },
		{ { "list", "--columns", "ref,lead,s", NULL },
		  PLAN_COMPLETE_WORDS,
		  { "ref,lead,section", "ref,lead,status", "ref,lead,support" } },
		{ { "list", "--role", "s", NULL }, PLAN_COMPLETE_WORDS, { "support" } },
		{ { "list", "--status", "d", NULL },
		  PLAN_COMPLETE_WORDS,
		  { "doing", "done", "dropped" } },
		{ { "list", "--kind", "", NULL },
		  PLAN_COMPLETE_WORDS,
		  { "date", "event", "ongoing", "recurring", "unknown" } },
		{ { "history", "--format=md", "--color", "n", NULL },
		  PLAN_COMPLETE_WORDS,
		  { "never" } },
		{ { "list", "--plan", "", "@good", "--plan", "", NULL },
		  PLAN_COMPLETE_WORDS,
		  { "demo-a", "demo-b" } },
		{ { "list", "@good", "--plan", "", NULL },
		  PLAN_COMPLETE_WORDS,
		  { "demo-a", "demo-b" } },
		{ { "list", "--today", "", NULL }, PLAN_COMPLETE_WORDS, { NULL } },
		{ { "list", "", NULL }, PLAN_COMPLETE_FILES, { NULL } },
		{ { "show", "--in", "", NULL }, PLAN_COMPLETE_FILES, { NULL } },
	};

	(void)state;
	CHECK_ALL(v);
}

static void test_task_references(void **state)
{
	static const struct want v[] = {
		{ { "show", "--in", "@good", "", NULL },
		  PLAN_COMPLETE_WORDS,
		  { "demo-a/", "demo-b/" } },
		{ { "show", "--in=@good", "demo-b", NULL }, PLAN_COMPLETE_WORDS, { "demo-b/" } },
		{ { "show", "--in", "@good", "demo-b/28.", NULL },
		  PLAN_COMPLETE_WORDS,
		  { "demo-b/28.1", "demo-b/28.2" } },
		{ { "show", "--in", "@good", "demo-a/1", "DEMO-A/", NULL },
		  PLAN_COMPLETE_WORDS,
		  { "demo-a/1", "demo-a/2", "demo-a/3" } },
		{ { "history", "demo-a/1", "", NULL }, PLAN_COMPLETE_FILES, { NULL } },
		/* A file that does not load gives fewer candidates, and no message. */
		{ { "show", "--in", "@broken.yaml", "--in", "@syntax.yaml", "--in", "@good",
		    "demo-a/", NULL },
		  PLAN_COMPLETE_WORDS,
		  { "demo-a/1", "demo-a/2", "demo-a/3" } },
		{ { "show", "--in", "@nosuch", "", NULL }, PLAN_COMPLETE_WORDS, { NULL } },
	};

	(void)state;
	CHECK_ALL(v);
}

static void test_fields(void **state)
{
	static const struct want v[] = {
		{ { "set", "--in", "@good", "demo-a/1", "", NULL },
		  PLAN_COMPLETE_WORDS,
		  { "deadline", "due", "funding", "lead", "note", "product", "status", "support",
		    "task" } },
		{ { "set", "--in", "@good", "demo-a/1", "status", "do", NULL },
		  PLAN_COMPLETE_WORDS,
		  { "doing", "done" } },
		{ { "set", "--in", "@good", "demo-a/1", "support", "cuc", NULL },
		  PLAN_COMPLETE_NAMES,
		  { "Cục Công nghệ thông tin", "Cục Hộ tịch, quốc tịch, chứng thực" } },
		{ { "set", "--in", "@good", "demo-a/1", "note", "", NULL },
		  PLAN_COMPLETE_WORDS,
		  { NULL } },
	};

	(void)state;
	CHECK_ALL(v);
}

static void test_units_folded(void **state)
{
	static const struct want v[] = {
		{ { "list", "@good", "--unit", "", NULL },
		  PLAN_COMPLETE_NAMES,
		  { "Bộ Tư pháp", "Các đơn vị thuộc Bộ có liên quan", "Cục Công nghệ thông tin",
		    "Cục Hộ tịch, quốc tịch, chứng thực", "Tổng cục Thi hành án dân sự",
		    "Văn phòng Bộ" } },
		/* No marks, no case, "đ" as "d". */
		{ { "list", "@good", "--unit", "cuc cong", NULL },
		  PLAN_COMPLETE_NAMES,
		  { "Cục Công nghệ thông tin" } },
		{ { "list", "@good", "--unit", "CỤC HỘ", NULL },
		  PLAN_COMPLETE_NAMES,
		  { "Cục Hộ tịch, quốc tịch, chứng thực" } },
		{ { "list", "@good", "--unit", "cuc ho tich quoc", NULL },
		  PLAN_COMPLETE_NAMES,
		  { "Cục Hộ tịch, quốc tịch, chứng thực" } },
		{ { "list", "@good", "--unit", "cac don vi", NULL },
		  PLAN_COMPLETE_NAMES,
		  { "Các đơn vị thuộc Bộ có liên quan" } },
		/* "Cục " is not "Cụcx"; a word inside when no name begins so. */
		{ { "list", "@good", "--unit", "bo ", NULL },
		  PLAN_COMPLETE_NAMES,
		  { "Bộ Tư pháp" } },
		{ { "list", "@good", "--unit", "thi hanh", NULL },
		  PLAN_COMPLETE_NAMES,
		  { "Tổng cục Thi hành án dân sự" } },
		/* Aliases; a name two bodies share, as --unit wants it. */
		{ { "list", "@units", "--unit", "cuc b", NULL },
		  PLAN_COMPLETE_NAMES,
		  { "Cục BTNN", "Cục BTTP", "Cục Bồi thường nhà nước", "Cục Bổ trợ tư pháp" } },
		{ { "list", "@units", "--unit=van phong", NULL }, PLAN_COMPLETE_WORDS, { NULL } },
		{ { "list", "@units", "--role", "any", "--unit", "van phong", NULL },
		  PLAN_COMPLETE_NAMES,
		  { "Văn phòng Bộ (Bộ Nội vụ)", "Văn phòng Bộ (Bộ Tư pháp)" } },
		/* Nothing begins so: what --unit would read it as. */
		{ { "list", "@good", "--unit", "cntt", NULL },
		  PLAN_COMPLETE_NAMES,
		  { "Cục Công nghệ thông tin" } },
		{ { "list", "@good", "--unit", "\xff", NULL }, PLAN_COMPLETE_WORDS, { NULL } },
	};

	(void)state;
	CHECK_ALL(v);
}

/* -- the core: a value's words in a loaded plan set ------------------------------ */

/* The fixture plans of dir (tests/cli/fixtures/dir), loaded; NULL when they do not load. */
static struct plan_set *load_fixture(const char *dir)
{
	char *path = fixture(dir);
	const char *paths[] = { path };
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct plan_set *set = NULL;

	plan_set_load(&set, paths, 1, NULL, &diags);
	assert_non_null(set);
	plan_diags_release(&diags);
	free(path);
	return set;
}

static const char *const shell_commands[] = { "list", "set", "show", NULL };
static const char *const when[] = { "auto", "always", "never", NULL };

struct want_value {
	struct plan_complete_value v;
	bool plans; /* plan_complete_wants_plans() */
	enum plan_complete_kind kind;
	const char *candidates[12];
};

static void check_value(const struct want_value *w, const struct plan_set *set)
{
	struct plan_candidates c = { 0 };

	assert_int_equal(plan_complete_wants_plans(&w->v), w->plans);
	plan_complete_values(&w->v, set, &c);
	for (size_t i = 0; i < c.n || w->candidates[i]; i++) {
		if (i >= c.n || !w->candidates[i] || strcmp(c.v[i], w->candidates[i]) != 0)
			fail_msg("%s '%s': candidate %zu is '%s', not '%s'",
				 w->v.metavar ? w->v.metavar : "(none)", w->v.typed, i,
				 i < c.n ? c.v[i] : "(none)",
				 w->candidates[i] ? w->candidates[i] : "(none)");
	}
	assert_int_equal(c.kind, w->kind);
	plan_candidates_release(&c);
}

static void test_core_values(void **state)
{
	static const struct want_value v[] = {
		{ { .metavar = "REF", .typed = "" },
		  true,
		  PLAN_COMPLETE_WORDS,
		  { "demo-a/", "demo-b/" } },
		{ { .metavar = "REF", .typed = "DEMO-B/28." },
		  true,
		  PLAN_COMPLETE_WORDS,
		  { "demo-b/28.1", "demo-b/28.2" } },
		{ { .metavar = "ID", .typed = "demo" },
		  true,
		  PLAN_COMPLETE_WORDS,
		  { "demo-a", "demo-b" } },
		{ { .metavar = "UNIT", .typed = "cuc cong" },
		  true,
		  PLAN_COMPLETE_NAMES,
		  { "Cục Công nghệ thông tin" } },
		{ { .metavar = "UNIT", .typed = "cntt" },
		  true,
		  PLAN_COMPLETE_NAMES,
		  { "Cục Công nghệ thông tin" } },
		{ { .metavar = "UNIT", .typed = "thi hanh" },
		  true,
		  PLAN_COMPLETE_NAMES,
		  { "Tổng cục Thi hành án dân sự" } },
		{ { .metavar = "VALUE", .typed = "cuc", .field = "support" },
		  true,
		  PLAN_COMPLETE_NAMES,
		  { "Cục Công nghệ thông tin", "Cục Hộ tịch, quốc tịch, chứng thực" } },
		{ { .metavar = "VALUE", .typed = "do", .field = "status" },
		  false,
		  PLAN_COMPLETE_WORDS,
		  { "doing", "done" } },
		{ { .metavar = "VALUE", .typed = "", .field = "note" },
		  false,
		  PLAN_COMPLETE_WORDS,
		  { NULL } },
		{ { .metavar = "FIELD", .typed = "s" },
		  false,
		  PLAN_COMPLETE_WORDS,
		  { "status", "support" } },
		{ { .metavar = "KIND", .typed = "o" }, false, PLAN_COMPLETE_WORDS, { "ongoing" } },
		{ { .metavar = "LIST", .typed = "ref,lead,s" },
		  false,
		  PLAN_COMPLETE_WORDS,
		  { "ref,lead,section", "ref,lead,status", "ref,lead,support" } },
		{ { .metavar = "COMMAND", .typed = "s", .commands = shell_commands },
		  false,
		  PLAN_COMPLETE_WORDS,
		  { "set", "show" } },
		{ { .metavar = "PATH", .typed = "" }, false, PLAN_COMPLETE_FILES, { NULL } },
		/* An option's choices win over its metavariable. */
		{ { .metavar = "REF", .choices = when, .typed = "a" },
		  false,
		  PLAN_COMPLETE_WORDS,
		  { "always", "auto" } },
		{ { .metavar = "YYYY-MM-DD", .typed = "" }, false, PLAN_COMPLETE_WORDS, { NULL } },
		{ { .metavar = NULL, .typed = "" }, false, PLAN_COMPLETE_WORDS, { NULL } },
	};
	struct plan_set *set = load_fixture("@good");

	(void)state;
	for (size_t i = 0; i < sizeof(v) / sizeof(*v); i++)
		check_value(&v[i], set);
	plan_set_free(set);
}

/* Two bodies' units that share a name, and aliases (fixture units). */
static void test_core_units(void **state)
{
	static const struct want_value v[] = {
		{ { .metavar = "UNIT", .typed = "cuc b" },
		  true,
		  PLAN_COMPLETE_NAMES,
		  { "Cục BTNN", "Cục BTTP", "Cục Bồi thường nhà nước", "Cục Bổ trợ tư pháp" } },
		{ { .metavar = "UNIT", .typed = "van phong" },
		  true,
		  PLAN_COMPLETE_NAMES,
		  { "Văn phòng Bộ (Bộ Nội vụ)", "Văn phòng Bộ (Bộ Tư pháp)" } },
	};
	struct plan_set *set = load_fixture("@units");

	(void)state;
	for (size_t i = 0; i < sizeof(v) / sizeof(*v); i++)
		check_value(&v[i], set);
	plan_set_free(set);
}

/* Plans that cannot be read: fewer candidates, never an error. */
static void test_core_no_plans(void **state)
{
	static const struct want_value v[] = {
		{ { .metavar = "REF", .typed = "" }, true, PLAN_COMPLETE_WORDS, { NULL } },
		{ { .metavar = "UNIT", .typed = "cntt" }, true, PLAN_COMPLETE_NAMES, { NULL } },
		{ { .metavar = "STATUS", .typed = "" },
		  false,
		  PLAN_COMPLETE_WORDS,
		  { "doing", "done", "dropped", "todo" } },
	};

	(void)state;
	for (size_t i = 0; i < sizeof(v) / sizeof(*v); i++)
		check_value(&v[i], NULL);
}

/* What a shell cannot take one a line is never a candidate; matching folds. */
static void test_core_candidates(void **state)
{
	static const char *const names[] = { "Tổng cục Thi hành án dân sự",
					     "Cục Công nghệ thông tin",
					     "Bộ Tư pháp",
					     "Cục Công nghệ thông tin",
					     "",
					     "a\nb",
					     "tab\there",
					     "\xff",
					     "del\x7f" };
	struct plan_candidates c = { 0 };

	(void)state;
	for (size_t i = 0; i < sizeof(names) / sizeof(*names); i++)
		plan_candidates_add(&c, names[i]);
	assert_int_equal(c.n, 4);
	plan_candidates_keep(&c, "");
	assert_int_equal(c.n, 3); /* sorted, each once */
	assert_string_equal(c.v[0], "Bộ Tư pháp");
	assert_string_equal(c.v[1], "Cục Công nghệ thông tin");
	assert_string_equal(c.v[2], "Tổng cục Thi hành án dân sự");
	plan_candidates_keep(&c, "CUC");
	assert_int_equal(c.n, 1); /* a name that begins so wins over a word inside one */
	assert_string_equal(c.v[0], "Cục Công nghệ thông tin");
	plan_candidates_release(&c);
	plan_candidates_add(&c, "Tổng cục Thi hành án dân sự");
	plan_candidates_add(&c, "Bộ Tư pháp");
	plan_candidates_keep(&c, "thi");
	assert_int_equal(c.n, 1);
	assert_string_equal(c.v[0], "Tổng cục Thi hành án dân sự");
	plan_candidates_keep(&c, "x");
	assert_int_equal(c.n, 0);
	plan_candidates_release(&c);
	assert_string_equal(plan_complete_kinds[PLAN_COMPLETE_NAMES], "names");
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
		cmocka_unit_test(test_core_values),
		cmocka_unit_test(test_core_units),
		cmocka_unit_test(test_core_no_plans),
		cmocka_unit_test(test_core_candidates),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
