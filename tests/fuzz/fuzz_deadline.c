/*
 * fuzz_deadline.c - the deadline reader on any phrase, in a plan of any
 * year from 1899 to 2201 and issued (or not) on any day of it: what it
 * returns is whole and sane, and explaining agrees with interpreting.
 *
 * Input: byte 0 and 1 pick the plan's year and issue day, the rest is the
 * phrase (read only when it is valid UTF-8, as the loader guarantees).
 */
#include "fuzz.h"

#include "plan/deadline.h"
#include "text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_sane(const struct plan_interp *in)
{
	FUZZ_ASSERT(in->kind != PLAN_KIND_UNKNOWN || (in->reason && in->reason[0]));
	FUZZ_ASSERT(in->kind == PLAN_KIND_UNKNOWN || !in->reason);
	FUZZ_ASSERT(in->n_due <= 2 * 600 + 64);
	for (size_t i = 0; i < in->n_due; i++) {
		int y, m, d;

		plan_date_split(in->due[i].date, &y, &m, &d);
		FUZZ_ASSERT(y >= 1899 && y <= 2202); /* 1900 to 2200, and a period's edges */
		FUZZ_ASSERT(i == 0 || in->due[i - 1].date <= in->due[i].date);
	}
	for (size_t i = 1; i < in->n_alt; i++)
		FUZZ_ASSERT(in->alt[i - 1].date <= in->alt[i].date);
	FUZZ_ASSERT(in->from == PLAN_DATE_NONE || in->until == PLAN_DATE_NONE ||
		    in->from <= in->until);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct plan_deadlines *engine;
	struct plan_deadline_ctx ctx;
	struct plan_deadline_explanation why;
	struct plan_interp a, b;
	size_t bad;

	if (size < 2 || !plan_utf8_valid((const char *)data + 2, size - 2, &bad))
		return 0;
	if (!engine)
		engine = plan_deadlines_new();
	ctx.year = 1899 + data[0] % 303;
	ctx.issued = data[1] < 16 ? PLAN_DATE_NONE
				  : plan_date_make(ctx.year, 1, 1) + (data[1] - 16) * 365 / 240;
	plan_deadline_interpret(engine, (const char *)data + 2, size - 2, &ctx, &a);
	check_sane(&a);
	plan_deadline_explain(engine, (const char *)data + 2, size - 2, &ctx, &b, &why);
	FUZZ_ASSERT(a.kind == b.kind && a.n_due == b.n_due && a.from == b.from &&
		    a.until == b.until && a.every == b.every);
	for (size_t i = 0; i < a.n_due; i++)
		FUZZ_ASSERT(a.due[i].date == b.due[i].date);
	for (size_t i = 0; i < why.n; i++)
		FUZZ_ASSERT(why.v[i].start <= why.v[i].end && why.v[i].end <= size - 2);
	plan_interp_release(&a);
	plan_interp_release(&b);
	plan_deadline_explanation_release(&why);
	return 0;
}
