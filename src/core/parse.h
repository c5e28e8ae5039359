/*
 * parse.h - the plan file schema over the event reader (private): the top
 * level, a file holding a plan (its sections) or a unit registry.
 *
 * The schema is layered, each file calling only the ones below it:
 *
 *   parse.c        the file, the plan, its sections          parse.h
 *      |    \
 *   parse_task.c  parse_unit.c   tasks, deliveries; registry  parse_task.h,
 *      |    /                                                 parse_unit.h
 *   parse_value.c  the parser, keys, texts, dates, ids, lists parse_value.h
 *      |
 *   yamlev.c       the YAML event reader
 *
 * This header includes the lower ones, so that its users (load.c, fmt.c,
 * edit.c) see the whole schema and every level's keys.
 */
#ifndef PLAN_PARSE_H
#define PLAN_PARSE_H

#include "parse_task.h"
#include "parse_unit.h"
#include "parse_value.h"

/* The keys of the plan and of a section, in plan(5)'s order (plan fmt's). */
extern const struct keyset plan_keys, section_keys;

/* What a file holds: a plan, or the entries of a unit registry. */
struct parsed_file {
	struct plan *plan; /* NULL when the file is no plan */
	bool registry;     /* the file is a unit registry */
	const struct plan_unit *units;
	size_t n_units;
	const struct plan_abbrev *abbrevs;
	size_t n_abbrevs;
};

/*
 * Reads the document's top node, a plan or a registry, into *out (cleared
 * first).  Everything it points to lives in the parser's arena; what is
 * wrong is reported, and out->plan is NULL when the file holds no plan.
 */
void parse_file(struct parser *p, struct parsed_file *out);

#endif
