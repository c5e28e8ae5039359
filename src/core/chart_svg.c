/* chart_svg.c - a chart as inline SVG, and the charts section of an HTML report. */
#include "chart.h"

#include <string.h>

#include "html.h"
#include "text.h"

/* How each class is filled: hatching, dots or a grey, so that it prints in black and white. */
static const struct look {
	const char *name;    /* in element classes and ids */
	const char *fill;    /* a plain fill, or NULL for the pattern */
	const char *pattern; /* the content of an 8 by 8 tile */
} looks[PLAN_CLASS_COUNT] = {
	[PLAN_CLASS_DONE] = { "done", "#3b6e47", NULL },
	[PLAN_CLASS_OVERDUE] = { "overdue", NULL,
				 "<rect width=\"8\" height=\"8\" fill=\"#fff\"/>"
				 "<path d=\"M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4\" "
				 "stroke=\"#a3161a\" "
				 "stroke-width=\"2.6\"/>" },
	[PLAN_CLASS_DUE_SOON] = { "due-soon", NULL,
				  "<rect width=\"8\" height=\"8\" fill=\"#fff4d6\"/>"
				  "<circle cx=\"2\" cy=\"2\" r=\"1.5\" fill=\"#6b4500\"/>"
				  "<circle cx=\"6\" cy=\"6\" r=\"1.5\" fill=\"#6b4500\"/>" },
	[PLAN_CLASS_LATER] = { "later", "#c9d6e4", NULL },
	[PLAN_CLASS_ONGOING] = { "ongoing", NULL,
				 "<rect width=\"8\" height=\"8\" fill=\"#fff\"/>"
				 "<path d=\"M0,2 h8 M0,6 h8\" stroke=\"#3f5470\" "
				 "stroke-width=\"1.4\"/>" },
	[PLAN_CLASS_UNDATED] = { "undated", NULL,
				 "<rect width=\"8\" height=\"8\" fill=\"#fff\"/>"
				 "<path d=\"M2,0 v8 M6,0 v8\" stroke=\"#666\" "
				 "stroke-width=\"1.2\"/>" },
	[PLAN_CLASS_DROPPED] = { "dropped", "#fff", NULL },
};

static void esc(struct plan_buf *out, const char *s)
{
	plan_html_escape(out, s, strlen(s));
}

/* The fill attribute's value for class cls in chart c. */
static void fill(struct plan_buf *out, const struct chart *c, enum plan_class cls)
{
	if (looks[cls].fill)
		plan_buf_addstr(out, looks[cls].fill);
	else
		plan_buf_addf(out, "url(#%s-%s)", c->id, looks[cls].name);
}

static void patterns(const struct chart *c, struct plan_buf *out)
{
	plan_buf_addstr(out, "<defs>\n");
	for (size_t k = 0; k < PLAN_CLASS_COUNT; k++)
		if (c->series[k] && looks[k].pattern)
			plan_buf_addf(out,
				      "<pattern id=\"%s-%s\" width=\"8\" height=\"8\" "
				      "patternUnits=\"userSpaceOnUse\">%s</pattern>\n",
				      c->id, looks[k].name, looks[k].pattern);
	plan_buf_addstr(out, "</defs>\n");
}

static void legend(const struct chart *c, struct plan_buf *out)
{
	double x[PLAN_CLASS_COUNT] = { 0 }, y[PLAN_CLASS_COUNT] = { 0 };
	struct plan_buf name = PLAN_BUF_INIT;

	chart_legend(c, x, y);
	plan_buf_addstr(out, "<g class=\"plan-legend\">\n");
	for (size_t k = 0; k < PLAN_CLASS_COUNT; k++) {
		const enum plan_class cls = chart_order[k];

		if (!c->series[cls])
			continue;
		plan_buf_reset(&name);
		chart_series_name(c, cls, &name);
		plan_buf_addf(out, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%d\" height=\"%d\" fill=\"",
			      x[cls], y[cls] + 2, CHART_SWATCH, CHART_SWATCH);
		fill(out, c, cls);
		plan_buf_addf(out,
			      "\" stroke=\"#222\" stroke-width=\"0.75\"/><text x=\"%.1f\" "
			      "y=\"%.1f\">",
			      x[cls] + CHART_SWATCH + 6, y[cls] + 14);
		esc(out, name.s);
		plan_buf_addstr(out, "</text>\n");
	}
	plan_buf_addstr(out, "</g>\n");
	plan_buf_release(&name);
}

/* The bar's label: above it (cut to fit, the full text in a tooltip), or beside it. */
static void label(const struct chart *c, const struct chart_bar *b, struct plan_buf *out)
{
	struct plan_buf cut = PLAN_BUF_INIT;
	const size_t len = strlen(b->label);

	if (c->labels_above) {
		plan_text_fit(&cut, b->label, len, CHART_LABEL_COLUMNS);
		plan_buf_addf(out, "<text class=\"plan-label\" x=\"0\" y=\"%.1f\">", b->y - 4);
		esc(out, cut.s);
		if (strcmp(cut.s, b->label) != 0) {
			plan_buf_addstr(out, "<title>");
			esc(out, b->label);
			plan_buf_addstr(out, "</title>");
		}
	} else {
		plan_buf_addf(out,
			      "<text class=\"plan-label\" x=\"%.1f\" y=\"%.1f\" "
			      "text-anchor=\"end\">",
			      c->bar_x - 8, b->y + c->bar_height - 4);
		esc(out, b->gap ? "…" : b->label);
	}
	plan_buf_addstr(out, "</text>\n");
	plan_buf_release(&cut);
}

/* A segment, with its count on a white chip when it is wide enough to hold it. */
static void segment(const struct chart *c, const struct chart_bar *b, const struct chart_segment *s,
		    struct plan_buf *out)
{
	struct plan_buf name = PLAN_BUF_INIT, count = PLAN_BUF_INIT;
	double chip;

	chart_series_name(c, s->cls, &name);
	plan_buf_addf(&count, "%zu", s->count);
	plan_buf_addf(out,
		      "<rect class=\"plan-seg plan-%s\" data-count=\"%zu\" x=\"%.2f\" y=\"%.1f\" "
		      "width=\"%.2f\" height=\"%.1f\" fill=\"",
		      looks[s->cls].name, s->count, s->x, b->y, s->width, c->bar_height);
	fill(out, c, s->cls);
	plan_buf_addstr(out, "\" stroke=\"#222\" stroke-width=\"0.75\"><title>");
	esc(out, name.s);
	plan_buf_addf(out, ": %zu</title></rect>\n", s->count);
	chip = 7.0 * (double)count.len + 6;
	if (s->width >= chip + 4)
		plan_buf_addf(out,
			      "<rect x=\"%.2f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"2\" "
			      "fill=\"#fff\"/><text x=\"%.2f\" y=\"%.1f\" text-anchor=\"middle\" "
			      "font-size=\"11\">%zu</text>\n",
			      s->x + (s->width - chip) / 2, b->y + (c->bar_height - 13) / 2, chip,
			      13.0, s->x + s->width / 2, b->y + c->bar_height / 2 + 4, s->count);
	plan_buf_release(&name);
	plan_buf_release(&count);
}

/* "LABEL: N tasks (Done 2, Overdue 1)", for a tooltip or the description. */
static void bar_text(const struct chart *c, const struct chart_bar *b, struct plan_buf *out)
{
	struct plan_buf total = PLAN_BUF_INIT;

	plan_buf_addf(&total, "%zu", b->total);
	plan_say(out, c->lang, PLAN_MSG_CHART_BAR, b->label, total.s, NULL);
	for (size_t k = 0; k < b->n_seg; k++) {
		plan_buf_addstr(out, k ? ", " : " (");
		chart_series_name(c, b->seg[k].cls, out);
		plan_buf_addf(out, " %zu", b->seg[k].count);
	}
	if (b->n_seg)
		plan_buf_addch(out, ')');
	plan_buf_release(&total);
}

static void bar(const struct chart *c, const struct chart_bar *b, struct plan_buf *out)
{
	struct plan_buf text = PLAN_BUF_INIT;
	double end = c->bar_x;

	if (b->gap)
		plan_buf_addstr(&text, b->label);
	else
		bar_text(c, b, &text);
	plan_buf_addf(out, "<g class=\"%s\"><title>", b->gap ? "plan-gap" : "plan-bar");
	esc(out, text.s);
	plan_buf_addstr(out, "</title>\n");
	label(c, b, out);
	for (size_t k = 0; k < b->n_seg; k++) {
		segment(c, b, &b->seg[k], out);
		end = b->seg[k].x + b->seg[k].width;
	}
	if (!b->gap)
		plan_buf_addf(out,
			      "<text class=\"plan-total\" x=\"%.2f\" y=\"%.1f\" "
			      "font-weight=\"bold\">%zu</text>\n",
			      end + 6, b->y + c->bar_height - 4, b->total);
	plan_buf_addstr(out, "</g>\n");
	plan_buf_release(&text);
}

/* The chart's note and every bar's numbers, for whoever cannot see it. */
static void description(const struct chart *c, struct plan_buf *out)
{
	plan_say(out, c->lang,
		 c->labels_above ? PLAN_MSG_CHART_UNITS_NOTE : PLAN_MSG_CHART_MONTHS_NOTE, NULL);
	for (size_t i = 0; i < c->n; i++) {
		if (c->bars[i].gap || !c->bars[i].total)
			continue;
		plan_buf_addch(out, ' ');
		bar_text(c, &c->bars[i], out);
		plan_buf_addch(out, '.');
	}
}

void chart_svg(const struct chart *c, const char *title, struct plan_buf *out)
{
	struct plan_buf text = PLAN_BUF_INIT;

	plan_buf_addf(
	    out,
	    "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"plan-chart\" role=\"img\" "
	    "aria-labelledby=\"%s-title %s-desc\" width=\"%.0f\" height=\"%.0f\" "
	    "viewBox=\"0 0 %.0f %.0f\" font-family=\"Arial, Helvetica, sans-serif\" "
	    "font-size=\"12\" style=\"max-width:100%%;height:auto\">\n<title id=\"%s-title\">",
	    c->id, c->id, c->width, c->height, c->width, c->height, c->id);
	esc(out, title);
	plan_buf_addf(out, "</title>\n<desc id=\"%s-desc\">", c->id);
	description(c, &text);
	esc(out, text.s);
	plan_buf_addstr(out, "</desc>\n");
	patterns(c, out);
	legend(c, out);
	for (size_t i = 0; i < c->n; i++)
		bar(c, &c->bars[i], out);
	plan_buf_addstr(out, "</svg>\n");
	plan_buf_release(&text);
}

/* A chart in a figure, under its caption: the title, then what it counts. */
static void figure(const struct chart *c, enum plan_msg title, struct plan_buf *out)
{
	struct plan_buf note = PLAN_BUF_INIT, n = PLAN_BUF_INIT;
	const char *t = plan_msg(c->lang, title);

	plan_say(&note, c->lang,
		 c->labels_above ? PLAN_MSG_CHART_UNITS_NOTE : PLAN_MSG_CHART_MONTHS_NOTE, NULL);
	if (c->left_out) {
		plan_buf_addf(&n, "%zu", c->left_out);
		plan_buf_addch(&note, ' ');
		plan_say(&note, c->lang, PLAN_MSG_CHART_LEFT_OUT, n.s, NULL);
	}
	plan_buf_addstr(out, "<figure style=\"margin:.5em 0 1.5em;break-inside:avoid\">\n"
			     "<figcaption><strong>");
	esc(out, t);
	plan_buf_addstr(out, "</strong>. ");
	esc(out, note.s);
	plan_buf_addstr(out, "</figcaption>\n");
	chart_svg(c, t, out);
	plan_buf_addstr(out, "</figure>\n");
	plan_buf_release(&note);
	plan_buf_release(&n);
}

void chart_section(const struct plan_snapshot *st, enum plan_lang lang, struct plan_buf *out)
{
	struct chart units, months;

	chart_units(&units, st, lang);
	chart_months(&months, st, lang);
	if (units.n || months.n) {
		/* kept with the first chart on paper */
		plan_buf_addstr(out, "<h2 style=\"break-after:avoid\">");
		esc(out, plan_msg(lang, PLAN_MSG_CHARTS));
		plan_buf_addstr(out, "</h2>\n");
	}
	if (units.n)
		figure(&units, PLAN_MSG_CHART_UNITS, out);
	if (months.n)
		figure(&months, PLAN_MSG_CHART_MONTHS, out);
	chart_release(&units);
	chart_release(&months);
}
