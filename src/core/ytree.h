/*
 * ytree.h - a plan file as a tree of YAML nodes that knows its bytes and
 * its comments (private to the core): what plan fmt rewrites and plan set
 * edits in place.
 *
 * Every node knows the bytes it was written as.  Every comment of the file
 * belongs to a node: a comment on a line of its own to the mapping entry or
 * list item that follows it, a comment at the end of a line to the scalar
 * that ends on that line (or to the flow collection, [a, b], that does),
 * and comments before the first node or after the last to the file.
 * Blank lines are remembered (as one) before comments, entries and items.
 */
#ifndef PLAN_YTREE_H
#define PLAN_YTREE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "plan/diag.h"
#include "yamlev.h"

enum ynode_kind {
	YNODE_SCALAR,
	YNODE_MAP,
	YNODE_SEQ,
};

struct ycomment {
	const char *text; /* from "#" to the end of its line, without trailing white space */
	size_t len;
	unsigned line;     /* as libyaml ends lines: at LF, CR, NEL, LS or PS */
	size_t at;         /* the byte its "#" is at */
	bool own_line;     /* alone on its line */
	bool blank_before; /* a blank line comes before it */
};

/* A node's comments: few nodes have any. */
struct ynotes {
	const struct ycomment **before; /* comments on lines of their own just before it */
	size_t n_before;
	const struct ycomment *after; /* the comment that ends its last line */
};

/*
 * A node: 48 bytes, not 112, as the tree of a 70 MB plan holds millions of
 * them (bench/), and each byte of them is memory the kernel clears.
 * Offsets and counts are 32 bits: ytree_read() takes files below 4 GiB
 * (the loader's limit is far below).
 */
struct ynode {
	uint32_t start, end;   /* its bytes in the file, [start, end) */
	struct plan_pos pos;   /* where it starts */
	uint32_t end_line;     /* the line its last byte is on, as libyaml ends lines */
	uint32_t len;          /* of text */
	uint32_t n;            /* of kids */
	unsigned kind : 2;     /* an enum ynode_kind */
	bool plain : 1;        /* a scalar written without quotes */
	bool null : 1;         /* a scalar YAML reads as null: nothing, "~", "null" */
	bool flow : 1;         /* a collection written [a, b] or {k: v} */
	bool blank_before : 1; /* an entry or item: a blank line comes just before its line */
	union {
		const char *text;    /* a scalar's value (NFC), NUL-terminated */
		struct ynode **kids; /* a list's items; a mapping's keys and values, alternating */
	};
	struct ynotes *notes; /* NULL when it has no comments */
};

/* The comment that ends node's last line, or NULL. */
static inline const struct ycomment *ynode_after(const struct ynode *node)
{
	return node->notes ? node->notes->after : NULL;
}

/* How many comments on lines of their own come just before node. */
static inline size_t ynode_n_before(const struct ynode *node)
{
	return node->notes ? node->notes->n_before : 0;
}

/* The i-th of them (i < ynode_n_before(node)). */
static inline const struct ycomment *ynode_before(const struct ynode *node, size_t i)
{
	return node->notes->before[i];
}

struct ytree {
	struct ynode *root;
	const struct ycomment **head; /* comments before the first node: the file's own */
	size_t n_head;
	const struct ycomment **tail; /* comments after the last node */
	size_t n_tail;
	struct ycomment *comments; /* every comment, in order */
	size_t n_comments;
	const char *data;
	size_t len;
	struct arena *arena;
	/* a large file's scalars' texts, apart from the nodes (ytree_give_texts()); else NULL */
	struct arena *texts;
};

/*
 * Reads a file (data, len bytes, borrowed until ytree_free()) into a tree.
 * Returns NULL when it is not one YAML document the loader would read.
 */
struct ytree *ytree_read(const char *name, const char *data, size_t len);
/*
 * ytree_read(), with the YAML-level problems said in diags (yamlev.h: bad
 * UTF-8, anchors, text not in NFC...) and nesting at most max_depth deep:
 * NULL when any of them is an error.
 */
struct ytree *ytree_read_checked(const char *name, const char *data, size_t len, unsigned max_depth,
				 struct plan_diags *diags);
void ytree_free(struct ytree *t);
/*
 * Hands the texts of t's scalars to the arena to, which then owns them:
 * they outlive t, and t must not outlive to.  Returns false, handing
 * nothing, for a small file, whose texts lie among its nodes (its tree's
 * memory is then free whole once t is, for the next file's tree), and
 * when they were handed already.
 */
bool ytree_give_texts(struct ytree *t, struct arena *to);

/*
 * A walk over a tree's nodes that hands them on as the events the file's
 * reader gave when the tree was read (yev_next()), for yev_open_source():
 * the loader reads plans from a tree as it reads them from a file
 * (src/core/ywalk.c).  Their end is not known (0:0), nor needed.
 */
struct ytree_walk {
	const struct ytree *t;
	struct ywalk_level {
		const struct ynode *node;
		uint32_t next; /* of its kids */
	} * levels;
	size_t n, cap;
	bool started;
};

void ytree_walk_start(struct ytree_walk *w, const struct ytree *t);
void ytree_walk_next(void *walk, struct yev *ev); /* a yev_source_fn */
void ytree_walk_release(struct ytree_walk *w);

/*
 * Nodes found by the bytes they are at (src/core/yfind.c), in a tree whose
 * nodes come in document order at increasing offsets, as ytree_read()
 * makes them; each search goes down the tree, not along it.
 *
 * The scalar whose bytes hold offset, or NULL.
 */
struct ynode *ytree_scalar_at(const struct ytree *t, size_t offset);
/*
 * The last scalar, in document order, that ends at or before offset, when
 * it ends at or after from; else NULL.  (The search goes no further back
 * than from: a file of a million empty lists is not gone through again
 * for each of its comments.)
 */
struct ynode *ytree_scalar_before(const struct ytree *t, size_t from, size_t offset);
/*
 * The first anchor - a node that the comments on lines of their own just
 * before it belong to: a list item, a mapping's key, a list at the root -
 * in document order, that starts at or after offset, or NULL.
 */
struct ynode *ytree_anchor_from(const struct ytree *t, size_t offset);
/*
 * The outermost flow collection ([a, b] or {k: v}) that holds node and
 * ends on node's last line, or NULL.
 */
struct ynode *ytree_outermost_flow(const struct ytree *t, const struct ynode *node);

/* The value of key in a mapping, or NULL. */
struct ynode *ytree_get(const struct ynode *map, const char *key);
/* The key node of key in a mapping, or NULL. */
struct ynode *ytree_key(const struct ynode *map, const char *key);

/* The byte offset of the start of the line that holds byte offset. */
size_t ytree_line_start(const struct ytree *t, size_t offset);
/* The byte offset just past the end of the line that holds offset (after its line break). */
size_t ytree_line_end(const struct ytree *t, size_t offset);
/*
 * The bytes (*len of them) the file's lines end with: its first LF, CRLF or
 * CR; else its first NEL, LS or PS; else LF.
 */
const char *ytree_line_break(const struct ytree *t, size_t *len);

#endif
