/*
 * fmtcheck.c - fmt's safety check, a rewriting that may change nothing
 * (rewrite.c), and plan fmt on one file: laid out, checked, written only
 * when the check says so; from the bytes and tree its load kept, or read.
 */
#include "plan/fmt.h"

#include <string.h>

#include "fmttree.h"
#include "kept.h"
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

/*
 * The verdict of plan_fmt_file() on path's bytes (data, len), given their
 * layout (out) and its comments, or same when the layout is the bytes.
 */
static enum plan_fmt_verdict judge(const char *path, const char *data, size_t len, bool same,
				   const struct plan_buf *out, const struct plan_buf *comments,
				   bool write, const struct plan_deadlines *engine,
				   struct plan_buf *canonical, struct plan_diags *diags)
{
	/* the comments the layout found: the check does not read the old text again for them */
	const struct rewrite_old old = {
		.name = path, .data = data, .len = len, .comments = comments
	};
	enum plan_fmt_verdict verdict;

	if (same)
		verdict = PLAN_FMT_CANONICAL;
	else if (!keeps(&old, out->s, out->len, engine))
		verdict = PLAN_FMT_UNSAFE;
	else if (write && plan_file_replace(path, out->s, out->len, data, len, NULL, diags) != 0)
		verdict = PLAN_FMT_UNWRITTEN;
	else
		verdict = PLAN_FMT_CHANGES;
	if (canonical && verdict == PLAN_FMT_CANONICAL)
		plan_buf_add(canonical, data, len);
	else if (canonical && verdict == PLAN_FMT_CHANGES)
		plan_buf_add(canonical, out->s, out->len);
	return verdict;
}

/* plan fmt on path's bytes (data, len), read again for their layout. */
static enum plan_fmt_verdict lay_out(const char *path, const char *data, size_t len, bool write,
				     const struct plan_deadlines *engine,
				     struct plan_buf *canonical, struct plan_diags *diags)
{
	struct plan_buf out = PLAN_BUF_INIT, comments = PLAN_BUF_INIT;
	enum plan_fmt_verdict verdict = PLAN_FMT_UNREADABLE;

	if (plan_fmt(path, data, len, &out, &comments) == 0)
		verdict = judge(path, data, len, same_bytes(data, len, out.s, out.len), &out,
				&comments, write, engine, canonical, diags);
	plan_buf_release(&out);
	plan_buf_release(&comments);
	return verdict;
}

enum plan_fmt_verdict plan_fmt_file(const char *path, bool write,
				    const struct plan_deadlines *engine, struct plan_buf *canonical,
				    struct plan_diags *diags)
{
	struct plan_buf text = PLAN_BUF_INIT;
	enum plan_fmt_verdict verdict = PLAN_FMT_UNREADABLE;

	if (plan_file_read(path, &text, diags) == 0)
		verdict = lay_out(path, text.s, text.len, write, engine, canonical, diags);
	plan_buf_release(&text);
	return verdict;
}

enum plan_fmt_verdict plan_fmt_kept(const struct plan_kept *kept, const char *path, bool write,
				    const struct plan_deadlines *engine, struct plan_buf *canonical,
				    struct plan_diags *diags)
{
	const struct plan_kept_file *f = plan_kept_find(kept, path);

	if (!f || (!f->data && canonical))
		return plan_fmt_file(path, write, engine, canonical, diags);
	if (!f->laid_out)
		return lay_out(path, f->data, f->len, write, engine, canonical, diags);
	return judge(path, f->data, f->len, f->same, &f->layout, &f->comments, write, engine,
		     canonical, diags);
}
