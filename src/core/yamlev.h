/*
 * yamlev.h - libyaml's events, narrowed to what a plan file may contain
 * (private to the core).
 *
 * The reader pulls events from libyaml and hands on mappings, sequences
 * and scalars with 1-based positions.  It enforces the rules every plan
 * file obeys whatever its schema, reporting each breach as a diagnostic:
 * UTF-8, one document per file, no anchors, aliases or tags, nesting at most
 * max_depth deep, text free of control characters, and text in NFC
 * (normalised, with a warning).  Scalars are copied into the arena when
 * asked (yev_keep()).
 *
 * After a fatal problem (a syntax error, nesting too deep) the reader
 * reports YEV_END for ever, yev_failed() is true, and diagnostics reported
 * through yev_report() are dropped: they would only be
 * consequences of the file ending early.
 */
#ifndef PLAN_YAMLEV_H
#define PLAN_YAMLEV_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "plan/diag.h"

struct arena;
struct yev_reader;

enum yev_type {
	YEV_END, /* end of the document, or a fatal problem */
	YEV_SCALAR,
	YEV_BAD, /* an alias: a node that is already reported */
	YEV_MAP,
	YEV_MAP_END,
	YEV_SEQ,
	YEV_SEQ_END,
};

struct yev {
	enum yev_type type;
	struct plan_pos pos;
	struct plan_pos end; /* just after it: a scalar's closing quote, a collection's opening */
	const char *text;    /* YEV_SCALAR: NUL-terminated, until the next yev_next() but one */
	size_t len;
	bool plain; /* YEV_SCALAR: written without quotes or block style */
	bool flow;  /* YEV_MAP, YEV_SEQ: written in flow style, [a, b] or {k: v} */
	/*
	 * Where pos and end are as libyaml counts: characters from the start
	 * of the data (after a byte order mark; a CRLF is two).  Readers of
	 * data only; 0 from a source.
	 */
	size_t at, end_at;
};

/*
 * Starts reading data (len bytes) as the file named file.  Data that is not
 * UTF-8 fails (as a fatal problem) with every invalid byte reported.
 * Borrows all arguments until yev_close().  Never fails to return a reader.
 */
struct yev_reader *yev_open(const char *file, const char *data, size_t len, unsigned max_depth,
			    struct arena *arena, struct plan_diags *diags);
/*
 * Starts reading the file open at fd, of size bytes, as the file named
 * file, in chunks.  A file that needs to be read whole - a line break
 * editors do not show, invalid UTF-8, UTF-16, a size that changed, a
 * read error - stops the reader: it fails, says nothing, and
 * yev_wants_whole() is true; read the whole file again with yev_open()
 * then, and forget what this reader gave.  Borrows its arguments.
 */
struct yev_reader *yev_open_fd(const char *file, int fd, size_t size, unsigned max_depth,
			       struct arena *arena, struct plan_diags *diags);
bool yev_wants_whole(const struct yev_reader *r);
/*
 * True when the data of a reader from yev_open() breaks lines where
 * editors do not (a CR alone, NEL, LS, PS): libyaml's lines are not the
 * editors' then.
 */
bool yev_foreign_breaks(const struct yev_reader *r);

/*
 * Fills *ev with the next event of a source that read the file already
 * (a YAML tree's, ytree_walk_next()): YEV_END, and for ever after, at the
 * end of its document.
 */
typedef void yev_source_fn(void *arg, struct yev *ev);

/*
 * Starts reading the events next gives (arg is passed on to it) as the
 * file named file: the rules above were enforced as the source read the
 * file, and are not again.  Borrows its arguments until yev_close().
 */
struct yev_reader *yev_open_source(const char *file, yev_source_fn *next, void *arg,
				   struct arena *arena, struct plan_diags *diags);
void yev_close(struct yev_reader *r);

/*
 * Makes positions count lines from first (1-based) on: the reader's data is
 * a file's lines from line first, read alone (an item of a list, edit's
 * read-back).  Call before the first yev_next().
 */
void yev_count_lines_from(struct yev_reader *r, uint32_t first);

/*
 * Reads the next event into *ev.  A scalar's text stays until the second
 * yev_next() after (a key while its value is read): what is kept longer is
 * copied with yev_keep(), so that keys and skipped values cost no copy.
 */
void yev_next(struct yev_reader *r, struct yev *ev);

/*
 * A scalar's text, copied into the reader's arena; or itself, from a
 * reader that borrows texts (yev_borrow_texts()).
 */
const char *yev_keep(struct yev_reader *r, const struct yev *ev);
/*
 * Like yev_keep(), but a text that pool has seen is not copied again: the
 * copy kept the first time is returned, so that the names and phrases a
 * plan repeats (units, deadlines, funding) are kept once.  pool maps texts
 * to copies in the reader's arena: every reader it is given to must keep
 * texts in the same arena, which outlives it.  It keeps texts up to
 * YEV_SHARED_MAX bytes, and at most YEV_SHARED_MOST of them.
 */
enum { YEV_SHARED_MAX = 256, YEV_SHARED_MOST = 65536 };
struct strmap;
const char *yev_keep_shared(struct yev_reader *r, const struct yev *ev, struct strmap *pool);
/*
 * Tells a reader of a source (yev_open_source()) that the texts of the
 * scalars it gives are NUL-terminated and live as long as its arena: they
 * are kept as they are, not copied.
 */
void yev_borrow_texts(struct yev_reader *r);

/*
 * Reads what follows the first document: reports a second document, and
 * syntax errors up to its start.  Call once the first document is read.
 */
void yev_finish(struct yev_reader *r);

/* True after a fatal problem: the events read so far are not the file. */
bool yev_failed(const struct yev_reader *r);

/*
 * True when what failed was a syntax error (libyaml's scanner or parser),
 * reported at *at, in what began at *ctx (*at when libyaml does not say).
 */
bool yev_syntax_error(const struct yev_reader *r, struct plan_pos *at, struct plan_pos *ctx);

/* True when ev is a plain scalar that YAML reads as null ("", "~", "null"). */
bool yev_is_null(const struct yev *ev);

/* The name of an event's kind for messages: "a string", "a list", … */
const char *yev_kind(const struct yev *ev);

/* Reports a diagnostic at pos in the reader's file. */
void yev_report(struct yev_reader *r, enum plan_severity severity, struct plan_pos pos,
		const char *code, const char *fmt, ...) PLAN_PRINTF(5, 6);

#endif
