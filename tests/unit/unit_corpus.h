/*
 * unit_corpus.h - the corpus of real unit spellings (tests/corpus/units),
 * read into a registry of official names only and one plan per body whose
 * tasks name each spelling, for test_unit.c.
 */
#ifndef PLAN_UNIT_CORPUS_H
#define PLAN_UNIT_CORPUS_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

/* One line of spellings.tsv. */
struct spelling_case {
	char *spelling, *official, *parent, *rule;
	char *issuer; /* the body whose plan it is read in (corpus_issuer()) */
};

struct unit_corpus {
	struct spelling_case *v;
	size_t n;
	struct plan_buf registry; /* units: official.tsv */
	struct plan_buf plans;    /* one plan per body, NUL-separated */
	size_t n_plans;
	char **parents; /* the issuer of each plan */
};

/* Splits line (its newline removed) at tabs into at most max fields; returns how many. */
static inline size_t corpus_fields(char *line, char **field, size_t max)
{
	size_t n = 0;
	char *nl = strchr(line, '\n');

	if (nl)
		*nl = '\0';
	while (n < max) {
		char *tab = strchr(line, '\t');

		field[n++] = line;
		if (!tab)
			break;
		*tab = '\0';
		line = tab + 1;
	}
	return n;
}

/* Appends s to out as a YAML double-quoted scalar. */
static inline void corpus_quote(struct plan_buf *out, const char *s)
{
	plan_buf_addch(out, '"');
	for (; *s; s++) {
		if (*s == '"' || *s == '\\')
			plan_buf_addch(out, '\\');
		plan_buf_addch(out, *s);
	}
	plan_buf_addch(out, '"');
}

static inline FILE *corpus_open(const char *name)
{
	struct plan_buf path = PLAN_BUF_INIT;
	FILE *f;

	plan_buf_addf(&path, "%s/tests/corpus/units/%s", PLAN_SOURCE_DIR, name);
	f = fopen(path.s, "r");
	assert_non_null(f);
	plan_buf_release(&path);
	return f;
}

/*
 * Appends the abbreviations of the shipped registry (plans/units.yaml,
 * from its "abbreviations:" line to its end) to registry: the rules of
 * abbreviation are the registry's, not a unit's alias.
 */
static inline void corpus_abbreviations(struct plan_buf *registry)
{
	struct plan_buf path = PLAN_BUF_INIT;
	char line[1024];
	bool in = false;
	FILE *f;

	plan_buf_addf(&path, "%s/plans/units.yaml", PLAN_SOURCE_DIR);
	f = fopen(path.s, "r");
	assert_non_null(f);
	while (fgets(line, sizeof(line), f)) {
		in = in || strncmp(line, "abbreviations:", 14) == 0;
		if (in)
			plan_buf_addstr(registry, line);
	}
	assert_true(in);
	fclose(f);
	plan_buf_release(&path);
}

/*
 * The body whose plan a spelling is read in: the Ủy ban nhân dân of the
 * place the unit's official name ends with ("Sở Tư pháp tỉnh Bình Định":
 * Ủy ban nhân dân tỉnh Bình Định, who issues that province's plans), that
 * Ủy ban itself, else the unit's parent.  Stored in *out (caller frees).
 */
static inline char *corpus_issuer(const struct spelling_case *c)
{
	static const char *const places[] = { " tỉnh ", " thành phố ", " Thành phố " };
	static const char ubnd[] = "Ủy ban nhân dân";
	const char *at = NULL;
	struct plan_buf b = PLAN_BUF_INIT;

	if (strncmp(c->official, ubnd, strlen(ubnd)) == 0 && !strstr(c->official, " các "))
		return strdup(c->official);
	for (size_t i = 0; i < sizeof(places) / sizeof(places[0]); i++) {
		const char *p = c->official;

		while ((p = strstr(p, places[i])) != NULL) {
			if (!at || p > at)
				at = p;
			p++;
		}
	}
	/* a group of places ("… các tỉnh, thành phố") is no one place's */
	if (!at || strchr(at, ',') || strchr(at, ';') || strstr(c->official, " các "))
		return strdup(c->parent);
	plan_buf_addf(&b, "%s%s", ubnd, at);
	return plan_buf_detach(&b);
}

/* Reads the corpus: the registry, the spellings, and a plan per body naming them. */
static inline void unit_corpus_read(struct unit_corpus *c)
{
	char line[2048], *field[6];
	FILE *f = corpus_open("official.tsv");

	memset(c, 0, sizeof(*c));
	plan_buf_init(&c->registry);
	plan_buf_init(&c->plans);
	plan_buf_addstr(&c->registry, "units:\n");
	while (fgets(line, sizeof(line), f)) {
		if (corpus_fields(line, field, 3) < 2 || !*field[0])
			continue;
		plan_buf_addstr(&c->registry, "  - name: ");
		corpus_quote(&c->registry, field[0]);
		if (*field[1]) {
			plan_buf_addstr(&c->registry, "\n    parent: ");
			corpus_quote(&c->registry, field[1]);
		}
		plan_buf_addch(&c->registry, '\n');
	}
	fclose(f);
	corpus_abbreviations(&c->registry);
	f = corpus_open("spellings.tsv");
	while (fgets(line, sizeof(line), f)) {
		if (corpus_fields(line, field, 5) < 5)
			continue;
		c->v = realloc(c->v, (c->n + 1) * sizeof(*c->v));
		assert_non_null(c->v);
		c->v[c->n++] = (struct spelling_case){ strdup(field[0]), strdup(field[1]),
						       strdup(field[2]), strdup(field[4]), NULL };
	}
	fclose(f);
	for (size_t i = 0; i < c->n; i++)
		c->v[i].issuer = corpus_issuer(&c->v[i]);
	/* One plan per issuing body; its task k names spelling k. */
	for (size_t i = 0; i < c->n; i++) {
		size_t p = 0;

		while (p < c->n_plans && strcmp(c->parents[p], c->v[i].issuer) != 0)
			p++;
		if (p < c->n_plans)
			continue;
		c->parents = realloc(c->parents, (c->n_plans + 1) * sizeof(*c->parents));
		assert_non_null(c->parents);
		c->parents[c->n_plans++] = c->v[i].issuer;
		plan_buf_addf(&c->plans, "plan: p%zu\ntitle: T\nissued: 2025-01-01\n", p);
		if (*c->v[i].issuer) {
			plan_buf_addstr(&c->plans, "issuer: ");
			corpus_quote(&c->plans, c->v[i].issuer);
			plan_buf_addch(&c->plans, '\n');
		}
		plan_buf_addstr(&c->plans, "tasks:\n");
		for (size_t k = 0; k < c->n; k++) {
			if (strcmp(c->v[k].issuer, c->v[i].issuer) != 0)
				continue;
			plan_buf_addf(&c->plans, "  - id: \"%zu\"\n    task: X\n    lead:\n      - ", k);
			corpus_quote(&c->plans, c->v[k].spelling);
			plan_buf_addch(&c->plans, '\n');
		}
		plan_buf_addch(&c->plans, '\0');
	}
}

static inline void unit_corpus_release(struct unit_corpus *c)
{
	for (size_t i = 0; i < c->n; i++) {
		free(c->v[i].spelling);
		free(c->v[i].official);
		free(c->v[i].parent);
		free(c->v[i].rule);
		free(c->v[i].issuer);
	}
	free(c->v);
	free(c->parents);
	plan_buf_release(&c->registry);
	plan_buf_release(&c->plans);
}

#endif
