/* ytree.c - a YAML file as nodes with their bytes, and its comments attached to them. */
#include "ytree.h"

#include "ycomments.h"

#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "alloc.h"
#include "bigmem.h"
#include "plan/buf.h"
#include "text.h"
#include "yamlev.h"
#include "ylines.h"

/* What ytree.h says of a node's size, on 64-bit machines. */
_Static_assert(sizeof(void *) != 8 || sizeof(struct ynode) == 48, "a node grew");

struct builder {
	struct ytree *t;
	struct yev_reader *r;
	/*
	 * The byte offset each line starts at, lines as libyaml ends them (at
	 * CR, NEL, LS and PS too): the lines comments are given to nodes by.
	 */
	size_t *ylines;
	size_t n_ylines;
	size_t last_line;    /* the index in ylines line_of() found last */
	bool foreign_breaks; /* the file breaks lines at more than LF (yev_foreign_breaks()) */
	/* the last character index byte_of() found, and its byte */
	size_t last_at, last_byte;
	bool failed;
};

/* Indexes the lines of the file, whose first starts at byte first (after a BOM). */
static void index_lines(struct builder *b, size_t first)
{
	const struct ytree *t = b->t;
	size_t cap = 0, n;

	PLAN_GROW(b->ylines, cap, 1);
	b->ylines[b->n_ylines++] = first;
	b->foreign_breaks = yev_foreign_breaks(b->r);
	if (!b->foreign_breaks) {
		/* LF ends every line, the LF of a CRLF too: memchr() finds them */
		for (const char *eol = t->data;
		     (eol = memchr(eol, '\n', t->len - (size_t)(eol - t->data))); eol++) {
			PLAN_GROW(b->ylines, cap, b->n_ylines + 1);
			b->ylines[b->n_ylines++] = (size_t)(eol - t->data) + 1;
		}
		return;
	}
	for (size_t i = 0; i < t->len; i += n ? n : 1) {
		if ((n = ybreak_at(t->data, t->len, i))) {
			PLAN_GROW(b->ylines, cap, b->n_ylines + 1);
			b->ylines[b->n_ylines++] = i + n;
		}
	}
}

/* UTF-8 continuation bytes (10xxxxxx) have the top bit of their byte set here. */
static inline uint64_t continuations(uint64_t w)
{
	return w & ~(w << 1) & UINT64_C(0x8080808080808080);
}

/* How many bytes of w have their top bit set (and no other). */
static inline size_t bytes_set(uint64_t w)
{
	return (size_t)(((w >> 7) * UINT64_C(0x0101010101010101)) >> 56);
}

/*
 * The byte offset of the character at index at (libyaml's mark.index:
 * characters from the start, after a byte order mark), counted on from
 * the last one found: positions come in order, so the file is walked
 * once, eight bytes at a time where no position falls.
 */
static size_t byte_of(struct builder *b, size_t at)
{
	const struct ytree *t = b->t;
	const unsigned char *u = (const unsigned char *)t->data;
	size_t i = b->last_byte, chars = b->last_at; /* chars: the characters before byte i */

	/* back, rarely: to the character's first byte */
	while (chars > at && i > 0)
		if ((u[--i] & 0xC0) != 0x80)
			chars--;
	while (chars < at && i + 8 <= t->len) {
		uint64_t w;
		size_t n;

		memcpy(&w, u + i, 8);
		n = 8 - bytes_set(continuations(w));
		if (n > at - chars)
			break;
		chars += n;
		i += 8;
	}
	for (; i < t->len; i++) {
		if ((u[i] & 0xC0) == 0x80)
			continue;
		if (chars == at)
			break;
		chars++;
	}
	b->last_at = chars;
	b->last_byte = i;
	return i;
}

/* The line, as libyaml ends lines, that offset is on (from 1); looked for from the last. */
static unsigned line_of(struct builder *b, size_t offset)
{
	size_t lo = 0, hi = b->n_ylines, k = b->last_line;

	/* mostly the same line, or one a few lines on */
	for (unsigned step = 0; step < 4 && k < b->n_ylines && b->ylines[k] <= offset; step++, k++)
		if (k + 1 == b->n_ylines || b->ylines[k + 1] > offset)
			return (unsigned)(b->last_line = k) + 1;
	if (b->ylines[b->last_line] <= offset)
		lo = b->last_line;
	else
		hi = b->last_line;
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;

		if (b->ylines[mid] <= offset)
			lo = mid;
		else
			hi = mid;
	}
	b->last_line = lo;
	return (unsigned)lo + 1;
}

static struct ynode *new_node(struct builder *b, const struct yev *ev)
{
	struct ynode *n = arena_calloc(b->t->arena, 1, sizeof(*n));

	n->pos = ev->pos;
	n->start = (uint32_t)byte_of(b, ev->at);
	return n;
}

static void read_node(struct builder *b, const struct yev *ev, struct ynode *n);

/* Reads the scalar ev into n. */
static inline void read_scalar(struct builder *b, const struct yev *ev, struct ynode *n)
{
	n->kind = YNODE_SCALAR;
	n->text = yev_keep(b->r, ev);
	n->len = ev->len;
	n->plain = ev->plain;
	n->null = yev_is_null(ev);
	n->end = (uint32_t)byte_of(b, ev->end_at);
}

/*
 * Reads the mapping or list that starts with ev into n, its children
 * too, up to its end event; sets b->failed when the stream breaks off or
 * a key is no string.
 */
static void read_collection(struct builder *b, const struct yev *ev, struct ynode *n)
{
	struct ynode **kids = NULL;
	struct yev e;
	size_t cap = 0;

	n->kind = ev->type == YEV_MAP ? YNODE_MAP : YNODE_SEQ;
	n->flow = ev->flow;
	n->end = n->start;
	for (;;) {
		struct ynode *kid;

		yev_next(b->r, &e);
		if (e.type == YEV_MAP_END || e.type == YEV_SEQ_END) {
			if (n->flow)
				n->end = (uint32_t)byte_of(b, e.end_at);
			break;
		}
		if (e.type == YEV_END || e.type == YEV_BAD) {
			b->failed = true;
			break;
		}
		kid = new_node(b, &e);
		read_node(b, &e, kid);
		/* A key is a string, as the loader wants it; "? [a]" is not one. */
		if (n->kind == YNODE_MAP && n->n % 2 == 0 && kid->kind != YNODE_SCALAR)
			b->failed = true;
		if (b->failed)
			break;
		PLAN_GROW(kids, cap, n->n + 1);
		kids[n->n++] = kid;
		if (!n->flow && kid->end > n->end)
			n->end = kid->end;
	}
	/* The arena owns the tree: no node needs freeing on its own. */
	n->kids = arena_memdup(b->t->arena, kids, n->n, sizeof(*kids)); /* NULL for none */
	free(kids);
}

/* Reads the node whose first event is ev into n; its children too. */
static void read_node(struct builder *b, const struct yev *ev, struct ynode *n)
{
	switch (ev->type) {
	case YEV_SCALAR:
		read_scalar(b, ev, n);
		break;
	case YEV_MAP:
	case YEV_SEQ:
		read_collection(b, ev, n);
		if (b->failed)
			return;
		break;
	default:
		b->failed = true;
		return;
	}
	n->end_line = line_of(b, n->end > n->start ? n->end - 1 : n->start);
}

/*
 * The line, as libyaml ends lines, that an anchor starts on: its position's
 * when LF alone ends lines, as libyaml and we then count the same.
 */
static unsigned anchor_line(struct builder *b, const struct ynode *node)
{
	return b->foreign_breaks ? line_of(b, node->start) : node->pos.line;
}

/* True when line (1-based) holds nothing but white space. */
static bool blank_line(const struct builder *b, unsigned line)
{
	const struct ytree *t = b->t;
	size_t i;

	if (line < 1 || line > b->n_ylines)
		return false;
	for (i = b->ylines[line - 1]; i < t->len && !ybreak_at(t->data, t->len, i); i++)
		if (t->data[i] != ' ' && t->data[i] != '\t')
			return false;
	return i < t->len; /* the last line, without a line break, is not a blank line */
}

/*
 * Marks the entries and items that follow a blank line: the first on each
 * line after one - found from the blank lines, which are few, not from
 * the entries and items, which are millions.
 */
static void mark_blank_lines(struct builder *b)
{
	for (unsigned line = 1; line < b->n_ylines; line++) {
		struct ynode *next;

		/* the first that starts on a later line: ylines[line] is the next line's start */
		if (blank_line(b, line) && (next = ytree_anchor_from(b->t, b->ylines[line])) &&
		    anchor_line(b, next) == line + 1)
			next->blank_before = true;
	}
	for (size_t i = 0; i < b->t->n_comments; i++)
		b->t->comments[i].blank_before = blank_line(b, b->t->comments[i].line - 1);
}

/* True when node is a block scalar ("|" or ">"), whose first line is its header. */
static bool is_block_scalar(const struct ytree *t, const struct ynode *node)
{
	return !node->plain && node->start < t->len &&
	       (t->data[node->start] == '|' || t->data[node->start] == '>');
}

/*
 * True when offset is inside one of the scalars; a block scalar's header
 * line, which may end in a comment, is not.
 */
static bool in_scalar(struct builder *b, size_t offset)
{
	const struct ynode *s = ytree_scalar_at(b->t, offset);

	if (!s)
		return false;
	return !is_block_scalar(b->t, s) || line_of(b, offset) != line_of(b, s->start);
}

/* Finds every comment: a "#" outside scalars. */
static void find_comments(struct builder *b)
{
	struct ytree *t = b->t;
	size_t cap = 0;

	for (size_t i = 0; i < t->len; i++) {
		size_t line_start, end;
		struct ycomment c;

		/*
		 * Outside a scalar, every "#" starts a comment, as libyaml reads
		 * them: after white space, a line break, a BOM, and right after a
		 * quoted value ("1"# c) too.  Inside a plain one it is text.
		 */
		if (t->data[i] != '#' || in_scalar(b, i))
			continue;
		line_start = i;
		while (line_start > 0 && !ybreak_before(t->data, line_start))
			line_start--;
		if (line_start == 0 && ylines_bom(t->data, t->len))
			line_start = 3; /* a byte order mark is no text before the comment */
		end = i;
		while (end < t->len && !ybreak_at(t->data, t->len, end))
			end++;
		c.line = line_of(b, i);
		c.at = i;
		c.own_line = true;
		for (size_t k = line_start; k < i; k++)
			c.own_line &= t->data[k] == ' ' || t->data[k] == '\t';
		while (end > i && (t->data[end - 1] == ' ' || t->data[end - 1] == '\t'))
			end--;
		if (plan_text_is_nfc(t->data + i, end - i)) {
			c.text = arena_strndup(t->arena, t->data + i, end - i);
			c.len = end - i;
		} else {
			struct plan_buf nfc = PLAN_BUF_INIT;

			plan_text_nfc(&nfc, t->data + i, end - i);
			c.text = arena_strndup(t->arena, nfc.s, nfc.len);
			c.len = nfc.len;
			plan_buf_release(&nfc);
		}
		PLAN_GROW(t->comments, cap, t->n_comments + 1);
		t->comments[t->n_comments++] = c;
		i = end;
	}
}

/*
 * The comments that go before one node, gathered while they come (they
 * come one after another: a node's are the lines just above it) and given
 * to it at once, so that 30,000 comments in a row cost 30,000 copies, not
 * 450 million.
 */
struct befores {
	struct ynode *node;
	const struct ycomment **v;
	size_t n, cap;
};

/* The comments of n, made when it has none yet. */
static struct ynotes *notes_of(struct ytree *t, struct ynode *n)
{
	if (!n->notes)
		n->notes = arena_calloc(t->arena, 1, sizeof(*n->notes));
	return n->notes;
}

/* Gives the comments gathered to their node, after any it has. */
static void give_befores(struct ytree *t, struct befores *p)
{
	struct ynode *n = p->node;
	const struct ycomment **v;
	struct ynotes *notes;

	if (!n || !p->n)
		return;
	notes = notes_of(t, n);
	v = arena_calloc(t->arena, notes->n_before + p->n, sizeof(*v));
	if (notes->n_before)
		memcpy(v, notes->before, notes->n_before * sizeof(*v));
	memcpy(v + notes->n_before, p->v, p->n * sizeof(*v));
	notes->before = v;
	notes->n_before += p->n;
	p->n = 0;
}

static void add_before(struct ytree *t, struct befores *p, struct ynode *n,
		       const struct ycomment *c)
{
	if (p->node != n) {
		give_befores(t, p);
		p->node = n;
	}
	PLAN_GROW(p->v, p->cap, p->n + 1);
	p->v[p->n++] = c;
}

/* The outermost flow collection that holds node and ends on its line, or node. */
static struct ynode *outermost_flow(const struct builder *b, struct ynode *node)
{
	struct ynode *flow = ytree_outermost_flow(b->t, node);

	return flow ? flow : node;
}

static void push(const struct ycomment ***v, size_t *n, size_t *cap, const struct ycomment *c)
{
	PLAN_GROW(*v, *cap, *n + 1);
	(*v)[(*n)++] = c;
}

/* Gives each comment to the node it belongs to. */
static void attach_comments(struct builder *b)
{
	struct ytree *t = b->t;
	size_t cap_head = 0, cap_tail = 0;
	const struct ynode *first = ytree_anchor_from(t, 0);
	const unsigned first_line = first ? anchor_line(b, first) : 0;
	struct befores pending = { 0 };

	for (size_t i = 0; i < t->n_comments; i++) {
		const struct ycomment *c = &t->comments[i];
		struct ynode *next;

		if (!c->own_line) {
			/* The last scalar that ends on the comment's line, before it. */
			struct ynode *last = ytree_scalar_before(t, b->ylines[c->line - 1], c->at);

			if (last && last->end_line == c->line &&
			    !ynode_after(last = outermost_flow(b, last))) {
				notes_of(t, last)->after = c;
				continue;
			}
		}
		if (c->line < first_line) {
			push(&t->head, &t->n_head, &cap_head, c);
			continue;
		}
		/* the first entry or item on a line after it: the next line starts at ylines[line] */
		if ((next =
			 c->line < b->n_ylines ? ytree_anchor_from(t, b->ylines[c->line]) : NULL))
			add_before(t, &pending, next, c);
		else
			push(&t->tail, &t->n_tail, &cap_tail, c);
	}
	give_befores(t, &pending);
	free(pending.v);
}

/* Frees what the builder kept while it read; the tree owns the rest. */
static void release_builder(struct builder *b)
{
	free(b->ylines);
}

struct ytree *ytree_read_checked(const char *name, const char *data, size_t len, unsigned max_depth,
				 struct plan_diags *diags)
{
	const size_t errors_before = diags->errors;
	struct ytree *t;
	struct builder b = { 0 };
	struct yev ev;

	if (len >= UINT32_MAX)
		return NULL; /* offsets are 32 bits (ytree.h) */
	t = plan_xcalloc(1, sizeof(*t));
	t->data = data;
	t->len = len;
	t->arena = arena_new();
	if (len >= BIGMEM_HUGE) {
		/* in blocks of their own (bigmem.h), which the plans may keep when the nodes go */
		t->texts = arena_new();
		arena_expect(t->texts, len); /* the texts take less than the file: one block */
	}
	b.t = t;
	/* libyaml counts characters from after a byte order mark */
	b.last_byte = ylines_bom(data, len);
	b.r = yev_open(name, data, len, max_depth, t->texts ? t->texts : t->arena, diags);
	index_lines(&b, b.last_byte);
	yev_next(b.r, &ev);
	if (ev.type == YEV_MAP || ev.type == YEV_SEQ || ev.type == YEV_SCALAR) {
		t->root = new_node(&b, &ev);
		read_node(&b, &ev, t->root);
		yev_finish(b.r);
	}
	if (!t->root || b.failed || yev_failed(b.r) || diags->errors > errors_before) {
		yev_close(b.r);
		release_builder(&b);
		ytree_free(t);
		return NULL;
	}
	yev_close(b.r);
	find_comments(&b);
	mark_blank_lines(&b);
	attach_comments(&b);
	release_builder(&b);
	return t;
}

struct ytree *ytree_read(const char *name, const char *data, size_t len)
{
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct ytree *t = ytree_read_checked(name, data, len, 1000, &diags);

	plan_diags_release(&diags);
	return t;
}

bool ytree_give_texts(struct ytree *t, struct arena *to)
{
	if (!t->texts)
		return false;
	arena_absorb(to, t->texts);
	t->texts = NULL;
	return true;
}

void ytree_free(struct ytree *t)
{
	if (!t)
		return;
	arena_free(t->arena);
	arena_free(t->texts);
	free(t->comments);
	free(t->head);
	free(t->tail);
	free(t);
}

struct ynode *ytree_key(const struct ynode *map, const char *key)
{
	for (size_t i = 0; map && map->kind == YNODE_MAP && i + 1 < map->n; i += 2)
		if (map->kids[i]->kind == YNODE_SCALAR && strcmp(map->kids[i]->text, key) == 0)
			return map->kids[i];
	return NULL;
}

struct ynode *ytree_get(const struct ynode *map, const char *key)
{
	for (size_t i = 0; map && map->kind == YNODE_MAP && i + 1 < map->n; i += 2)
		if (map->kids[i]->kind == YNODE_SCALAR && strcmp(map->kids[i]->text, key) == 0)
			return map->kids[i + 1];
	return NULL;
}

size_t ytree_line_start(const struct ytree *t, size_t offset)
{
	while (offset > 0 && !ybreak_before(t->data, offset))
		offset--;
	return offset;
}

size_t ytree_line_end(const struct ytree *t, size_t offset)
{
	size_t n = 0;

	while (offset < t->len && !(n = ybreak_at(t->data, t->len, offset)))
		offset++;
	return offset + n;
}

const char *ytree_line_break(const struct ytree *t, size_t *len)
{
	/* LF, CRLF or CR as the first such break is; NEL, LS or PS only in a file of them */
	for (int pass = 0; pass < 2; pass++)
		for (size_t i = 0; i < t->len; i++)
			if ((pass || t->data[i] == '\n' || t->data[i] == '\r') &&
			    (*len = ybreak_at(t->data, t->len, i)))
				return t->data + i;
	*len = 1;
	return "\n";
}
