/* ywalk.c - a YAML tree's nodes handed on as its file's events (ytree.h). */
#include "ytree.h"

#include <stdlib.h>

#include "alloc.h"

void ytree_walk_start(struct ytree_walk *w, const struct ytree *t)
{
	*w = (struct ytree_walk){ .t = t };
}

/* The event that starts node: a scalar, or a collection entered. */
static void enter(struct ytree_walk *w, const struct ynode *node, struct yev *ev)
{
	ev->pos = node->pos;
	if (node->kind == YNODE_SCALAR) {
		ev->type = YEV_SCALAR;
		ev->text = node->text;
		ev->len = node->len;
		ev->plain = node->plain;
		return;
	}
	ev->type = node->kind == YNODE_MAP ? YEV_MAP : YEV_SEQ;
	ev->flow = node->flow;
	PLAN_GROW(w->levels, w->cap, w->n + 1);
	w->levels[w->n++] = (struct ywalk_level){ node, 0 };
}

void ytree_walk_next(void *walk, struct yev *ev)
{
	struct ytree_walk *w = walk;
	struct ywalk_level *top;

	*ev = (struct yev){ .type = YEV_END };
	if (!w->started) {
		w->started = true;
		if (w->t->root)
			enter(w, w->t->root, ev);
		return;
	}
	if (!w->n)
		return; /* the document's end */
	top = &w->levels[w->n - 1];
	if (top->next < top->node->n) {
		enter(w, top->node->kids[top->next++], ev);
		return;
	}
	ev->type = top->node->kind == YNODE_MAP ? YEV_MAP_END : YEV_SEQ_END;
	ev->pos = top->node->pos;
	w->n--;
}

void ytree_walk_release(struct ytree_walk *w)
{
	free(w->levels);
	*w = (struct ytree_walk){ 0 };
}
