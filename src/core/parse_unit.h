/*
 * parse_unit.h - the plan file schema's registry level (private): the
 * entries and abbreviations of a unit registry, over parse_value.h alone.
 */
#ifndef PLAN_PARSE_UNIT_H
#define PLAN_PARSE_UNIT_H

#include "parse_value.h"

/* The keys of a unit entry and of an abbreviation, in plan(5)'s order. */
extern const struct keyset unit_keys, abbrev_keys;

/*
 * Reads the value of "units": the registry's entries, into an array in the
 * parser's arena (*units, *n); entries without a name are reported and
 * left out.  A null or wrong value leaves *units and *n untouched.
 */
void parse_units(struct parser *p, const struct plan_unit **units, size_t *n);
/* Reads the value of "abbreviations" the same way: the registry's short forms. */
void parse_abbrevs(struct parser *p, const struct plan_abbrev **abbrevs, size_t *n);

#endif
