/*
 * model.h - plans, sections and tasks as loaded from plan files.
 *
 * The model is what the file says, with every value's source position.
 * Nothing is filled in or computed at load: a subtask that leaves out
 * lead, support, deadline or funding keeps the field absent, and the
 * plan_task_*() accessors below answer with the value it inherits.
 *
 * Everything reachable from a struct plan_set belongs to it: strings,
 * arrays and structs are borrowed by callers and valid until
 * plan_set_free().  The functions below only read; none fails but
 * plan_status_parse(), and none allocates but plan_task_ref() (whose
 * running out of memory aborts, src/core/alloc.c).  Code: src/core/model.c,
 * and plan_id_valid() in parse.c.
 */
#ifndef PLAN_MODEL_H
#define PLAN_MODEL_H

#include <stdbool.h>
#include <stddef.h>

#include "plan/buf.h"
#include "plan/date.h"
#include "plan/diag.h"

/* A text value; s is NULL when the key is absent.  s is NUL-terminated. */
struct plan_text {
	const char *s;
	size_t len;
	struct plan_pos pos; /* of the value */
};

/* A list of texts (units, document numbers); present tells absent from []. */
struct plan_texts {
	const struct plan_text *v;
	size_t n;
	bool present;
	struct plan_pos pos;
};

/* A date as written, with its position. */
struct plan_dated {
	plan_date date;
	struct plan_pos pos;
};

/* A list of dates, such as an explicit due; present tells absent from []. */
struct plan_dates {
	const struct plan_dated *v;
	size_t n;
	bool present;
	struct plan_pos pos; /* of the value */
};

enum plan_status {
	PLAN_TODO,
	PLAN_DOING,
	PLAN_DONE,
	PLAN_DROPPED,
};
enum { PLAN_STATUS_COUNT = PLAN_DROPPED + 1 };

/* One item of delivered: a date, and optionally the delivering document. */
struct plan_delivery {
	plan_date on;
	struct plan_text ref; /* absent when delivered as a bare date */
	struct plan_pos pos;
};

struct plan;
struct plan_section;

struct plan_task {
	struct plan_text id;
	struct plan_text text; /* key "task" */
	struct plan_texts lead;
	struct plan_texts support;
	struct plan_text deadline;
	struct plan_dates due;
	struct plan_text product;
	struct plan_text funding;
	struct plan_text note;
	enum plan_status status;
	struct plan_pos status_pos; /* line 0 when status is absent (todo) */
	const struct plan_delivery *delivered;
	size_t n_delivered;
	const struct plan_task *subtasks;
	size_t n_subtasks;

	const struct plan_task *parent; /* NULL for a top-level task */
	const struct plan_section *section;
	const struct plan *plan;
	struct plan_pos pos; /* of the task's mapping */
};

/*
 * A section.  A plan written with top-level tasks has exactly one section
 * whose id and title are absent.
 */
struct plan_section {
	struct plan_text id;
	struct plan_text title;
	const struct plan_task *tasks;
	size_t n_tasks;
	const struct plan *plan;
	struct plan_pos pos;
};

struct plan {
	const char *path;    /* as given to the loader */
	struct plan_text id; /* key "plan" */
	struct plan_text number;
	struct plan_text title;
	struct plan_text issuer;
	plan_date issued;
	struct plan_pos issued_pos;
	int year;                 /* the year of issued when not given */
	struct plan_pos year_pos; /* line 0 when year was not given */
	struct plan_texts implements;
	bool has_sections; /* written with sections, not tasks */
	const struct plan_section *sections;
	size_t n_sections;

	/* Every task and subtask in document order (parents first). */
	const struct plan_task *const *tasks;
	size_t n_tasks;
	struct plan_pos pos;
};

/* An entry of a unit registry: a file whose top-level key is "units". */
struct plan_unit {
	struct plan_text name;     /* the full official name */
	struct plan_texts aliases; /* other spellings met in plans */
	struct plan_text parent;   /* the body it belongs to; absent for none */
	bool collective;           /* a group phrase, not one unit */
	const char *path;          /* the registry file */
	struct plan_pos pos;       /* of the entry's mapping */
};

/*
 * A short form of the administrative words in unit names, listed by a
 * registry under "abbreviations": "TW" for "Trung ương".  Names abbreviated
 * with it find their unit without an alias (unit.h).
 */
struct plan_abbrev {
	struct plan_text shorter; /* "TW" */
	struct plan_text longer;  /* "Trung ương" */
	const char *path;         /* the registry file */
	struct plan_pos pos;      /* of the entry's mapping */
};

struct plan_set_data;

/* Everything loaded from a list of files; see set.h. */
struct plan_set {
	const struct plan *const *plans; /* in the order of the files */
	size_t n_plans;
	const struct plan_unit *const *units; /* every registry's, in file order */
	size_t n_units;
	const struct plan_abbrev *const *abbrevs; /* every registry's, in file order */
	size_t n_abbrevs;
	const char *const *files; /* every file read, in order, as named */
	size_t n_files;
	struct plan_set_data *data; /* private */
};

/* The name of a status ("todo", …), static; status must be one of them. */
const char *plan_status_name(enum plan_status status);
/*
 * Parses a status name (len bytes, exactly a name).  Returns 0 and sets
 * *out; or -1, *out untouched, when name is none of them.
 */
int plan_status_parse(const char *name, size_t len, enum plan_status *out);
extern const char *const plan_status_names[PLAN_STATUS_COUNT];

/*
 * Whether s (len bytes) is a plan's id as format v1 allows: lower-case
 * letters, digits and '-'; an empty s passes (the loader refuses empty
 * values apart).  Cannot fail.
 */
bool plan_id_valid(const char *s, size_t len);

/*
 * What a task inherits from its parent when it leaves a field out: its
 * own field when present, else the nearest ancestor's, else its own
 * absent one.  Borrowed from the set.
 */
const struct plan_texts *plan_task_lead(const struct plan_task *task);
const struct plan_texts *plan_task_support(const struct plan_task *task);
const struct plan_text *plan_task_deadline(const struct plan_task *task);
const struct plan_text *plan_task_funding(const struct plan_task *task);

/* Appends the task's reference, "PLAN/ID", to out (the caller's). */
void plan_task_ref(const struct plan_task *task, struct plan_buf *out);

/*
 * Walks the unit names every task of a set writes in its own lead and
 * support lists, in document order: plan by plan, task by task, lead
 * before support.  Start from PLAN_NAME_WALK_INIT(set); the walk holds
 * nothing to release, and borrows set.
 */
struct plan_name_walk {
	const struct plan_set *set;
	size_t plan, task, list, item;
};

#define PLAN_NAME_WALK_INIT(set)  \
	{                         \
		(set), 0, 0, 0, 0 \
	}

/*
 * Returns the next name and its plan in *plan, both borrowed from the set;
 * NULL after the last (*plan then untouched).
 */
const struct plan_text *plan_name_walk_next(struct plan_name_walk *walk, const struct plan **plan);

/* Returns the task of plan whose id is id (borrowed from its set), or NULL. */
const struct plan_task *plan_find_task(const struct plan *plan, const char *id);

#endif
