/*
 * fuzz_fmt.c - plan fmt's round trip: a file that loads without errors
 * must format, its canonical form must hold what it held (the same plans,
 * the same comments, as many as libyaml's tokens show) and format to
 * itself.  A refusal ("please report this") is a finding.
 */
#include "fuzz.h"

#include "plan/fmt.h"
#include "plan/set.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct plan_buf out = PLAN_BUF_INIT, again = PLAN_BUF_INIT;
	struct plan_set *set = NULL;
	const char *text = (const char *)data;

	if (plan_set_load_buffer(&set, "fuzz.yaml", text, size, NULL, &diags) == PLAN_LOAD_OK &&
	    diags.errors == 0) {
		FUZZ_ASSERT(plan_fmt("fuzz.yaml", text, size, &out, NULL) == 0);
		FUZZ_ASSERT(plan_fmt_keeps("fuzz.yaml", text, size, out.s, out.len, NULL));
		FUZZ_ASSERT(plan_fmt("fuzz.yaml", out.s, out.len, &again, NULL) == 0);
		FUZZ_ASSERT(again.len == out.len && memcmp(again.s, out.s, out.len) == 0);
	}
	plan_set_free(set);
	plan_diags_release(&diags);
	plan_buf_release(&out);
	plan_buf_release(&again);
	return 0;
}
