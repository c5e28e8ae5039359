/*
 * test_chart.c - the charts of HTML reports (src/core/chart.c, chart_svg.c):
 * bars as long as their counts, taken from the snapshot, escaped and cut
 * labels, months in order across years, and the page that holds them.
 */
#include "testquery.h"
#include "testutil.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "chart.h"
#include "html.h"
#include "plan/report.h"
#include "text.h"

/* A fixture loaded, its snapshot taken on today with a window of days. */
struct shot {
	struct queried *f;
	struct plan_snapshot st;
};

static void shot_take(struct shot *s, const char *text, plan_date today, int days)
{
	s->f = queried_new(text, today);
	plan_snapshot_take(&s->st, s->f->set, &s->f->q, s->f->idx, days);
}

static void shot_free(struct shot *s)
{
	plan_snapshot_release(&s->st);
	queried_free(s->f);
}

#define HEAD "plan: p\nnumber: 1/KH\ntitle: T\nissued: 2024-01-10\ntasks:\n"

/* On 2024-06-15: Cục A leads 2 done, 3 overdue, 1 due soon; Cục B 1 overdue and 1 later. */
static const char two_units[] =
    HEAD "  - {id: \"1\", task: a, lead: [Cục A], due: 2024-03-31, status: done}\n"
	 "  - {id: \"2\", task: b, lead: [Cục A], due: 2024-04-30, status: done}\n"
	 "  - {id: \"3\", task: c, lead: [Cục A], due: 2024-05-31}\n"
	 "  - {id: \"4\", task: d, lead: [Cục A], due: 2024-05-15}\n"
	 "  - {id: \"5\", task: e, lead: [Cục A], due: 2024-06-01}\n"
	 "  - {id: \"6\", task: f, lead: [Cục A], due: 2024-06-20}\n"
	 "  - {id: \"7\", task: g, lead: [Cục B], due: 2024-02-29}\n"
	 "  - {id: \"8\", task: h, lead: [Cục B], due: 2024-12-31}\n";

static size_t occurrences(const char *s, const char *what)
{
	size_t n = 0;

	for (const char *at = s; (at = strstr(at, what)) != NULL; at += strlen(what))
		n++;
	return n;
}

/* A segment as the SVG draws it. */
struct drawn {
	char cls[16];
	size_t count;
	double x, width;
};

/* Reads the segments of svg into v (at most max); returns how many there are. */
static size_t drawn_segments(const char *svg, struct drawn *v, size_t max)
{
	size_t n = 0;

	for (const char *at = svg; (at = strstr(at, "<rect class=\"plan-seg plan-")) != NULL;
	     at++) {
		struct drawn d = { 0 };
		double y;

		assert_int_equal(
		    sscanf(at,
			   "<rect class=\"plan-seg plan-%15[a-z-]\" data-count=\"%zu\" "
			   "x=\"%lf\" y=\"%lf\" width=\"%lf\"",
			   d.cls, &d.count, &d.x, &y, &d.width),
		    5);
		if (n < max)
			v[n] = d;
		n++;
	}
	return n;
}

static void test_bars_as_long_as_their_counts(void **state)
{
	struct shot s;
	struct chart c;
	struct plan_buf svg = PLAN_BUF_INIT;
	struct drawn d[8];
	double unit;

	(void)state;
	shot_take(&s, two_units, plan_date_make(2024, 6, 15), 30);
	chart_units(&c, &s.st, PLAN_LANG_VI);
	assert_int_equal(c.n, 2);
	assert_int_equal(c.max, 6);
	unit = c.bar_width / 6;
	/* Cục A: done 2, overdue 3, due soon 1, in the legend's order, end to end */
	assert_string_equal(c.bars[0].label, "Cục A");
	assert_int_equal(c.bars[0].n_seg, 3);
	assert_int_equal(c.bars[0].seg[0].cls, PLAN_CLASS_DONE);
	assert_int_equal(c.bars[0].seg[1].cls, PLAN_CLASS_OVERDUE);
	assert_int_equal(c.bars[0].seg[2].cls, PLAN_CLASS_DUE_SOON);
	assert_true(c.bars[0].seg[0].x == c.bar_x);
	for (size_t k = 0; k < 3; k++) {
		const struct chart_segment *g = &c.bars[0].seg[k];

		assert_true(fabs(g->width - unit * (double)g->count) < 1e-9);
		if (k)
			assert_true(fabs(g->x - (g[-1].x + g[-1].width)) < 1e-9);
	}
	/* Cục B: overdue 1, later 1: a third of Cục A's length */
	assert_int_equal(c.bars[1].n_seg, 2);
	assert_int_equal(c.bars[1].seg[1].cls, PLAN_CLASS_LATER);
	assert_true(fabs(c.bars[1].seg[1].x + c.bars[1].seg[1].width - c.bar_x - 2 * unit) < 1e-9);
	assert_true(c.bars[1].y > c.bars[0].y);

	/* The SVG draws the same: widths per task equal across bars (to 0.01) */
	chart_svg(&c, "T", &svg);
	assert_int_equal(drawn_segments(svg.s, d, 8), 5);
	assert_string_equal(d[0].cls, "done");
	assert_string_equal(d[1].cls, "overdue");
	assert_string_equal(d[2].cls, "due-soon");
	assert_string_equal(d[3].cls, "overdue");
	assert_string_equal(d[4].cls, "later");
	for (size_t k = 0; k < 5; k++)
		assert_true(fabs(d[k].width / (double)d[k].count - unit) < 0.01);
	assert_int_equal(d[0].count + d[1].count + d[2].count, 6);
	assert_int_equal(occurrences(svg.s, "<g class=\"plan-bar\">"), 2);
	/* counts on the segments and at the end of each bar */
	assert_non_null(strstr(svg.s, "font-weight=\"bold\">6</text>"));
	assert_non_null(strstr(svg.s, "font-weight=\"bold\">2</text>"));
	plan_buf_release(&svg);
	chart_release(&c);
	shot_free(&s);
}

static void test_zero_counts_draw_nothing(void **state)
{
	struct shot s;
	struct chart c;
	struct plan_buf svg = PLAN_BUF_INIT;

	(void)state;
	shot_take(&s, two_units, plan_date_make(2024, 6, 15), 30);
	chart_units(&c, &s.st, PLAN_LANG_VI);
	chart_svg(&c, "T", &svg);
	assert_null(strstr(svg.s, "data-count=\"0\""));
	assert_int_equal(occurrences(svg.s, "class=\"plan-seg "), 5);
	/* no ongoing, undated or dropped task: the legend has the four classes alone */
	assert_false(c.series[PLAN_CLASS_ONGOING] || c.series[PLAN_CLASS_UNDATED] ||
		     c.series[PLAN_CLASS_DROPPED]);
	assert_null(strstr(svg.s, "Thường xuyên"));
	assert_non_null(strstr(svg.s, ">Đến hạn trong 30 ngày</text>"));
	assert_non_null(strstr(svg.s, ">Chưa đến hạn</text>"));
	plan_buf_release(&svg);
	chart_release(&c);
	shot_free(&s);

	/* no task at all: no bar, and no section */
	shot_take(&s, "plan: p\nnumber: 1/KH\ntitle: T\nissued: 2024-01-10\ntasks: []\n",
		  plan_date_make(2024, 6, 15), 30);
	chart_units(&c, &s.st, PLAN_LANG_VI);
	assert_int_equal(c.n, 0);
	chart_release(&c);
	chart_section(&s.st, PLAN_LANG_VI, &svg);
	assert_int_equal(svg.len, 0);
	plan_buf_release(&svg);
	shot_free(&s);
}

static void test_one_unit(void **state)
{
	struct shot s;
	struct chart c;
	struct plan_buf svg = PLAN_BUF_INIT;

	(void)state;
	shot_take(&s,
		  HEAD
		  "  - {id: \"1\", task: a, lead: [Cục A], deadline: Thường xuyên}\n"
		  "  - {id: \"2\", task: b, lead: [Cục A], deadline: Khi nào xong}\n"
		  "  - {id: \"3\", task: c, lead: [Cục A], due: 2024-05-31, status: dropped}\n",
		  plan_date_make(2024, 6, 15), 30);
	chart_units(&c, &s.st, PLAN_LANG_EN);
	assert_int_equal(c.n, 1);
	assert_int_equal(c.bars[0].n_seg, 3);
	/* the one bar is as long as the chart allows */
	assert_true(fabs(c.bars[0].seg[2].x + c.bars[0].seg[2].width - c.bar_x - c.bar_width) <
		    1e-9);
	/* the classes it has join the legend, in English */
	assert_true(c.series[PLAN_CLASS_ONGOING] && c.series[PLAN_CLASS_UNDATED] &&
		    c.series[PLAN_CLASS_DROPPED]);
	chart_svg(&c, "Tasks by lead unit", &svg);
	assert_non_null(strstr(svg.s, ">Ongoing</text>"));
	assert_non_null(strstr(svg.s, ">No deadline</text>"));
	assert_non_null(strstr(svg.s, ">Dropped</text>"));
	assert_non_null(strstr(svg.s, "<title>Cục A: 3 tasks (Ongoing 1, No deadline 1, Dropped "
				      "1)</title>"));
	/* accessible: an image with a title and a description */
	assert_non_null(strstr(svg.s, "role=\"img\""));
	assert_non_null(strstr(svg.s, "<title id=\"plan-chart-units-title\">Tasks by lead "
				      "unit</title>"));
	assert_non_null(strstr(svg.s, "<desc id=\"plan-chart-units-desc\">"));
	assert_null(strstr(svg.s, "<script"));
	assert_null(strstr(svg.s, "href"));
	plan_buf_release(&svg);
	chart_release(&c);
	shot_free(&s);
}

static void test_many_units(void **state)
{
	struct plan_buf text = PLAN_BUF_INIT, svg = PLAN_BUF_INIT;
	struct shot s;
	struct chart c;

	(void)state;
	plan_buf_addstr(&text, HEAD);
	for (int i = 1; i <= 40; i++)
		for (int k = 0; k < i % 5 + 1; k++)
			plan_buf_addf(&text,
				      "  - {id: \"%d.%d\", task: t, lead: [Đơn vị %02d], "
				      "due: 2024-0%d-10}\n",
				      i, k, i, k + 1);
	shot_take(&s, text.s, plan_date_make(2024, 3, 1), 30);
	chart_units(&c, &s.st, PLAN_LANG_VI);
	assert_int_equal(c.n, 40);
	assert_int_equal(c.max, 5);
	for (size_t i = 0; i < c.n; i++) {
		char want[32];
		size_t sum = 0;

		snprintf(want, sizeof(want), "Đơn vị %02zu", i + 1);
		assert_string_equal(c.bars[i].label, want);
		assert_int_equal(c.bars[i].total, (i + 1) % 5 + 1);
		for (size_t k = 0; k < c.bars[i].n_seg; k++)
			sum += c.bars[i].seg[k].count;
		assert_int_equal(sum, c.bars[i].total);
		if (i)
			assert_true(c.bars[i].y > c.bars[i - 1].y);
	}
	assert_true(c.height > c.bars[39].y + c.bar_height);
	chart_svg(&c, "T", &svg);
	assert_int_equal(occurrences(svg.s, "<g class=\"plan-bar\">"), 40);
	plan_buf_release(&svg);
	plan_buf_release(&text);
	chart_release(&c);
	shot_free(&s);
}

static void test_names_escaped_and_cut(void **state)
{
	static const char long_name[] =
	    "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương và các cơ quan, tổ chức "
	    "có liên quan trong phạm vi chức năng, nhiệm vụ được giao";
	struct plan_buf text = PLAN_BUF_INIT, svg = PLAN_BUF_INIT, shown = PLAN_BUF_INIT;
	struct shot s;
	struct chart c;
	const char *at, *end;

	(void)state;
	plan_buf_addf(&text,
		      HEAD
		      "  - {id: \"1\", task: a, lead: ['Cục <Thử> & \"Nghiệm\"'], due: "
		      "2024-12-31}\n  - {id: \"2\", task: b, lead: [\"%s\"], due: 2024-12-31}\n",
		      long_name);
	shot_take(&s, text.s, plan_date_make(2024, 6, 15), 30);
	chart_units(&c, &s.st, PLAN_LANG_VI);
	assert_int_equal(c.n, 2);
	chart_svg(&c, "T", &svg);
	assert_non_null(strstr(svg.s, ">Cục &lt;Thử&gt; &amp; &quot;Nghiệm&quot;</text>"));
	assert_null(strstr(svg.s, "<Thử>"));
	assert_null(strstr(svg.s, "& "));
	/* the long name is cut to the label's width, and given in full in a tooltip */
	end = strstr(svg.s, "…<title>");
	assert_non_null(end);
	end += strlen("…");
	for (at = end; at > svg.s && at[-1] != '>'; at--)
		;
	at--;
	assert_true(strncmp(at, ">Ủy ban", strlen(">Ủy ban")) == 0);
	plan_buf_add(&shown, at + 1, (size_t)(end - at - 1));
	assert_true(plan_text_width(shown.s, shown.len) <= CHART_LABEL_COLUMNS);
	assert_true(plan_text_width(shown.s, shown.len) > CHART_LABEL_COLUMNS - 4);
	assert_non_null(strstr(shown.s, "…"));
	assert_true(strncmp(end, "<title>", 7) == 0 &&
		    strncmp(end + 7, long_name, sizeof(long_name) - 1) == 0);
	/* a short name has no tooltip of its own */
	assert_non_null(strstr(svg.s, "&quot;Nghiệm&quot;</text>"));
	plan_buf_release(&shown);
	plan_buf_release(&svg);
	plan_buf_release(&text);
	chart_release(&c);
	shot_free(&s);
}

static void test_months_across_a_year(void **state)
{
	struct shot s;
	struct chart c;
	struct plan_buf svg = PLAN_BUF_INIT;

	(void)state;
	/* On 2024-12-10 with 30 days: late, done, due soon, later; a gap of four months */
	shot_take(&s,
		  HEAD "  - {id: \"1\", task: a, lead: [A], due: 2025-01-15}\n"
		       "  - {id: \"2\", task: b, lead: [A], due: 2024-11-20}\n"
		       "  - {id: \"3\", task: c, lead: [A], due: [2024-08-31, 2024-11-30], status: "
		       "done}\n"
		       "  - {id: \"4\", task: d, lead: [A], due: 2024-12-20}\n"
		       "  - {id: \"5\", task: e, lead: [A], due: 2025-06-30}\n"
		       "  - {id: \"6\", task: f, lead: [A], due: [2024-10-31, 2025-01-31]}\n"
		       "  - {id: \"7\", task: g, lead: [A], deadline: Thường xuyên}\n",
		  plan_date_make(2024, 12, 10), 30);
	chart_months(&c, &s.st, PLAN_LANG_VI);
	/* 10/2024 11/2024 12/2024 01/2025, a gap from 02/2025 to 05/2025, 06/2025 */
	assert_int_equal(c.n, 6);
	assert_string_equal(c.bars[0].label, "10/2024");
	assert_string_equal(c.bars[1].label, "11/2024");
	assert_string_equal(c.bars[2].label, "12/2024");
	assert_string_equal(c.bars[3].label, "01/2025");
	assert_true(c.bars[4].gap);
	assert_string_equal(c.bars[4].label, "Từ 02/2025 đến 05/2025: không có nhiệm vụ đến hạn");
	assert_string_equal(c.bars[5].label, "06/2025");
	/* task 6 is late since October (its first due date not met); 3 is done in November (its
	 * last) */
	assert_int_equal(c.bars[0].of[PLAN_CLASS_OVERDUE], 1);
	assert_int_equal(c.bars[1].of[PLAN_CLASS_OVERDUE], 1);
	assert_int_equal(c.bars[1].of[PLAN_CLASS_DONE], 1);
	assert_int_equal(c.bars[1].total, 2);
	assert_int_equal(c.bars[2].of[PLAN_CLASS_DUE_SOON], 1);
	assert_int_equal(c.bars[3].of[PLAN_CLASS_LATER], 1);
	assert_int_equal(c.bars[4].total, 0);
	assert_int_equal(c.bars[4].n_seg, 0);
	assert_int_equal(c.left_out, 1); /* the ongoing task */
	assert_int_equal(c.max, 2);
	/* the same counts as the snapshot's */
	assert_int_equal(s.st.counts.of[PLAN_CLASS_OVERDUE], 2);
	chart_svg(&c, "T", &svg);
	assert_int_equal(occurrences(svg.s, "<g class=\"plan-bar\">"), 5);
	assert_int_equal(occurrences(svg.s, "<g class=\"plan-gap\">"), 1);
	assert_int_equal(occurrences(svg.s, "class=\"plan-seg "), 6);
	chart_release(&c);
	plan_buf_release(&svg);

	/* English writes months as ISO does; a gap of two months is two empty bars */
	chart_months(&c, &s.st, PLAN_LANG_EN);
	assert_string_equal(c.bars[3].label, "2025-01");
	chart_release(&c);
	shot_free(&s);
	shot_take(&s,
		  HEAD "  - {id: \"1\", task: a, lead: [A], due: 2024-11-20}\n"
		       "  - {id: \"2\", task: b, lead: [A], due: 2025-02-15}\n",
		  plan_date_make(2024, 6, 1), 30);
	chart_months(&c, &s.st, PLAN_LANG_VI);
	assert_int_equal(c.n, 4);
	assert_string_equal(c.bars[1].label, "12/2024");
	assert_string_equal(c.bars[2].label, "01/2025");
	assert_false(c.bars[1].gap);
	assert_int_equal(c.bars[1].n_seg, 0);
	chart_svg(&c, "T", &svg);
	assert_int_equal(occurrences(svg.s, "class=\"plan-seg "), 2);
	plan_buf_release(&svg);
	chart_release(&c);
	shot_free(&s);
}

/* Removes from page the charts section: from its heading to the next <h2>. */
static void cut_charts(struct plan_buf *page)
{
	char *from = strstr(page->s, "<h2 style=\"break-after:avoid\">Biểu đồ</h2>"), *to;

	assert_non_null(from);
	to = strstr(from + 4, "<h2>");
	assert_non_null(to);
	memmove(from, to, strlen(to) + 1);
	page->len = strlen(page->s);
}

static void test_page_is_the_report_and_its_charts(void **state)
{
	struct shot s;
	struct plan_report_meta meta = { .lang = PLAN_LANG_VI };
	struct plan_buf page = PLAN_BUF_INIT, md = PLAN_BUF_INIT, title = PLAN_BUF_INIT,
			plain = PLAN_BUF_INIT;
	const char *charts, *units;

	(void)state;
	shot_take(&s, two_units, plan_date_make(2024, 6, 15), 30);
	meta.plans = (const struct plan *const *)s.f->set->plans;
	meta.n_plans = s.f->set->n_plans;
	assert_int_equal(plan_report_html(&s.st, &meta, &page), 0);
	/* the charts come after the counts by lead unit, before the overdue tasks */
	units = strstr(page.s, "<h2>Theo đơn vị chủ trì</h2>");
	charts = strstr(page.s, "<h2 style=\"break-after:avoid\">Biểu đồ</h2>");
	assert_true(units && charts && units < charts);
	assert_true(charts < strstr(page.s, "<h2>Nhiệm vụ quá hạn</h2>"));
	assert_int_equal(occurrences(page.s, "<svg "), 2);
	assert_int_equal(occurrences(page.s, "<figure "), 2);
	assert_non_null(strstr(page.s, "Nhiệm vụ theo tháng đến hạn"));
	/* without them, the page is the report's Markdown as plan_html_page() makes it */
	cut_charts(&page);
	plan_report_write(&s.st, &meta, &md);
	plan_report_title(&s.st, &meta, &title);
	assert_int_equal(plan_html_page(&plain, md.s, md.len, title.s, PLAN_LANG_VI), 0);
	assert_string_equal(page.s, plain.s);
	plan_buf_release(&page);
	plan_buf_release(&md);
	plan_buf_release(&title);
	plan_buf_release(&plain);
	shot_free(&s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_bars_as_long_as_their_counts),
		cmocka_unit_test(test_zero_counts_draw_nothing),
		cmocka_unit_test(test_one_unit),
		cmocka_unit_test(test_many_units),
		cmocka_unit_test(test_names_escaped_and_cut),
		cmocka_unit_test(test_months_across_a_year),
		cmocka_unit_test(test_page_is_the_report_and_its_charts),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
