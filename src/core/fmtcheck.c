/*
 * fmtcheck.c - fmt's safety check, a rewriting that may change nothing
 * (rewrite.c), and plan fmt on one file: laid out, checked, written only
 * when the check says so.
 */
#include "plan/fmt.h"

#include <string.h>

#include "plan/file.h"
#include "rewrite.h"

static bool same_bytes(const char *a, size_t a_len, const char *b, size_t b_len)
{
	return a_len == b_len && memcmp(a, b, a_len) == 0;
}

/* The check of plan_fmt_keeps(), with old's comments when its caller has them. */
static bool keeps(const struct rewrite_old *old, const char *after, size_t after_len,
		  const struct plan_deadlines *engine)
{
	struct plan_diags diags = PLAN_DIAGS_INIT;
	const struct rewrite_rule nothing = { 0 };
	bool kept;

	/* The same bytes read back as the same plans: a canonical file is kept. */
	if (same_bytes(old->data, old->len, after, after_len))
		return true;
	kept = rewrite_check(old, after, after_len, engine, &nothing, &diags, NULL) == REWRITE_KEPT;
	plan_diags_release(&diags);
	return kept;
}

bool plan_fmt_keeps(const char *name, const char *before, size_t before_len, const char *after,
		    size_t after_len, const struct plan_deadlines *engine)
{
	const struct rewrite_old old = { .name = name, .data = before, .len = before_len };

	return keeps(&old, after, after_len, engine);
}

enum plan_fmt_verdict plan_fmt_file(const char *path, bool write,
				    const struct plan_deadlines *engine, struct plan_buf *canonical,
				    struct plan_diags *diags)
{
	struct plan_buf text = PLAN_BUF_INIT, out = PLAN_BUF_INIT, comments = PLAN_BUF_INIT;
	/* the comments plan_fmt() found: the check does not read the old text again for them */
	struct rewrite_old old = { .name = path, .comments = &comments };
	enum plan_fmt_verdict verdict = PLAN_FMT_UNREADABLE;

	if (plan_file_read(path, &text, diags) != 0 ||
	    plan_fmt(path, text.s, text.len, &out, &comments) != 0)
		goto done;
	old.data = text.s;
	old.len = text.len;
	if (same_bytes(text.s, text.len, out.s, out.len))
		verdict = PLAN_FMT_CANONICAL;
	else if (!keeps(&old, out.s, out.len, engine))
		verdict = PLAN_FMT_UNSAFE;
	else if (write &&
		 plan_file_replace(path, out.s, out.len, text.s, text.len, NULL, diags) != 0)
		verdict = PLAN_FMT_UNWRITTEN;
	else
		verdict = PLAN_FMT_CHANGES;
	if (canonical && (verdict == PLAN_FMT_CANONICAL || verdict == PLAN_FMT_CHANGES))
		plan_buf_add(canonical, out.s, out.len);
done:
	plan_buf_release(&text);
	plan_buf_release(&out);
	plan_buf_release(&comments);
	return verdict;
}
