/*
 * chart.h - the charts of an HTML report (private to the core): bar charts
 * as inline SVG, drawn from a snapshot's counts, that print in black and
 * white.
 *
 * A chart is a list of horizontal stacked bars, one stretch (segment) per
 * class of task (snapshot.h), each as long as its count: one bar per lead
 * unit (its counts as the snapshot has them), or one per month (the tasks
 * due in it, each in its class).  Every class has its own fill, a hatching,
 * dots or a grey, told apart without colour; a legend names them; counts
 * are written on the segments wide enough to hold them and at the end of
 * every bar.  No script, no external resource, every text escaped.
 */
#ifndef PLAN_CHART_H
#define PLAN_CHART_H

#include <stdbool.h>
#include <stddef.h>

#include "plan/buf.h"
#include "plan/lang.h"
#include "plan/snapshot.h"

/* The tasks of one class in a bar, where the SVG draws them. */
struct chart_segment {
	enum plan_class cls;
	size_t count;
	double x, width;
};

struct chart_bar {
	char *label; /* plain text, in full; owned */
	size_t of[PLAN_CLASS_COUNT];
	size_t total;
	bool gap; /* months: a run of months without a task, drawn as "…" */
	struct chart_segment seg[PLAN_CLASS_COUNT]; /* the classes with tasks, in legend order */
	size_t n_seg;
	double y; /* the top of the bar */
};

struct chart {
	const char *id; /* prefixes the ids of the SVG's elements; static */
	enum plan_lang lang;
	int days;               /* the snapshot's window, for the legend */
	struct chart_bar *bars; /* owned */
	size_t n;
	size_t max;                    /* the greatest total of a bar */
	bool series[PLAN_CLASS_COUNT]; /* the classes the legend shows */
	size_t left_out;               /* months: tasks without a due date */
	bool labels_above;             /* units: labels above the bars, else beside */
	double width, height, bar_x, bar_width, bar_height, legend_height;
};

/* Fills *c with a bar per lead unit of st, in st's order; release it with chart_release(). */
void chart_units(struct chart *c, const struct plan_snapshot *st, enum plan_lang lang);

/*
 * Fills *c with a bar per month from the first a task of st is due in to
 * the last: a task (done, dropped, overdue, due soon or not yet due) is
 * due in the month of its first due date not met yet, else of its last
 * one.  A run of three months or more without a task is one gap bar.
 * Release it with chart_release().
 */
void chart_months(struct chart *c, const struct plan_snapshot *st, enum plan_lang lang);

void chart_release(struct chart *c);

/* The order of the segments in a bar and of the classes in the legend. */
extern const enum plan_class chart_order[PLAN_CLASS_COUNT];

/*
 * The size of a legend's swatch, the height of one of its lines, and the
 * display width a unit's name is cut to.
 */
enum { CHART_SWATCH = 14, CHART_LEGEND_PITCH = 22, CHART_LABEL_COLUMNS = 80 };

/* Appends the name of class cls, as the legend writes it (plain text). */
void chart_series_name(const struct chart *c, enum plan_class cls, struct plan_buf *out);

/*
 * Returns the height of c's legend; with x and y, stores in x[cls] and
 * y[cls] where the item of each class it shows goes.
 */
double chart_legend(const struct chart *c, double *x, double *y);

/* Appends c as an <svg> element with role="img", a <title> and a <desc>. */
void chart_svg(const struct chart *c, const char *title, struct plan_buf *out);

/*
 * Appends the charts section of an HTML report on st: a heading and a
 * <figure> for each chart that has bars; nothing when neither has.
 */
void chart_section(const struct plan_snapshot *st, enum plan_lang lang, struct plan_buf *out);

#endif
