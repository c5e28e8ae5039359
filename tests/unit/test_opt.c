/* test_opt.c - the option parser (src/cli/opt.c). */
#include "testutil.h"

#include "opt.h"

static const char *const formats[] = { "table", "md", "json", "csv", NULL };

struct parsed {
	bool strict;
	const char *format;
	struct opt_list plans;
	struct opt_list operands;
	struct plan_buf err;
};

static enum opt_result parse(struct parsed *p, int argc, char **argv, unsigned flags, int *next)
{
	const struct opt opts[] = {
		{ "strict", 's', OPT_FLAG, &p->strict, NULL, "strict", NULL },
		{ "format", 0, OPT_VALUE, &p->format, "FORMAT", "format", formats },
		{ "plan", 'p', OPT_LIST, &p->plans, "ID", "plan", NULL },
		OPT_END,
	};

	memset(p, 0, sizeof(*p));
	plan_buf_init(&p->err);
	return opt_parse(opts, argc, argv, 1, flags, &p->operands, next, &p->err);
}

static void release(struct parsed *p)
{
	opt_list_release(&p->plans);
	opt_list_release(&p->operands);
	plan_buf_release(&p->err);
}

static void test_mixed_options_and_operands(void **state)
{
	char *argv[] = { "list", "plans",  "--format=md", "--plan", "a",
			 "-s",   "x.yaml", "-p",          "b",      "- Đối với Thông tư: Tháng 02",
			 "-",    "--",     "--plan",      NULL };
	struct parsed p;

	(void)state;
	assert_int_equal(parse(&p, 13, argv, 0, NULL), OPT_OK);
	assert_true(p.strict);
	assert_string_equal(p.format, "md");
	assert_int_equal(p.plans.n, 2);
	assert_string_equal(p.plans.v[1], "b");
	assert_int_equal(p.operands.n, 5);
	assert_string_equal(p.operands.v[0], "plans");
	assert_string_equal(p.operands.v[1], "x.yaml");
	assert_string_equal(p.operands.v[2], "- Đối với Thông tư: Tháng 02"); /* a pasted bullet */
	assert_string_equal(p.operands.v[3], "-");
	assert_string_equal(p.operands.v[4], "--plan");
	release(&p);
}

static void test_stop_at_operand(void **state)
{
	char *argv[] = { "plan", "--format", "json", "list", "--strict", NULL };
	struct parsed p;
	int next = 0;

	(void)state;
	assert_int_equal(parse(&p, 5, argv, OPT_STOP_AT_OPERAND, &next), OPT_OK);
	assert_int_equal(next, 3);
	assert_false(p.strict);
	release(&p);
}

static void test_errors(void **state)
{
	static const struct {
		int argc;
		char *argv[4];
		enum opt_result want;
		const char *message;
	} table[] = {
		{ 2,
		  { "x", "--frmat=md" },
		  OPT_ERROR,
		  "unknown option '--frmat=md'; did you mean '--format'?" },
		{ 2, { "x", "--bogus" }, OPT_ERROR, "unknown option '--bogus'" },
		{ 2, { "x", "-q" }, OPT_ERROR, "unknown option '-q'" },
		{ 2, { "x", "--format" }, OPT_ERROR, "option --format needs a value (FORMAT)" },
		{ 3,
		  { "x", "--format", "xml" },
		  OPT_ERROR,
		  "invalid value 'xml' for --format; expected table, md, json or csv" },
		{ 2,
		  { "x", "--format=jsn" },
		  OPT_ERROR,
		  "invalid value 'jsn' for --format; expected table, md, json or csv; did you mean "
		  "'json'?" },
		{ 2, { "x", "--strict=yes" }, OPT_ERROR, "option --strict takes no value" },
		{ 3, { "x", "a", "--help" }, OPT_HELP, "" },
		{ 2, { "x", "-h" }, OPT_HELP, "" },
	};

	(void)state;
	for (size_t i = 0; i < sizeof(table) / sizeof(table[0]); i++) {
		struct parsed p;
		char *argv[4];

		memcpy(argv, table[i].argv, sizeof(argv));
		assert_int_equal(parse(&p, table[i].argc, argv, 0, NULL), table[i].want);
		assert_string_equal(p.err.s, table[i].message);
		release(&p);
	}
}

static void test_help_lines(void **state)
{
	const struct opt opts[] = {
		{ "strict", 's', OPT_FLAG, NULL, NULL, "count warnings", NULL },
		{ "format", 0, OPT_VALUE, NULL, "FORMAT", "table, md, json or csv", NULL },
		OPT_END,
	};
	struct plan_buf out = PLAN_BUF_INIT;

	(void)state;
	opt_help(opts, &out);
	assert_string_equal(out.s, "  -s, --strict     count warnings\n"
				   "  --format FORMAT  table, md, json or csv\n");
	plan_buf_release(&out);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_mixed_options_and_operands),
		cmocka_unit_test(test_stop_at_operand),
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_help_lines),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
