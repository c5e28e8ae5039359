/*
 * json.h - writing JSON (RFC 8259), indented by two spaces as jq does.
 *
 * The writer appends to a plan_buf owned by the caller and keeps track of
 * commas and indentation; the caller says what comes next.  Text is written
 * as UTF-8 with only what JSON requires escaped; an invalid byte becomes
 * U+FFFD so that the output is always valid.
 */
#ifndef PLAN_JSON_H
#define PLAN_JSON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "plan/buf.h"

enum { PLAN_JSON_MAX_DEPTH = 32 };

struct plan_json {
	struct plan_buf *out;
	bool compact; /* no line breaks or indentation, as jq -c */
	unsigned depth;
	bool after_key;
	bool filled[PLAN_JSON_MAX_DEPTH]; /* the container at each depth has items */
};

void plan_json_init(struct plan_json *j, struct plan_buf *out);
/* Starts a compact document: all on one line, as jq -c writes. */
void plan_json_init_compact(struct plan_json *j, struct plan_buf *out);
void plan_json_begin_object(struct plan_json *j);
void plan_json_end_object(struct plan_json *j);
void plan_json_begin_array(struct plan_json *j);
void plan_json_end_array(struct plan_json *j);
/* Writes an object key; the next call writes its value. */
void plan_json_key(struct plan_json *j, const char *key);
void plan_json_string(struct plan_json *j, const char *s, size_t len);
/* Writes s, or null when s is NULL. */
void plan_json_str(struct plan_json *j, const char *s);
void plan_json_null(struct plan_json *j);
void plan_json_int(struct plan_json *j, long long v);
void plan_json_bool(struct plan_json *j, bool v);
/* Ends the document with a newline. */
void plan_json_finish(struct plan_json *j);

#endif
