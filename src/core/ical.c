/* ical.c - calendar entries as iCalendar, written with libical. */
#include "plan/ical.h"

#include <libical/ical.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/*
 * The PRODID: no version, so that a new plan does not change every feed.
 * No METHOD: a feed to subscribe to is no iTIP message (METHOD:PUBLISH
 * would require an ORGANIZER and a PRIORITY of every to-do).
 */
static const char prodid[] = "-//plan//plan ical//VI";

static struct icaltimetype day_of(plan_date d)
{
	struct icaltimetype t = icaltime_null_date();
	int y, m, day;

	plan_date_split(d, &y, &m, &day);
	t.year = y;
	t.month = m;
	t.day = day;
	return t;
}

static icalproperty *rrule_of(const struct plan_cal_rule *rule)
{
	struct icalrecurrencetype r;

	icalrecurrencetype_clear(&r);
	r.freq = rule->freq == PLAN_CAL_WEEKLY    ? ICAL_WEEKLY_RECURRENCE
		 : rule->freq == PLAN_CAL_MONTHLY ? ICAL_MONTHLY_RECURRENCE
						  : ICAL_YEARLY_RECURRENCE;
	r.interval = (short)rule->interval;
	r.until = day_of(rule->until);
	if (rule->month_day) {
		r.by_month_day[0] = (short)rule->month_day;
		r.by_month_day[1] = ICAL_RECURRENCE_ARRAY_MAX;
	}
	if (rule->month) {
		r.by_month[0] = (short)rule->month;
		r.by_month[1] = ICAL_RECURRENCE_ARRAY_MAX;
	}
	return icalproperty_new_rrule(r);
}

/* A VALARM days before the start: TRIGGER;RELATED=START:-PnD. */
static icalcomponent *alarm_of(const struct plan_cal_entry *e, int days)
{
	icalcomponent *alarm = icalcomponent_new_valarm();
	struct icaltriggertype trigger;
	icalproperty *p;
	struct plan_buf text = PLAN_BUF_INIT;

	if (days)
		plan_buf_addf(&text, "Còn %d ngày đến hạn: %s", days, e->summary);
	else
		plan_buf_addf(&text, "Đến hạn hôm nay: %s", e->summary);
	memset(&trigger, 0, sizeof(trigger));
	trigger.time = icaltime_null_time();
	trigger.duration = icaldurationtype_null_duration();
	trigger.duration.days = (unsigned)days;
	trigger.duration.is_neg = days > 0;
	icalcomponent_add_property(alarm, icalproperty_new_action(ICAL_ACTION_DISPLAY));
	icalcomponent_add_property(alarm, icalproperty_new_description(text.s));
	p = icalproperty_new_trigger(trigger);
	icalproperty_add_parameter(p, icalparameter_new_related(ICAL_RELATED_START));
	icalcomponent_add_property(alarm, p);
	plan_buf_release(&text);
	return alarm;
}

static icalcomponent *entry_of(const struct plan_cal_entry *e, const struct plan_ical_opts *opts,
			       struct icaltimetype stamp)
{
	icalcomponent *c = opts->events ? icalcomponent_new_vevent() : icalcomponent_new_vtodo();

	icalcomponent_add_property(c, icalproperty_new_uid(e->uid));
	icalcomponent_add_property(c, icalproperty_new_dtstamp(stamp));
	icalcomponent_add_property(c, icalproperty_new_dtstart(day_of(e->date)));
	if (opts->events) {
		icalcomponent_add_property(c, icalproperty_new_dtend(day_of(e->date + 1)));
		icalcomponent_add_property(c, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
	} else {
		icalcomponent_add_property(c, icalproperty_new_due(day_of(e->date)));
		icalcomponent_add_property(c,
					   icalproperty_new_status(e->task->status == PLAN_DOING
								       ? ICAL_STATUS_INPROCESS
								       : ICAL_STATUS_NEEDSACTION));
	}
	if (e->rule.freq != PLAN_CAL_ONCE)
		icalcomponent_add_property(c, rrule_of(&e->rule));
	for (size_t i = 0; i < e->n_exdates; i++)
		icalcomponent_add_property(c, icalproperty_new_exdate(day_of(e->exdates[i])));
	icalcomponent_add_property(c, icalproperty_new_summary(e->summary));
	icalcomponent_add_property(c, icalproperty_new_description(e->description));
	if (opts->alarm_days >= 0)
		icalcomponent_add_component(c, alarm_of(e, opts->alarm_days));
	return c;
}

void plan_ical_write(const struct plan_calendar *cal, const struct plan_ical_opts *opts,
		     struct plan_buf *out)
{
	icalcomponent *vcal = icalcomponent_new_vcalendar();
	const struct icaltimetype stamp =
	    icaltime_from_timet_with_zone((time_t)opts->stamp, 0, icaltimezone_get_utc_timezone());
	icalproperty *zone = icalproperty_new_x(opts->zone);
	char *text;

	icalproperty_set_x_name(zone, "X-WR-TIMEZONE");
	icalcomponent_add_property(vcal, icalproperty_new_version("2.0"));
	icalcomponent_add_property(vcal, icalproperty_new_prodid(prodid));
	icalcomponent_add_property(vcal, icalproperty_new_calscale("GREGORIAN"));
	icalcomponent_add_property(vcal, zone);
	for (size_t i = 0; i < cal->n; i++)
		icalcomponent_add_component(vcal, entry_of(&cal->v[i], opts, stamp));
	text = icalcomponent_as_ical_string_r(vcal);
	plan_buf_addstr(out, text);
	free(text);
	icalcomponent_free(vcal);
	icalmemory_free_ring();
}

bool plan_ical_zone_known(const char *name)
{
	const bool known = icaltimezone_get_builtin_timezone(name) != NULL;

	icaltimezone_free_builtin_timezones();
	return known;
}
