/* yamlev.c - libyaml events narrowed to what plan files may contain. */
#include "yamlev.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <yaml.h>

#include "arena.h"
#include "alloc.h"
#include "strmap.h"
#include "text.h"
#include "yamlerr.h"
#include "ylines.h"

struct yev_reader {
	yaml_parser_t parser;
	const char *file;
	const char *data;
	size_t len;
	unsigned depth;
	unsigned max_depth;
	/* positions count from line lines_before + 1 (yev_count_lines_from()) */
	uint32_t lines_before;
	yev_source_fn *source; /* events from elsewhere (yev_open_source()), not libyaml's */
	void *source_arg;
	struct arena *arena;
	struct plan_diags *diags;
	size_t first_diag; /* diags->n when reading began */
	bool failed;
	bool syntax; /* failed by a syntax error, at syntax_at (in syntax_ctx) */
	struct plan_pos syntax_at, syntax_ctx;
	bool at_document_end; /* the first document's end was read */
	bool at_stream_end;
	bool borrow_texts; /* yev_borrow_texts() */
	/*
	 * libyaml also breaks lines at NEL, LS, PS and a lone CR; editors and
	 * we count only LF (CR in a file without one: an old Mac file, which
	 * editors show by its CRs).  When the data holds one of those, positions come
	 * from libyaml's character index through this table of the character
	 * index at which each line starts.
	 */
	size_t *line_starts;
	size_t n_lines;
	struct plan_buf scratch;
	/*
	 * Streaming (yev_open_fd): the bytes go from the file to libyaml in
	 * chunks and are never all in memory.  What needs the whole file - a
	 * foreign line break, bad UTF-8, UTF-16, a file that grew - makes
	 * the reader stop and ask to be given the whole file instead.
	 */
	int fd;                /* -1 when reading data */
	size_t expected;       /* the file's size when it was opened */
	size_t streamed;       /* bytes handed to libyaml so far */
	unsigned char tail[2]; /* the last bytes of the previous chunk */
	bool wants_whole;      /* stopped: read the whole file instead */
	/*
	 * The last two events handed on, whose scalars' text yev.text points
	 * into: a key stays readable while its value is read.
	 */
	yaml_event_t held[2];
	unsigned next_held;
};

static const char *const yaml_str_tag = "tag:yaml.org,2002:str";

/* The position of a byte offset in the reader's data, counted as its lines are. */
static struct plan_pos offset_pos(const struct yev_reader *r, size_t offset)
{
	struct plan_pos pos = ylines_byte_pos(r->data, r->len, offset);

	pos.line += r->lines_before;
	return pos;
}

enum { MAX_BAD_UTF8 = 5 };

/*
 * Reports the invalid UTF-8 in the data, a few sequences at most.  libyaml
 * validates UTF-8 as it reads and stops at the first bad byte; this runs
 * only then, to show every one.  Returns false when the data is valid.
 */
static bool report_bad_utf8(struct yev_reader *r)
{
	size_t off = 0, bad, count = 0;

	while (off < r->len && !plan_utf8_valid(r->data + off, r->len - off, &bad)) {
		off += bad;
		if (++count <= MAX_BAD_UTF8)
			plan_diags_add(r->diags, r->file, offset_pos(r, off), PLAN_ERROR,
				       "bad-utf8", "invalid UTF-8: byte 0x%02X at offset %zu",
				       (unsigned char)r->data[off], off);
		off++;
	}
	if (count > MAX_BAD_UTF8)
		plan_diags_add(r->diags, r->file, (struct plan_pos){ 0, 0 }, PLAN_ERROR, "bad-utf8",
			       "%zu more invalid UTF-8 bytes not shown", count - MAX_BAD_UTF8);
	return count > 0;
}

/* libyaml would read UTF-16 as such; plan files are UTF-8 only. */
static bool starts_as_utf16(const char *s, size_t len)
{
	return len >= 2 && (memcmp(s, "\xFF\xFE", 2) == 0 || memcmp(s, "\xFE\xFF", 2) == 0);
}

static void build_line_table(struct yev_reader *r)
{
	size_t cap = 0, chars = 0;
	size_t i = ylines_bom(r->data, r->len);
	const char eol = ylines_editor_break(r->data, r->len);

	PLAN_GROW(r->line_starts, cap, 1);
	r->line_starts[r->n_lines++] = 0;
	for (; i < r->len; i++) {
		if (((unsigned char)r->data[i] & 0xC0) == 0x80)
			continue;
		chars++;
		if (r->data[i] == eol) {
			PLAN_GROW(r->line_starts, cap, r->n_lines + 1);
			r->line_starts[r->n_lines++] = chars;
		}
	}
}

static struct plan_pos mark_pos(const struct yev_reader *r, yaml_mark_t mark)
{
	struct plan_pos pos;
	size_t lo = 0, hi;

	if (!r->line_starts) {
		pos.line = (uint32_t)mark.line + 1 + r->lines_before;
		pos.column = (uint32_t)mark.column + 1;
		return pos;
	}
	hi = r->n_lines;
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;

		if (r->line_starts[mid] <= mark.index)
			lo = mid;
		else
			hi = mid;
	}
	pos.line = (uint32_t)lo + 1 + r->lines_before;
	pos.column = (uint32_t)(mark.index - r->line_starts[lo]) + 1;
	return pos;
}

/*
 * True when the chunk of n bytes that follows what was streamed so far
 * holds a foreign line break, or completes one begun at the end of the
 * last chunk; keeps the last two bytes for the next.
 */
static bool chunk_has_breaks(struct yev_reader *r, const unsigned char *u, size_t n)
{
	const size_t kept = r->streamed < 2 ? r->streamed : 2;
	unsigned char joint[4];
	size_t k = 0;

	memcpy(joint, r->tail + 2 - kept, kept);
	k = kept;
	for (size_t i = 0; i < n && i < 2; i++)
		joint[k++] = u[i];
	for (size_t i = 0; i < kept; i++)
		if (ylines_foreign_at(joint, i, k))
			return true;
	if (n >= 2) {
		memcpy(r->tail, u + n - 2, 2);
	} else if (n == 1) {
		r->tail[0] = r->tail[1];
		r->tail[1] = u[0];
	}
	return ylines_foreign_within(u, n);
}

/*
 * libyaml's read handler: reads the next chunk of the file into buf.  At
 * anything the reader cannot stream past, it sets wants_whole and reports
 * the end of the file.
 */
static int read_chunk(void *data, unsigned char *buf, size_t size, size_t *got)
{
	struct yev_reader *r = data;
	ssize_t n;

	*got = 0;
	if (r->wants_whole)
		return 1;
	do
		n = read(r->fd, buf, size);
	while (n < 0 && errno == EINTR);
	if (n < 0 || (size_t)n > r->expected - r->streamed ||
	    (r->streamed == 0 && (n < 3 || starts_as_utf16((const char *)buf, (size_t)n))) ||
	    chunk_has_breaks(r, buf, (size_t)n)) {
		r->wants_whole = true; /* an error, a file that grew or changed, UTF-16 */
		return 1;
	}
	if (n == 0 && r->streamed && r->tail[1] == '\r')
		r->wants_whole = true; /* a CR at the end */
	r->streamed += (size_t)n;
	*got = (size_t)n;
	return 1;
}

/* A reader with no input yet. */
static struct yev_reader *new_reader(const char *file, unsigned max_depth, struct arena *arena,
				     struct plan_diags *diags)
{
	struct yev_reader *r = plan_xcalloc(1, sizeof(*r));

	if (!yaml_parser_initialize(&r->parser))
		abort(); /* libyaml fails here only when out of memory */
	r->file = file;
	r->max_depth = max_depth;
	r->arena = arena;
	r->diags = diags;
	r->first_diag = diags->n;
	plan_buf_init(&r->scratch);
	return r;
}

struct yev_reader *yev_open_fd(const char *file, int fd, size_t size, unsigned max_depth,
			       struct arena *arena, struct plan_diags *diags)
{
	struct yev_reader *r = new_reader(file, max_depth, arena, diags);

	yaml_parser_set_input(&r->parser, read_chunk, r);
	r->fd = fd;
	r->expected = size;
	return r;
}

bool yev_foreign_breaks(const struct yev_reader *r)
{
	return r->line_starts != NULL;
}

bool yev_wants_whole(const struct yev_reader *r)
{
	return r->wants_whole;
}

void yev_count_lines_from(struct yev_reader *r, uint32_t first)
{
	r->lines_before = first ? first - 1 : 0;
}

struct yev_reader *yev_open(const char *file, const char *data, size_t len, unsigned max_depth,
			    struct arena *arena, struct plan_diags *diags)
{
	struct yev_reader *r = new_reader(file, max_depth, arena, diags);

	yaml_parser_set_input_string(&r->parser, (const unsigned char *)data, len);
	r->fd = -1;
	r->data = data;
	r->len = len;
	if (starts_as_utf16(data, len)) {
		yev_report(r, PLAN_ERROR, (struct plan_pos){ 1, 1 }, "bad-utf8",
			   "the file is in UTF-16; plan files must be UTF-8");
		r->failed = true;
	} else if (ylines_foreign(data, len)) {
		build_line_table(r);
	}
	return r;
}

struct yev_reader *yev_open_source(const char *file, yev_source_fn *next, void *arg,
				   struct arena *arena, struct plan_diags *diags)
{
	struct yev_reader *r = new_reader(file, 0, arena, diags);

	r->fd = -1;
	r->source = next;
	r->source_arg = arg;
	return r;
}

void yev_close(struct yev_reader *r)
{
	if (!r)
		return;
	yaml_parser_delete(&r->parser);
	yaml_event_delete(&r->held[0]);
	yaml_event_delete(&r->held[1]);
	free(r->line_starts);
	plan_buf_release(&r->scratch);
	free(r);
}

bool yev_failed(const struct yev_reader *r)
{
	return r->failed;
}

bool yev_syntax_error(const struct yev_reader *r, struct plan_pos *at, struct plan_pos *ctx)
{
	if (!r->syntax)
		return false;
	*at = r->syntax_at;
	*ctx = r->syntax_ctx;
	return true;
}

/*
 * After a fatal problem the schema sees the file end early; what it would
 * say then (missing keys, unclosed lists) is noise, so it is not reported.
 */
void yev_report(struct yev_reader *r, enum plan_severity severity, struct plan_pos pos,
		const char *code, const char *fmt, ...)
{
	va_list ap;

	if (r->failed)
		return;
	va_start(ap, fmt);
	plan_diags_vadd(r->diags, r->file, pos, severity, code, fmt, ap);
	va_end(ap);
}

/*
 * Reports libyaml's syntax error at pos (what it was doing began at ctx):
 * what to do about it when yamlerr.c knows, libyaml's own words after it.
 */
static void report_syntax(struct yev_reader *r, struct plan_pos pos, struct plan_pos ctx)
{
	const yaml_parser_t *p = &r->parser;
	const struct yaml_error e = { p->problem, p->context, pos, ctx };
	struct plan_buf libyaml = PLAN_BUF_INIT, human = PLAN_BUF_INIT;
	struct plan_pos at = pos;

	plan_buf_addstr(&libyaml, p->problem ? p->problem : "a syntax error");
	if (p->context)
		plan_buf_addf(&libyaml, " (%s at line %u)", p->context, (unsigned)ctx.line);
	if (yaml_error_explain(r->data, r->len, &e, &human, &at))
		yev_report(r, PLAN_ERROR, at, "syntax", "%s; libyaml: %s", human.s, libyaml.s);
	else
		yev_report(r, PLAN_ERROR, pos, "syntax", "%s", libyaml.s);
	r->syntax = true;
	r->syntax_at = at;
	r->syntax_ctx = ctx;
	plan_buf_release(&libyaml);
	plan_buf_release(&human);
}

/*
 * Reports libyaml's error.  What the schema said about the construct that
 * failed to parse (from its start, the context mark, on) was said about a
 * misread file, so it is withdrawn; problems before it stand.
 */
static void report_parse_error(struct yev_reader *r)
{
	const yaml_parser_t *p = &r->parser;
	struct plan_pos pos, ctx;

	switch (p->error) {
	case YAML_READER_ERROR:
		pos = offset_pos(r, p->problem_offset);
		plan_diags_drop_from(r->diags, r->first_diag, pos);
		if (report_bad_utf8(r))
			break;
		if (p->problem_value >= 0)
			yev_report(r, PLAN_ERROR, pos, "syntax", "%s (U+%04X)", p->problem,
				   (unsigned)p->problem_value);
		else
			yev_report(r, PLAN_ERROR, pos, "syntax", "%s", p->problem);
		break;
	case YAML_SCANNER_ERROR:
	case YAML_PARSER_ERROR:
		pos = mark_pos(r, p->problem_mark);
		ctx = p->context ? mark_pos(r, p->context_mark) : pos;
		plan_diags_drop_from(r->diags, r->first_diag, ctx);
		report_syntax(r, pos, ctx);
		break;
	case YAML_MEMORY_ERROR:
		abort();
	default:
		yev_report(r, PLAN_ERROR, (struct plan_pos){ 0, 0 }, "syntax",
			   "cannot parse YAML: %s", p->problem ? p->problem : "unknown error");
		break;
	}
	r->failed = true;
}

/* Returns s escaped for a message, in the reader's scratch buffer. */
static const char *escaped(struct yev_reader *r, const yaml_char_t *s)
{
	plan_buf_reset(&r->scratch);
	plan_text_escape(&r->scratch, (const char *)s, strlen((const char *)s));
	return r->scratch.s;
}

static void check_anchor_and_tag(struct yev_reader *r, struct plan_pos pos,
				 const yaml_char_t *anchor, const yaml_char_t *tag)
{
	if (anchor)
		yev_report(r, PLAN_ERROR, pos, "anchor",
			   "anchors are not allowed in plan files (&%s)", escaped(r, anchor));
	if (tag && strcmp((const char *)tag, yaml_str_tag) != 0)
		yev_report(r, PLAN_ERROR, pos, "tag", "tags are not allowed in plan files ('%s')",
			   escaped(r, tag));
}

static void take_scalar(struct yev_reader *r, const yaml_event_t *e, struct yev *ev)
{
	const char *s = (const char *)e->data.scalar.value;
	size_t len = e->data.scalar.length;
	struct plan_text_facts facts;

	plan_text_inspect(s, len, &facts);
	ev->type = YEV_SCALAR;
	ev->plain = e->data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
	if (facts.control >= 0)
		yev_report(r, PLAN_ERROR, ev->pos, "control-char",
			   "text contains the control character U+%04X", (unsigned)facts.control);
	if (!facts.nfc) {
		plan_buf_reset(&r->scratch);
		if (plan_text_nfc(&r->scratch, s, len) == 0) {
			yev_report(r, PLAN_WARNING, ev->pos, "not-nfc",
				   "text is not in Unicode NFC; read as its NFC form");
			s = r->scratch.s;
			len = r->scratch.len;
		}
	}
	/* libyaml's own copy, NUL-terminated, held (yev_next()); NFC text in the arena. */
	ev->text = s == (const char *)e->data.scalar.value ? s : arena_strndup(r->arena, s, len);
	ev->len = len;
}

const char *yev_keep(struct yev_reader *r, const struct yev *ev)
{
	return r->borrow_texts ? ev->text : arena_strndup(r->arena, ev->text, ev->len);
}

const char *yev_keep_shared(struct yev_reader *r, const struct yev *ev, struct strmap *pool)
{
	const char *copy;
	size_t kept;

	if (r->borrow_texts || ev->len > YEV_SHARED_MAX)
		return yev_keep(r, ev);
	if (strmap_get(pool, ev->text, ev->len, &kept))
		return (const char *)(uintptr_t)kept;
	copy = arena_strndup(r->arena, ev->text, ev->len);
	if (pool->n < YEV_SHARED_MOST)
		strmap_put(pool, ev->text, ev->len, (uintptr_t)copy);
	return copy;
}

void yev_borrow_texts(struct yev_reader *r)
{
	r->borrow_texts = true;
}

/* Keeps e, the event handed on, until two more are; frees the oldest. */
static void hold(struct yev_reader *r, yaml_event_t *e)
{
	yaml_event_delete(&r->held[r->next_held]);
	r->held[r->next_held] = *e;
	r->next_held ^= 1;
}

static bool open_collection(struct yev_reader *r, struct yev *ev)
{
	if (++r->depth <= r->max_depth)
		return true;
	yev_report(r, PLAN_ERROR, ev->pos, "too-deep", "nesting is deeper than %u levels",
		   r->max_depth);
	r->failed = true;
	ev->type = YEV_END;
	return false;
}

/*
 * True, and the reader failed, when a streaming reader met what it cannot
 * read in chunks (read_chunk), or a syntax error, whose report quotes the
 * file's lines.
 */
static bool stops_for_whole(struct yev_reader *r)
{
	if (r->fd >= 0 && r->parser.error != YAML_NO_ERROR)
		r->wants_whole = true; /* its report quotes the file's lines */
	if (r->wants_whole)
		r->failed = true;
	return r->wants_whole;
}

/*
 * Turns libyaml's event e into *ev, whose positions are set: returns
 * false for the events a reader passes over (the starts of the stream and
 * the document), which the caller deletes.  Inline: once per event.
 */
static inline bool translate(struct yev_reader *r, const yaml_event_t *e, struct yev *ev)
{
	switch (e->type) {
	case YAML_STREAM_START_EVENT:
	case YAML_DOCUMENT_START_EVENT:
	case YAML_NO_EVENT:
		return false;
	case YAML_DOCUMENT_END_EVENT:
		r->at_document_end = true;
		break;
	case YAML_STREAM_END_EVENT:
		r->at_stream_end = true;
		break;
	case YAML_ALIAS_EVENT:
		yev_report(r, PLAN_ERROR, ev->pos, "alias",
			   "aliases are not allowed in plan files (*%s)",
			   escaped(r, e->data.alias.anchor));
		ev->type = YEV_BAD;
		break;
	case YAML_SCALAR_EVENT:
		check_anchor_and_tag(r, ev->pos, e->data.scalar.anchor, e->data.scalar.tag);
		take_scalar(r, e, ev);
		break;
	case YAML_MAPPING_START_EVENT:
		check_anchor_and_tag(r, ev->pos, e->data.mapping_start.anchor,
				     e->data.mapping_start.tag);
		ev->flow = e->data.mapping_start.style == YAML_FLOW_MAPPING_STYLE;
		if (open_collection(r, ev))
			ev->type = YEV_MAP;
		break;
	case YAML_SEQUENCE_START_EVENT:
		check_anchor_and_tag(r, ev->pos, e->data.sequence_start.anchor,
				     e->data.sequence_start.tag);
		ev->flow = e->data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE;
		if (open_collection(r, ev))
			ev->type = YEV_SEQ;
		break;
	case YAML_MAPPING_END_EVENT:
		r->depth--;
		ev->type = YEV_MAP_END;
		break;
	case YAML_SEQUENCE_END_EVENT:
		r->depth--;
		ev->type = YEV_SEQ_END;
		break;
	}
	return true;
}

void yev_next(struct yev_reader *r, struct yev *ev)
{
	yaml_event_t e;

	memset(ev, 0, sizeof(*ev));
	if (r->source) {
		if (!r->at_document_end)
			r->source(r->source_arg, ev);
		r->at_document_end = ev->type == YEV_END;
		return;
	}
	for (;;) {
		if (r->failed || r->at_document_end || r->at_stream_end) {
			ev->type = YEV_END;
			return;
		}
		if (!yaml_parser_parse(&r->parser, &e)) {
			if (!stops_for_whole(r))
				report_parse_error(r);
			continue;
		}
		if (stops_for_whole(r)) {
			yaml_event_delete(&e);
			continue;
		}
		ev->pos = mark_pos(r, e.start_mark);
		ev->end = mark_pos(r, e.end_mark);
		ev->at = e.start_mark.index;
		ev->end_at = e.end_mark.index;
		if (!translate(r, &e, ev)) {
			yaml_event_delete(&e);
			continue;
		}
		hold(r, &e);
		return;
	}
}

void yev_finish(struct yev_reader *r)
{
	yaml_event_t e;
	struct yev ev;

	while (!r->failed && !r->at_document_end && !r->at_stream_end)
		yev_next(r, &ev);
	if (r->failed || r->at_stream_end || r->source)
		return;
	if (!yaml_parser_parse(&r->parser, &e)) {
		if (!stops_for_whole(r))
			report_parse_error(r);
		return;
	}
	if (stops_for_whole(r)) {
		yaml_event_delete(&e);
		return;
	}
	if (e.type == YAML_DOCUMENT_START_EVENT)
		yev_report(r, PLAN_ERROR, mark_pos(r, e.start_mark), "multiple-documents",
			   "a plan file holds one YAML document; this is a second one");
	r->at_stream_end = true;
	yaml_event_delete(&e);
}

bool yev_is_null(const struct yev *ev)
{
	if (ev->type != YEV_SCALAR || !ev->plain)
		return false;
	if (ev->len == 1)
		return ev->text[0] == '~';
	return ev->len == 0 ||
	       (ev->len == 4 && (strcmp(ev->text, "null") == 0 || strcmp(ev->text, "Null") == 0 ||
				 strcmp(ev->text, "NULL") == 0));
}

const char *yev_kind(const struct yev *ev)
{
	switch (ev->type) {
	case YEV_SCALAR:
		return yev_is_null(ev) ? "nothing" : "a string";
	case YEV_MAP:
		return "a mapping";
	case YEV_SEQ:
		return "a list";
	default:
		return "nothing";
	}
}
