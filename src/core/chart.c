/* chart.c - bars per lead unit and per month of a snapshot, laid out for inline SVG. */
#include "chart.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "docmd.h"
#include "alloc.h"
#include "text.h"

/* The order of the segments in a bar and of the classes in the legend. */
const enum plan_class chart_order[PLAN_CLASS_COUNT] = {
	PLAN_CLASS_DONE,    PLAN_CLASS_OVERDUE, PLAN_CLASS_DUE_SOON, PLAN_CLASS_LATER,
	PLAN_CLASS_ONGOING, PLAN_CLASS_UNDATED, PLAN_CLASS_DROPPED,
};

/* Geometry, in the SVG's user units (CSS pixels at 100%). */
enum {
	WIDTH = 640,
	UNIT_PITCH = 42, /* a name above a bar, and the space below */
	MONTH_PITCH = 22,
	MONTH_LABEL = 72, /* "12/2024" beside the bar */
	TOTAL_ROOM = 44,  /* the total after the longest bar */
};

/* The width of a text in the charts' 12px sans-serif, generously. */
static double text_width(const char *s)
{
	return 7.2 * (double)plan_text_width(s, strlen(s));
}

void chart_series_name(const struct chart *c, enum plan_class cls, struct plan_buf *out)
{
	static const enum plan_msg names[PLAN_CLASS_COUNT] = {
		[PLAN_CLASS_DONE] = PLAN_MSG_DONE,
		[PLAN_CLASS_DROPPED] = PLAN_MSG_DROPPED,
		[PLAN_CLASS_OVERDUE] = PLAN_MSG_OVERDUE,
		[PLAN_CLASS_DUE_SOON] = PLAN_MSG_DUE_SOON_SHORT,
		[PLAN_CLASS_LATER] = PLAN_MSG_LATER,
		[PLAN_CLASS_ONGOING] = PLAN_MSG_ONGOING,
		[PLAN_CLASS_UNDATED] = PLAN_MSG_UNDATED_SHORT,
	};
	struct plan_buf days = PLAN_BUF_INIT;

	plan_buf_addf(&days, "%d", c->days);
	plan_say(out, c->lang, names[cls], days.s, NULL);
	plan_buf_release(&days);
}

double chart_legend(const struct chart *c, double *x, double *y)
{
	struct plan_buf name = PLAN_BUF_INIT;
	double at_x = 0, at_y = 0;

	for (size_t k = 0; k < PLAN_CLASS_COUNT; k++) {
		const enum plan_class cls = chart_order[k];
		double w;

		if (!c->series[cls])
			continue;
		plan_buf_reset(&name);
		chart_series_name(c, cls, &name);
		w = CHART_SWATCH + 6 + text_width(name.s) + 18;
		if (at_x > 0 && at_x + w > WIDTH) {
			at_x = 0;
			at_y += CHART_LEGEND_PITCH;
		}
		if (x)
			x[cls] = at_x;
		if (y)
			y[cls] = at_y;
		at_x += w;
	}
	plan_buf_release(&name);
	return at_y + CHART_LEGEND_PITCH;
}

void chart_release(struct chart *c)
{
	for (size_t i = 0; i < c->n; i++)
		free(c->bars[i].label);
	free(c->bars);
	memset(c, 0, sizeof(*c));
}

static void chart_init(struct chart *c, const char *id, enum plan_lang lang, int days)
{
	memset(c, 0, sizeof(*c));
	c->id = id;
	c->lang = lang;
	c->days = days;
	/* the four classes every report speaks of; the others when a bar has them */
	c->series[PLAN_CLASS_DONE] = c->series[PLAN_CLASS_OVERDUE] = true;
	c->series[PLAN_CLASS_DUE_SOON] = c->series[PLAN_CLASS_LATER] = true;
}

static struct chart_bar *bar_new(struct chart *c, size_t *cap)
{
	struct chart_bar *b;

	PLAN_GROW(c->bars, *cap, c->n + 1);
	b = &c->bars[c->n++];
	memset(b, 0, sizeof(*b));
	return b;
}

/* Places the legend, the bars and their segments, once every count is known. */
static void layout(struct chart *c)
{
	double y;

	for (size_t i = 0; i < c->n; i++)
		for (size_t k = 0; k < PLAN_CLASS_COUNT; k++)
			c->series[k] = c->series[k] || c->bars[i].of[k];
	c->width = WIDTH;
	c->legend_height = chart_legend(c, NULL, NULL);
	c->bar_x = c->labels_above ? 0 : MONTH_LABEL;
	c->bar_width = WIDTH - c->bar_x - TOTAL_ROOM;
	c->bar_height = c->labels_above ? 18 : 16;
	y = c->legend_height + 8;
	for (size_t i = 0; i < c->n; i++) {
		struct chart_bar *b = &c->bars[i];
		size_t before = 0;

		b->y = y + (c->labels_above ? 16 : 0);
		b->n_seg = 0;
		for (size_t k = 0; k < PLAN_CLASS_COUNT; k++) {
			const enum plan_class cls = chart_order[k];

			if (!b->of[cls])
				continue;
			b->seg[b->n_seg++] = (struct chart_segment){
				cls, b->of[cls],
				c->bar_x + c->bar_width * (double)before / (double)c->max,
				c->bar_width * (double)b->of[cls] / (double)c->max
			};
			before += b->of[cls];
		}
		y += c->labels_above ? UNIT_PITCH : MONTH_PITCH;
	}
	c->height = y + 4;
}

void chart_units(struct chart *c, const struct plan_snapshot *st, enum plan_lang lang)
{
	struct plan_buf label = PLAN_BUF_INIT, clean = PLAN_BUF_INIT;
	size_t cap = 0;

	chart_init(c, "plan-chart-units", lang, st->days);
	c->labels_above = true;
	for (size_t i = 0; i < st->n_units; i++) {
		struct chart_bar *b = bar_new(c, &cap);

		plan_buf_reset(&label);
		plan_buf_reset(&clean);
		doc_unit_label(st, i, &label);
		/* tabs and newlines as spaces: a label is one line */
		plan_text_fit(&clean, label.s, label.len, SIZE_MAX);
		b->label = plan_xstrdup(clean.s);
		memcpy(b->of, st->units[i].counts.of, sizeof(b->of));
		b->total = st->units[i].counts.total;
		if (b->total > c->max)
			c->max = b->total;
	}
	plan_buf_release(&label);
	plan_buf_release(&clean);
	layout(c);
}

/* A task and the month it is due in: year * 12 + month - 1. */
struct due_month {
	int month;
	enum plan_class cls;
};

static int by_month(const void *a, const void *b)
{
	const struct due_month *x = a, *y = b;

	return (x->month > y->month) - (x->month < y->month);
}

/* The month row is due in, or -1 when it has no due date (or is ongoing or undated). */
static int month_of(const struct plan_row *row, enum plan_class cls)
{
	plan_date d = row->late.next;
	int y, m, day;

	if (cls == PLAN_CLASS_ONGOING || cls == PLAN_CLASS_UNDATED)
		return -1;
	if (d == PLAN_DATE_NONE && row->when.n_due)
		d = row->when.due[row->when.n_due - 1].date;
	if (d == PLAN_DATE_NONE)
		return -1;
	plan_date_split(d, &y, &m, &day);
	return y * 12 + m - 1;
}

static char *month_label(enum plan_lang lang, int month)
{
	struct plan_buf mm = PLAN_BUF_INIT, yy = PLAN_BUF_INIT, out = PLAN_BUF_INIT;

	plan_buf_addf(&mm, "%02d", month % 12 + 1);
	plan_buf_addf(&yy, "%04d", month / 12);
	plan_say(&out, lang, PLAN_MSG_CHART_MONTH, mm.s, yy.s, NULL);
	plan_buf_release(&mm);
	plan_buf_release(&yy);
	return plan_buf_detach(&out);
}

/* Adds the months between after and before (both excluded): empty bars, or one gap. */
static void add_gap(struct chart *c, size_t *cap, int after, int before)
{
	if (before - after - 1 >= 3) {
		struct chart_bar *b = bar_new(c, cap);
		struct plan_buf text = PLAN_BUF_INIT;
		char *from = month_label(c->lang, after + 1),
		     *to = month_label(c->lang, before - 1);

		plan_say(&text, c->lang, PLAN_MSG_CHART_GAP, from, to, NULL);
		b->label = plan_buf_detach(&text);
		b->gap = true;
		free(from);
		free(to);
		return;
	}
	for (int m = after + 1; m < before; m++)
		bar_new(c, cap)->label = month_label(c->lang, m);
}

void chart_months(struct chart *c, const struct plan_snapshot *st, enum plan_lang lang)
{
	struct due_month *v = plan_xcalloc(st->rows.n + 1, sizeof(*v));
	struct chart_bar *b = NULL;
	size_t n = 0, cap = 0;

	chart_init(c, "plan-chart-months", lang, st->days);
	for (size_t i = 0; i < st->rows.n; i++) {
		const int month = month_of(&st->rows.v[i], st->classes[i]);

		if (month < 0)
			c->left_out++;
		else
			v[n++] = (struct due_month){ month, st->classes[i] };
	}
	qsort(v, n, sizeof(*v), by_month);
	for (size_t i = 0; i < n; i++) {
		if (!i || v[i].month != v[i - 1].month) {
			if (i)
				add_gap(c, &cap, v[i - 1].month, v[i].month);
			b = bar_new(c, &cap);
			b->label = month_label(lang, v[i].month);
		}
		b->of[v[i].cls]++;
		if (++b->total > c->max)
			c->max = b->total;
	}
	free(v);
	layout(c);
}
