/*
 * icalcheck.c - reads an iCalendar feed from stdin back with libical, as a
 * calendar program would, for tests/ical/parse.sh.  Fails (1) when libical
 * finds an error in it (it marks them X-LIC-ERROR), when a component
 * breaks RFC 5545's restrictions, or when a to-do's DUE is not its DTSTART
 * or an alarm lacks its ACTION, TRIGGER or DESCRIPTION.  Else prints one
 * line "UID YYYY-MM-DD" per occurrence of every to-do and event, its RRULE
 * expanded by libical and its EXDATEs left out, and exits 0.
 */
#include <libical/ical.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *read_all(FILE *f)
{
	size_t len = 0, cap = 1 << 16, n;
	char *s = malloc(cap);

	while (s && (n = fread(s + len, 1, cap - len - 1, f)) > 0) {
		len += n;
		if (cap - len - 1 == 0 && !(s = realloc(s, cap *= 2)))
			break;
	}
	if (s)
		s[len] = '\0';
	return s;
}

static int excluded(icalcomponent *c, struct icaltimetype t)
{
	for (icalproperty *p = icalcomponent_get_first_property(c, ICAL_EXDATE_PROPERTY); p;
	     p = icalcomponent_get_next_property(c, ICAL_EXDATE_PROPERTY))
		if (icaltime_compare_date_only(icalproperty_get_exdate(p), t) == 0)
			return 1;
	return 0;
}

static void print_day(const char *uid, struct icaltimetype t)
{
	printf("%s %04d-%02d-%02d\n", uid, t.year, t.month, t.day);
}

/* Prints the occurrences of c; returns the number of problems. */
static int occurrences(icalcomponent *c)
{
	const char *uid = icalcomponent_get_uid(c);
	struct icaltimetype start = icalcomponent_get_dtstart(c);
	icalproperty *rrule = icalcomponent_get_first_property(c, ICAL_RRULE_PROPERTY);
	icalrecur_iterator *it;
	struct icaltimetype t;

	if (!uid || icaltime_is_null_time(start) || !start.is_date) {
		fprintf(stderr, "icalcheck: a component without UID or all-day DTSTART\n");
		return 1;
	}
	if (!rrule) {
		print_day(uid, start);
		return 0;
	}
	it = icalrecur_iterator_new(icalproperty_get_rrule(rrule), start);
	if (!it) {
		fprintf(stderr, "icalcheck: %s: libical cannot expand its RRULE\n", uid);
		return 1;
	}
	while (!icaltime_is_null_time(t = icalrecur_iterator_next(it)))
		if (!excluded(c, t))
			print_day(uid, t);
	icalrecur_iterator_free(it);
	return 0;
}

static int check_alarms(icalcomponent *c)
{
	int bad = 0;

	for (icalcomponent *a = icalcomponent_get_first_component(c, ICAL_VALARM_COMPONENT); a;
	     a = icalcomponent_get_next_component(c, ICAL_VALARM_COMPONENT))
		if (!icalcomponent_get_first_property(a, ICAL_ACTION_PROPERTY) ||
		    !icalcomponent_get_first_property(a, ICAL_TRIGGER_PROPERTY) ||
		    !icalcomponent_get_first_property(a, ICAL_DESCRIPTION_PROPERTY))
			bad++;
	if (bad)
		fprintf(stderr, "icalcheck: %s: an alarm is incomplete\n",
			icalcomponent_get_uid(c));
	return bad;
}

static int check_component(icalcomponent *c)
{
	const icalcomponent_kind kind = icalcomponent_isa(c);
	int bad = check_alarms(c);

	if (kind == ICAL_VTODO_COMPONENT &&
	    icaltime_compare(icalcomponent_get_due(c), icalcomponent_get_dtstart(c)) != 0) {
		fprintf(stderr, "icalcheck: %s: DUE is not DTSTART\n", icalcomponent_get_uid(c));
		bad++;
	}
	if (!icalcomponent_get_summary(c) || !icalcomponent_get_description(c)) {
		fprintf(stderr, "icalcheck: %s: no SUMMARY or DESCRIPTION\n",
			icalcomponent_get_uid(c));
		bad++;
	}
	return bad + occurrences(c);
}

/* Prints the X-LIC-ERROR properties libical put in c and its components. */
static void print_errors(icalcomponent *c)
{
	for (icalproperty *p = icalcomponent_get_first_property(c, ICAL_XLICERROR_PROPERTY); p;
	     p = icalcomponent_get_next_property(c, ICAL_XLICERROR_PROPERTY))
		fprintf(stderr, "  %s: %s\n",
			icalcomponent_get_uid(c) ? icalcomponent_get_uid(c) : "-",
			icalproperty_get_xlicerror(p));
	for (icalcomponent *s = icalcomponent_get_first_component(c, ICAL_ANY_COMPONENT); s;
	     s = icalcomponent_get_next_component(c, ICAL_ANY_COMPONENT))
		print_errors(s);
}

int main(void)
{
	char *text = read_all(stdin);
	icalcomponent *cal = text ? icalparser_parse_string(text) : NULL;
	int bad = 0;

	if (!cal || icalcomponent_isa(cal) != ICAL_VCALENDAR_COMPONENT) {
		fprintf(stderr, "icalcheck: not one VCALENDAR\n");
		return 1;
	}
	if (!icalrestriction_check(cal) || icalcomponent_count_errors(cal)) {
		fprintf(stderr, "icalcheck: libical finds errors\n");
		print_errors(cal);
		bad++;
	}
	for (icalcomponent *c = icalcomponent_get_first_component(cal, ICAL_ANY_COMPONENT); c;
	     c = icalcomponent_get_next_component(cal, ICAL_ANY_COMPONENT))
		bad += check_component(c);
	icalcomponent_free(cal);
	free(text);
	icalmemory_free_ring();
	return bad ? 1 : 0;
}
