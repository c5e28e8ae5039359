/* import_plan.c - the parts of an imported plan, as the reading builds them: made and released. */
#include "import_int.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"

void imp_list_add(struct imp_list *l, const char *s, size_t len)
{
	l->v = plan_xreallocarray(l->v, l->n + 1, sizeof(*l->v));
	l->v[l->n++] = plan_xmemdup(s, len);
}

void imp_list_release(struct imp_list *l)
{
	for (size_t k = 0; k < l->n; k++)
		free(l->v[k]);
	free(l->v);
	l->v = NULL;
	l->n = 0;
}

void imp_plan_release(struct imp_plan *p)
{
	for (size_t i = 0; i < p->n_sections; i++) {
		free(p->sections[i].id);
		free(p->sections[i].title);
	}
	for (size_t i = 0; i < p->n_tasks; i++) {
		struct imp_task *t = &p->tasks[i];

		free(t->id);
		for (int f = 0; f < IMP_FIELDS; f++)
			plan_buf_release(&t->field[f]);
		imp_list_release(&t->lead);
		imp_list_release(&t->support);
	}
	free(p->sections);
	free(p->tasks);
	free(p->number);
	free(p->title);
	free(p->issuer);
	imp_list_release(&p->implements);
	free((char *)p->where);
	memset(p, 0, sizeof(*p));
}

