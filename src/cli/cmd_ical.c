/* cmd_ical.c - plan ical: the due dates of tasks as an iCalendar feed (in plan-ical). */
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "commands.h"
#include "listfilter.h"
#include "plan/calendar.h"
#include "plan/ical.h"

static const struct cli_help help = {
	.name = "ical",
	.usage = "[--plan ID]... [--unit UNIT]... [--role ROLE] [--with-collective]\n"
		 "                 [--status STATUS]... [--due-before DATE] [--due-after DATE]\n"
		 "                 [--due-within DAYS] [--grep PATTERN] [--today DATE]\n"
		 "                 [--alarm DAYS] [--events] [--tz ZONE] [PATH...]",
	.about = "Write the due dates of the tasks plan list would list as an iCalendar\n"
		 "feed (RFC 5545), for a calendar to subscribe to: one to-do (an all-day\n"
		 "event with --events) per due date no delivery has met, a recurring task\n"
		 "as one with its rule, delivered occurrences excluded.  Done and dropped\n"
		 "tasks give nothing; tasks with no due date are counted on stderr.  UIDs\n"
		 "stay the same from run to run, so that a calendar updates its entries.",
};

enum { MAX_ALARM_DAYS = 366 };

static const char default_zone[] = "Asia/Ho_Chi_Minh";

/* --alarm DAYS: 0 to MAX_ALARM_DAYS; -1 when not given. */
static int parse_alarm(struct cli_ctx *ctx, const char *text, int *days)
{
	char *end;
	long n;

	*days = -1;
	if (!text)
		return 0;
	n = strtol(text, &end, 10);
	if (*end || end == text || text[0] == '-' || text[0] == '+' || n > MAX_ALARM_DAYS)
		return cli_usage_error(ctx, &help,
				       "invalid number of days '%s' for --alarm; expected 0 to %d",
				       text, MAX_ALARM_DAYS);
	*days = (int)n;
	return 0;
}

/* --tz ZONE: a name of the zone database, "Asia/Ho_Chi_Minh", never a path. */
static int check_zone(struct cli_ctx *ctx, const char *zone)
{
	static const char name_chars[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
					 "0123456789/_+-";

	if (!*zone || *zone == '/' || zone[strspn(zone, name_chars)])
		return cli_usage_error(ctx, &help, "invalid time zone for --tz");
	if (!plan_ical_zone_known(zone))
		return cli_usage_error(
		    ctx, &help, "unknown time zone '%s' for --tz; expected a name such as %s", zone,
		    default_zone);
	return 0;
}

/* Says on stderr how many tasks the feed leaves out for want of a date. */
static void note_undated(struct cli_ctx *ctx, size_t n)
{
	if (!n)
		return;
	fprintf(ctx->err,
		"plan: note: %zu task%s no due date (ongoing, on request or unread), left out "
		"of the calendar; plan list --kind ongoing,event,unknown lists them\n",
		n, n == 1 ? " has" : "s have");
}

static int write_calendar(struct cli_ctx *ctx, const struct plan_rows *rows, plan_date today,
			  const struct plan_ical_opts *opts)
{
	struct plan_calendar cal = PLAN_CALENDAR_INIT;
	struct plan_buf out = PLAN_BUF_INIT;

	plan_calendar_build(rows, today, &cal);
	plan_ical_write(&cal, opts, &out);
	cli_write(ctx, &out);
	note_undated(ctx, cal.undated);
	plan_buf_release(&out);
	plan_calendar_release(&cal);
	return EXIT_OK;
}

int cmd_ical(int argc, char **argv, struct cli_ctx *ctx)
{
	struct cli_list_filter a = { 0 };
	struct opt_list paths = { 0 };
	const char *alarm = NULL;
	struct plan_ical_opts ical = { .zone = default_zone, .stamp = ctx->now };
	const struct opt opts[] = {
		{ "plan", 0, OPT_LIST, &a.plans, "ID", "only tasks of plan ID (repeatable)", NULL },
		CLI_UNIT_OPTIONS(a.units),
		{ "status", 0, OPT_LIST, &a.statuses, "STATUS",
		  "only tasks with STATUS: todo, doing (done, dropped give nothing)", NULL },
		CLI_LIST_DUE_OPTIONS(a),
		{ "grep", 0, OPT_VALUE, &a.grep, "PATTERN",
		  "only tasks whose text, product or note matches PATTERN", NULL },
		{ "today", 0, OPT_VALUE, &a.today, "DATE",
		  "the day deliveries count as of (YYYY-MM-DD or DD/MM/YYYY)", NULL },
		{ "alarm", 0, OPT_VALUE, &alarm, "DAYS", "a reminder DAYS days before each date",
		  NULL },
		{ "events", 0, OPT_FLAG, &ical.events, NULL,
		  "all-day events instead of to-dos, for calendars without tasks", NULL },
		{ "tz", 0, OPT_VALUE, &ical.zone, "ZONE",
		  "the calendar's time zone (default: Asia/Ho_Chi_Minh)", NULL },
		OPT_END,
	};
	struct plan_query q;
	struct plan_rows rows = PLAN_ROWS_INIT;
	struct plan_pattern *grep = NULL;
	struct plan_set *set = NULL;
	int status = cli_parse(ctx, &help, opts, argc, argv, &paths);

	plan_query_init(&q, NULL, ctx->today);
	if (status >= 0)
		goto out;
	if ((status = parse_alarm(ctx, alarm, &ical.alarm_days)) != 0 ||
	    (status = check_zone(ctx, ical.zone)) != 0 ||
	    (status = cli_list_filter_query(ctx, &help, &a, &q, &grep)) != 0 ||
	    (status = cli_load_or_fail(ctx, &paths, &set)) != 0 ||
	    (status = cli_list_filter_run(ctx, &a, set, &q, &rows)) != 0)
		goto out;
	status = write_calendar(ctx, &rows, q.today, &ical);
out:
	plan_rows_release(&rows);
	plan_pattern_free(grep);
	plan_set_free(set);
	opt_list_release(&paths);
	cli_list_filter_release(&a);
	return status < 0 ? EXIT_OK : status;
}
