/*
 * yfind.c - a YAML tree's nodes found by the bytes they are at (ytree.h):
 * what ytree_read() gives comments to, without a list of every node.
 *
 * A collection's kids come in document order at increasing offsets, and
 * every node of a kid's subtree starts within the kid's bytes: so each
 * search takes, at each level, the kid a binary search finds, and the
 * kids just before or after it.
 */
#include "ytree.h"

/*
 * True when the i-th kid of a collection is an anchor, a node that the
 * comments on lines of their own just before it belong to: a list item,
 * or a mapping's key.
 */
static bool kid_is_anchor(const struct ynode *collection, size_t i)
{
	return collection->kind == YNODE_SEQ || i % 2 == 0;
}

/* The number of n's kids that start at or before offset (after, when strictly). */
static uint32_t kids_starting_by(const struct ynode *n, size_t offset, bool strictly)
{
	uint32_t lo = 0, hi = n->n;

	while (lo < hi) {
		uint32_t mid = lo + (hi - lo) / 2;

		if (strictly ? n->kids[mid]->start < offset : n->kids[mid]->start <= offset)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static struct ynode *scalar_at(struct ynode *n, size_t offset)
{
	while (n->kind != YNODE_SCALAR) {
		const uint32_t k = kids_starting_by(n, offset, false);

		if (!k)
			return NULL;
		n = n->kids[k - 1];
	}
	return n->start <= offset && offset < n->end ? n : NULL;
}

struct ynode *ytree_scalar_at(const struct ytree *t, size_t offset)
{
	return t->root ? scalar_at(t->root, offset) : NULL;
}

/*
 * The last scalar of n's subtree that ends by offset, when it ends at or
 * after from.  Kids that end before from are not gone into: however many
 * empty lists come before, only those that reach from are looked at.
 */
static struct ynode *scalar_before(struct ynode *n, size_t from, size_t offset)
{
	if (n->end < from)
		return NULL;
	if (n->kind == YNODE_SCALAR)
		return n->end <= offset ? n : NULL;
	/* kids that start after offset end after it; those before, in turn, from the last */
	for (uint32_t i = kids_starting_by(n, offset, false); i-- > 0 && n->kids[i]->end >= from;) {
		struct ynode *s = scalar_before(n->kids[i], from, offset);

		if (s)
			return s;
	}
	return NULL;
}

struct ynode *ytree_scalar_before(const struct ytree *t, size_t from, size_t offset)
{
	return t->root ? scalar_before(t->root, from, offset) : NULL;
}

/* The first anchor below n, in document order, that starts at or after offset. */
static struct ynode *anchor_below(struct ynode *n, size_t offset)
{
	uint32_t k;

	if (n->kind == YNODE_SCALAR)
		return NULL;
	/* the last kid that starts before offset may hold nodes that start after it */
	k = kids_starting_by(n, offset, true);
	if (k) {
		struct ynode *a = anchor_below(n->kids[k - 1], offset);

		if (a)
			return a;
	}
	for (uint32_t i = k; i < n->n; i++) {
		struct ynode *a;

		if (kid_is_anchor(n, i))
			return n->kids[i];
		if ((a = anchor_below(n->kids[i], 0)))
			return a;
	}
	return NULL;
}

struct ynode *ytree_anchor_from(const struct ytree *t, size_t offset)
{
	if (!t->root)
		return NULL;
	if (t->root->kind == YNODE_SEQ && t->root->start >= offset)
		return t->root;
	return anchor_below(t->root, offset);
}

struct ynode *ytree_outermost_flow(const struct ytree *t, const struct ynode *node)
{
	struct ynode *n = t->root;

	/* down the path to node, outermost first */
	while (n && n != node && n->kind != YNODE_SCALAR) {
		uint32_t k;

		if (n->flow && n->start <= node->start && node->end <= n->end &&
		    n->end_line == node->end_line)
			return n;
		if (!(k = kids_starting_by(n, node->start, false)))
			return NULL;
		n = n->kids[k - 1];
	}
	return NULL;
}
