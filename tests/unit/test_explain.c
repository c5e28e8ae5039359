/*
 * test_explain.c - a deadline phrase's reading written as plan deadline
 * writes it (src/core/explain.c): text, pieces and JSON, byte for byte.
 */
#include "testutil.h"

#include <stdlib.h>

#include "plan/explain.h"

/* btp-365-2024: a plan for 2024 issued on 15 March (set by main). */
static struct plan_deadline_ctx btp365;

struct want {
	const char *phrase;
	const char *text;        /* plan deadline */
	const char *pieces;      /* plan deadline --explain */
	const char *json;        /* plan deadline --json */
	const char *json_pieces; /* plan deadline --explain --json: what follows "reason" */
};

static const struct want phrases[] = {
	{ "Tháng 3/2023", "Tháng 3/2023: date due 2023-03-31\n",
	  "Tháng 3/2023: date due 2023-03-31\n"
	  "  1-12  Tháng 3/2023: month, due 2023-03-31\n"
	  "  rule: one due date\n",
	  "{\"text\":\"Tháng 3/2023\",\"kind\":\"date\",\"due\":[\"2023-03-31\"],\"from\":null,"
	  "\"until\":null,\"every\":null,\"labels\":[null],\"continues\":false,"
	  "\"alternatives\":[],\"reason\":null}\n",
	  "\"pieces\":[{\"text\":\"Tháng 3/2023\",\"start\":0,\"end\":12,\"what\":\"month\","
	  "\"due\":\"2023-03-31\",\"from\":null,\"used\":true}],\"rule\":\"one due date\"}\n" },
	{ "Quý II/2024", "Quý II/2024: date due 2024-06-30\n",
	  "Quý II/2024: date due 2024-06-30\n"
	  "  1-11  Quý II/2024: quarter, due 2024-06-30\n"
	  "  rule: one due date\n",
	  "{\"text\":\"Quý II/2024\",\"kind\":\"date\",\"due\":[\"2024-06-30\"],\"from\":null,"
	  "\"until\":null,\"every\":null,\"labels\":[null],\"continues\":false,"
	  "\"alternatives\":[],\"reason\":null}\n",
	  "\"pieces\":[{\"text\":\"Quý II/2024\",\"start\":0,\"end\":11,\"what\":\"quarter\","
	  "\"due\":\"2024-06-30\",\"from\":null,\"used\":true}],\"rule\":\"one due date\"}\n" },
	{ "Thường xuyên", "Thường xuyên: ongoing\n",
	  "Thường xuyên: ongoing\n"
	  "  1-12  Thường xuyên: ongoing\n"
	  "  rule: ongoing work, never due\n",
	  "{\"text\":\"Thường xuyên\",\"kind\":\"ongoing\",\"due\":[],\"from\":null,"
	  "\"until\":null,\"every\":null,\"labels\":[],\"continues\":false,"
	  "\"alternatives\":[],\"reason\":null}\n",
	  "\"pieces\":[{\"text\":\"Thường xuyên\",\"start\":0,\"end\":12,\"what\":\"ongoing\","
	  "\"due\":null,\"from\":null,\"used\":true}],\"rule\":\"ongoing work, never due\"}\n" },
	{ "Hàng tháng",
	  "Hàng tháng: recurring every month due 2024-03-31, 2024-04-30, 2024-05-31, "
	  "2024-06-30, 2024-07-31, 2024-08-31, 2024-09-30, 2024-10-31, 2024-11-30, "
	  "2024-12-31\n",
	  NULL,
	  "{\"text\":\"Hàng tháng\",\"kind\":\"recurring\",\"due\":[\"2024-03-31\","
	  "\"2024-04-30\",\"2024-05-31\",\"2024-06-30\",\"2024-07-31\",\"2024-08-31\","
	  "\"2024-09-30\",\"2024-10-31\",\"2024-11-30\",\"2024-12-31\"],\"from\":null,"
	  "\"until\":null,\"every\":\"month\",\"labels\":[null,null,null,null,null,null,null,"
	  "null,null,null],\"continues\":false,\"alternatives\":[],\"reason\":null}\n",
	  NULL },
	{ "Đã hoàn thành", "Đã hoàn thành: unknown (no date, period, recurrence or event in it)\n",
	  "Đã hoàn thành: unknown (no date, period, recurrence or event in it)\n"
	  "  rule: unknown: the reason says why\n",
	  "{\"text\":\"Đã hoàn thành\",\"kind\":\"unknown\",\"due\":[],\"from\":null,"
	  "\"until\":null,\"every\":null,\"labels\":[],\"continues\":false,"
	  "\"alternatives\":[],\"reason\":\"no date, period, recurrence or event in it\"}\n",
	  "\"pieces\":[],\"rule\":\"unknown: the reason says why\"}\n" },
};

/* plan_explain(phrase) with json and pieces as given. */
static char *explain(const struct plan_deadlines *engine, const char *phrase, bool json,
		     bool pieces)
{
	const struct plan_explain_opts how = { .json = json, .pieces = pieces };
	struct plan_buf out = PLAN_BUF_INIT;

	plan_explain(engine, phrase, &btp365, &how, &out);
	return plan_buf_detach(&out);
}

static void check_one(const struct plan_deadlines *engine, const struct want *w)
{
	char *text = explain(engine, w->phrase, false, false);
	char *json = explain(engine, w->phrase, true, false);

	assert_string_equal(text, w->text);
	assert_string_equal(json, w->json);
	if (w->pieces) {
		char *pieces = explain(engine, w->phrase, false, true);

		assert_string_equal(pieces, w->pieces);
		free(pieces);
	}
	if (w->json_pieces) {
		/* the object of --json, its closing brace replaced by the pieces */
		char *both = explain(engine, w->phrase, true, true);
		const size_t keep = strlen(w->json) - 2;

		assert_true(strlen(both) > keep);
		assert_memory_equal(both, w->json, keep);
		assert_int_equal(both[keep], ',');
		assert_string_equal(both + keep + 1, w->json_pieces);
		free(both);
	}
	free(text);
	free(json);
}

static void test_phrases(void **state)
{
	struct plan_deadlines *engine = plan_deadlines_new();

	(void)state;
	for (size_t i = 0; i < sizeof(phrases) / sizeof(*phrases); i++)
		check_one(engine, &phrases[i]);
	plan_deadlines_free(engine);
}

/* Lines follow each other in out: one call a phrase, as plan deadline makes them. */
static void test_appends(void **state)
{
	struct plan_deadlines *engine = plan_deadlines_new();
	const struct plan_explain_opts text = { 0 };
	struct plan_buf out = PLAN_BUF_INIT;

	(void)state;
	plan_explain(engine, "Tháng 3/2023", &btp365, &text, &out);
	plan_explain(engine, "Thường xuyên", &btp365, &text, &out);
	assert_string_equal(out.s, "Tháng 3/2023: date due 2023-03-31\nThường xuyên: ongoing\n");
	plan_buf_release(&out);
	plan_deadlines_free(engine);
}

/* The parts of a reading that the phrases above do not have: labels, alternatives, windows. */
static void test_text_of_a_reading(void **state)
{
	struct plan_interp in;
	struct plan_buf out = PLAN_BUF_INIT;

	(void)state;
	plan_interp_init(&in);
	in.kind = PLAN_KIND_DATE;
	plan_interp_add(&in, plan_date_make(2024, 2, 29), "Thông tư", strlen("Thông tư"));
	plan_interp_add(&in, plan_date_make(2024, 4, 30), NULL, 0);
	in.from = plan_date_make(2024, 1, 1);
	in.continues = true;
	plan_explain_text("x", &in, &out);
	assert_string_equal(out.s,
			    "x: date due 2024-02-29 (Thông tư), 2024-04-30, then ongoing, from "
			    "2024-01-01\n");
	plan_buf_reset(&out);
	plan_explain_json("x", &in, NULL, &out);
	assert_string_equal(
	    out.s, "{\"text\":\"x\",\"kind\":\"date\",\"due\":[\"2024-02-29\",\"2024-04-30\"],"
		   "\"from\":\"2024-01-01\",\"until\":null,\"every\":null,\"labels\":"
		   "[\"Thông tư\",null],\"continues\":true,\"alternatives\":[],"
		   "\"reason\":null}\n");
	plan_buf_release(&out);
	plan_interp_release(&in);
}

static void test_context(void **state)
{
	const plan_date today = plan_date_make(2024, 6, 15);
	const struct {
		int year;
		plan_date issued;
		int want_year;
		plan_date want_issued;
	} v[] = {
		{ 0, PLAN_DATE_NONE, 2024, plan_date_make(2024, 1, 1) },
		{ 2023, PLAN_DATE_NONE, 2023, plan_date_make(2023, 1, 1) },
		{ 0, plan_date_make(2022, 3, 2), 2022, plan_date_make(2022, 3, 2) },
		{ 2025, plan_date_make(2024, 12, 20), 2025, plan_date_make(2024, 12, 20) },
	};

	(void)state;
	for (size_t i = 0; i < sizeof(v) / sizeof(*v); i++) {
		const struct plan_deadline_ctx c =
		    plan_explain_context(v[i].year, v[i].issued, today);

		assert_int_equal(c.year, v[i].want_year);
		assert_int_equal(c.issued, v[i].want_issued);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_phrases),
		cmocka_unit_test(test_appends),
		cmocka_unit_test(test_text_of_a_reading),
		cmocka_unit_test(test_context),
	};

	btp365 = (struct plan_deadline_ctx){ 2024, plan_date_make(2024, 3, 15) };
	return cmocka_run_group_tests(tests, NULL, NULL);
}
