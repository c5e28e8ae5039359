/*
 * fmttree.h - plan fmt's layout of a YAML tree already read (private to
 * the core): what plan_fmt() writes once it has read the file's tree.
 */
#ifndef PLAN_FMTTREE_H
#define PLAN_FMTTREE_H

#include <stdbool.h>

#include "plan/buf.h"
#include "ytree.h"

/*
 * Appends the canonical form of t's file to out, and when comments is not
 * NULL its comments to comments, as plan_fmt() does.  Cannot fail.
 */
void fmt_tree(const struct ytree *t, struct plan_buf *out, struct plan_buf *comments);
/*
 * fmt_tree() into out, which it empties first, compared with t's file as
 * it goes: returns true, out empty, when the layout is the file's bytes
 * (t->data is the layout then), without ever holding it whole; else false,
 * out holding the layout.
 */
bool fmt_tree_unless_same(const struct ytree *t, struct plan_buf *out, struct plan_buf *comments);

#endif
