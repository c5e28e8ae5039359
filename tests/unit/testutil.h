/*
 * testutil.h - helpers shared by the unit tests: loading plan text from a
 * string and checking the diagnostics it produced.
 */
#ifndef PLAN_TESTUTIL_H
#define PLAN_TESTUTIL_H

#include <setjmp.h>
#include <stdbool.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "plan/diag.h"
#include "plan/set.h"

/* The start of a valid plan, for tests that add tasks to it. */
#define PLAN_HEADER "plan: p\ntitle: T\nissued: 2024-03-15\n"

/* One expected diagnostic: code, position and a part of the message. */
struct want_diag {
	const char *code;
	unsigned line, column;
	enum plan_severity severity;
	const char *message; /* a substring of the message */
};

static inline struct plan_set *load_text(const char *text, struct plan_diags *diags)
{
	struct plan_set *set = NULL;

	plan_set_load_buffer(&set, "t.yaml", text, strlen(text), NULL, diags);
	return set;
}

static inline void print_diags(const struct plan_diags *diags)
{
	struct plan_buf line = PLAN_BUF_INIT;

	for (size_t i = 0; i < diags->n; i++) {
		plan_buf_reset(&line);
		plan_diag_format(&diags->v[i], false, &line);
		print_message("  got: %s\n", line.s);
	}
	plan_buf_release(&line);
}

/* Asserts that diags are exactly want (n of them), in order. */
static inline void assert_diags(const struct plan_diags *diags, const struct want_diag *want,
				size_t n)
{
	if (diags->n != n)
		print_diags(diags);
	assert_int_equal(diags->n, n);
	for (size_t i = 0; i < n; i++) {
		const struct plan_diag *d = &diags->v[i];

		if (!d->code || strcmp(d->code, want[i].code) != 0 || d->pos.line != want[i].line ||
		    d->pos.column != want[i].column || d->severity != want[i].severity ||
		    !strstr(d->message, want[i].message)) {
			print_message("diagnostic %zu: want [%s] %u:%u '%s'\n", i, want[i].code,
				      want[i].line, want[i].column, want[i].message);
			print_diags(diags);
			fail();
		}
	}
}

/*
 * Loads text and asserts its diagnostics are exactly want (n of them) and,
 * unless plans is negative, that it yields that many plans.
 */
static inline void check_load(const char *name, const char *text, const struct want_diag *want,
			      size_t n, int plans)
{
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct plan_set *set;

	print_message("case: %s\n", name);
	set = load_text(text, &diags);
	assert_diags(&diags, want, n);
	if (plans >= 0)
		assert_int_equal(set->n_plans, (size_t)plans);
	plan_set_free(set);
	plan_diags_release(&diags);
}

/* A table row: a file's text and exactly the diagnostics it yields. */
struct load_case {
	const char *name;
	const char *text;
	struct want_diag want[6];
	size_t n;
	int plans; /* how many plans it yields; -1: not checked */
};

/* Runs check_load() on every case. */
static inline void check_load_cases(const struct load_case *cases, size_t n)
{
	for (size_t i = 0; i < n; i++)
		check_load(cases[i].name, cases[i].text, cases[i].want, cases[i].n, cases[i].plans);
}

#endif
