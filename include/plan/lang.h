/*
 * lang.h - the words of the documents plan writes (reports, digests, mail
 * subjects), in Vietnamese and in English.
 *
 * Every message exists in both languages.  A message may hold the
 * placeholders {1} to {9}, filled in by plan_say() with texts the caller
 * has already escaped for where they go.
 *
 * Messages are static; what is written goes to the caller's plan_buf.
 * Nothing here fails but plan_lang_parse(), and running out of memory
 * aborts (src/core/alloc.c).  Code: src/core/lang.c.
 */
#ifndef PLAN_LANG_H
#define PLAN_LANG_H

#include <stddef.h>

#include "plan/buf.h"
#include "plan/date.h"

enum plan_lang {
	PLAN_LANG_VI,
	PLAN_LANG_EN,
};
enum { PLAN_LANG_COUNT = PLAN_LANG_EN + 1 };

extern const char *const plan_lang_names[PLAN_LANG_COUNT]; /* "vi", "en" */
/*
 * Parses a language name (NUL-terminated, exactly "vi" or "en").  Returns
 * 0 and sets *out; or -1, *out untouched, when it is none of them.
 */
int plan_lang_parse(const char *name, enum plan_lang *out);

enum plan_msg {
	/* Reports */
	PLAN_MSG_REPORT_TITLE_ONE,    /* {1} plan, {2} date */
	PLAN_MSG_REPORT_TITLE_MANY,   /* {1} plans, {2} date */
	PLAN_MSG_PLAN_LINE,           /* {1} number, {2} issuer, {3} date, {4} title */
	PLAN_MSG_PLAN_LINE_NO_ISSUER, /* {1} number, {2} date, {3} title */
	PLAN_MSG_UNIT_LINE,           /* {1} units, {2} role */
	PLAN_MSG_SUMMARY,
	PLAN_MSG_BY_LEAD_UNIT,
	PLAN_MSG_OVERDUE_TASKS,
	PLAN_MSG_DUE_TASKS,  /* {1} days */
	PLAN_MSG_DELIVERIES, /* {1} days */
	PLAN_MSG_NONE_OVERDUE,
	PLAN_MSG_NONE_DUE,       /* {1} days */
	PLAN_MSG_NONE_DELIVERED, /* {1} days */
	PLAN_MSG_UNREAD_TASKS,
	PLAN_MSG_UNREAD_NOTE,
	/* Digests */
	PLAN_MSG_DIGEST_TITLE,  /* {1} date */
	PLAN_MSG_PLANS_LINE,    /* {1} plans */
	PLAN_MSG_NEWLY_OVERDUE, /* {1} days */
	PLAN_MSG_STILL_OVERDUE,
	/* Counts */
	PLAN_MSG_MEASURE,
	PLAN_MSG_TASKS,
	PLAN_MSG_TOTAL,
	PLAN_MSG_TOTAL_SHORT,
	PLAN_MSG_DONE,
	PLAN_MSG_DONE_LATE,
	PLAN_MSG_DONE_LATE_SHORT,
	PLAN_MSG_OVERDUE,
	PLAN_MSG_DUE_SOON,       /* {1} days */
	PLAN_MSG_DUE_SOON_SHORT, /* {1} days */
	PLAN_MSG_LATER,
	PLAN_MSG_ONGOING,
	PLAN_MSG_UNDATED,
	PLAN_MSG_UNDATED_SHORT,
	PLAN_MSG_DROPPED,
	/* Charts (HTML reports) */
	PLAN_MSG_CHARTS,
	PLAN_MSG_CHART_UNITS,
	PLAN_MSG_CHART_UNITS_NOTE,
	PLAN_MSG_CHART_MONTHS,
	PLAN_MSG_CHART_MONTHS_NOTE,
	PLAN_MSG_CHART_LEFT_OUT, /* {1} count */
	PLAN_MSG_CHART_MONTH,    /* {1} month (2 digits), {2} year */
	PLAN_MSG_CHART_GAP,      /* {1} first month, {2} last month */
	PLAN_MSG_CHART_BAR,      /* {1} label, {2} count */
	/* Table headers */
	PLAN_MSG_REF,
	PLAN_MSG_LEAD,
	PLAN_MSG_DEADLINE,
	PLAN_MSG_DUE,
	PLAN_MSG_DAYS_LATE,
	PLAN_MSG_TASK,
	PLAN_MSG_DATE,
	PLAN_MSG_DOCUMENT,
	/* Roles, for the unit line */
	PLAN_MSG_ROLE_LEAD,
	PLAN_MSG_ROLE_SUPPORT,
	PLAN_MSG_ROLE_ANY,
	PLAN_MSG_WITH_COLLECTIVE,
	/* The footer */
	PLAN_MSG_MADE_BY,
	PLAN_MSG_MADE_AT_COMMIT, /* {1} commit */
	PLAN_MSG_UNCOMMITTED,
	/* Mail subjects */
	PLAN_MSG_SUBJECT_OVERDUE_ONE,  /* {1} count */
	PLAN_MSG_SUBJECT_OVERDUE_MANY, /* {1} count */
	PLAN_MSG_SUBJECT_DUE,          /* {1} count */
	PLAN_MSG_SUBJECT_REPORT,       /* {1} plans, {2} date */
	PLAN_MSG_COUNT
};

/*
 * The message in lang, placeholders unfilled; static, never NULL ("" for
 * a lang or msg out of range).
 */
const char *plan_msg(enum plan_lang lang, enum plan_msg msg);

/*
 * Appends message msg in lang to out with {1}, {2}, ... replaced by the
 * arguments that follow, a NULL-terminated list of strings (read during
 * the call; only the first nine count).  A placeholder without an
 * argument is replaced by nothing.
 */
void plan_say(struct plan_buf *out, enum plan_lang lang, enum plan_msg msg, ...);

/* Appends a date as lang writes it: "01/07/2024" in Vietnamese, else "2024-07-01". */
void plan_lang_date(struct plan_buf *out, enum plan_lang lang, plan_date d);

#endif
