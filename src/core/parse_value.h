/*
 * parse_value.h - the plan file schema's bottom layer (private): the parser,
 * and the readers of keys, values and lists that every level shares.
 *
 * Every parse_*() function is called with p->ev holding the first event of
 * the value node and returns with the whole node consumed, having reported
 * what was wrong through the event reader (yev_report()).  What it builds
 * is allocated in the parser's arena and lives as long as the arena.  It
 * calls nothing of the levels above (parse_task.h, parse_unit.h, parse.h).
 */
#ifndef PLAN_PARSE_VALUE_H
#define PLAN_PARSE_VALUE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "plan/model.h"
#include "yamlev.h"

struct arena;

struct parser {
	struct yev_reader *r;
	struct arena *arena;
	struct yev ev; /* the current event */
	/* the texts that repeat, kept once (yev_keep_shared()); NULL: each copied */
	struct strmap *shared;
};

/* The keys a keyset may have: struct seen's mask has a bit for each. */
#define KEYSET_MAX 32

/* The keys one kind of mapping may hold, for lookup and suggestions. */
struct keyset {
	const char *what; /* "task", "section", … for messages */
	const char *const *names;
	unsigned n;
};

/*
 * The index of name among keys, or -1; the first bytes are compared
 * first: most keys differ there, and need no strcmp().
 */
int keyset_find(const struct keyset *keys, const char *name);

/* Which keys of a mapping were seen, and where, for duplicate checks. */
struct seen {
	uint32_t mask;
	struct plan_pos at[KEYSET_MAX];
};

/* Reads the next event into p->ev. */
void parse_next(struct parser *p);
/* Consumes the node starting at p->ev. */
void parse_skip(struct parser *p);

/*
 * Iterates over a mapping whose YEV_MAP is p->ev.  Each call reads the
 * next key and leaves p->ev on its value; returns the key's index in keys,
 * or -1 at the end of the mapping.  Keys that are unknown, duplicated or
 * not strings are reported and their values skipped.  *key_pos receives
 * the key's position.
 */
int parse_key(struct parser *p, const struct keyset *keys, struct seen *seen,
	      struct plan_pos *key_pos);

/* Reports a missing required key of a mapping that starts at pos. */
void parse_require(struct parser *p, const struct keyset *keys, const struct seen *seen,
		   unsigned key, struct plan_pos pos);

/*
 * Starts an item of key's list that must be a mapping: stores where it is
 * in *pos and returns true; else reports it, skips it and returns false.
 */
bool parse_item_map(struct parser *p, const char *key, struct plan_pos *pos);

/* Reports that p->ev is not what key should hold, and skips it. */
void parse_wrong_type(struct parser *p, const char *key, const char *expected);

/*
 * Reads a text value.  A null leaves *out absent; with required, null and
 * "" are errors.  Returns true when *out was set.
 */
bool parse_text(struct parser *p, const char *key, bool required, struct plan_text *out);
/*
 * Reads a text value that plans repeat, such as a deadline phrase, as
 * parse_text() does; the same text read before is not kept again (p->shared).
 */
bool parse_shared_text(struct parser *p, const char *key, bool required, struct plan_text *out);

/*
 * Reads one item of a list into item; returns false to leave it out (after
 * reporting why).  Called with p->ev on the item's first event.
 */
typedef bool parse_item_fn(struct parser *p, const char *key, void *item);

/*
 * Reads a list whose items read_item reads, size bytes each, into an
 * array in the arena (*items, *n).  Returns false when the value is null
 * (nothing is stored) or not a list (reported as not being `expected`).
 */
bool parse_list(struct parser *p, const char *key, const char *expected, size_t size,
		parse_item_fn *read_item, const void **items, size_t *n);

/* Reads a list of non-empty texts (kept as parse_shared_text() does); null leaves *out absent. */
void parse_texts(struct parser *p, const char *key, struct plan_texts *out);
/* Reads a YYYY-MM-DD date; returns false (reported) when it is not one. */
bool parse_date(struct parser *p, const char *key, plan_date *out);

/*
 * Reads the id of a task or section (what): required, and made of letters,
 * digits, and '.', '-' or '_' between them.  Returns true when *out was set,
 * even to an invalid id (which is reported).
 */
bool parse_id(struct parser *p, const char *what, struct plan_text *out);

/* Reads a boolean: true or false. */
bool parse_bool(struct parser *p, const char *key, bool *out);

#endif
