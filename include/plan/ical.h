/*
 * ical.h - calendar entries (calendar.h) written as iCalendar (RFC 5545)
 * with libical: what `plan ical` prints.  Only the helper plan-ical links
 * it (libical pulls ICU and libstdc++), so nothing else may call it.
 *
 * Every date is a whole day (VALUE=DATE), in no time zone: the zone is
 * named for calendar programs (X-WR-TIMEZONE) and needs no VTIMEZONE.
 * libical escapes the texts (, ; \ and newlines) and folds lines at 75
 * octets without splitting a UTF-8 sequence.
 *
 * Code: src/core/ical.c, built apart as libplan-ical.
 */
#ifndef PLAN_ICAL_H
#define PLAN_ICAL_H

#include <stdbool.h>
#include <stdint.h>

#include "plan/buf.h"
#include "plan/calendar.h"

struct plan_ical_opts {
	bool events;      /* all-day VEVENTs; else VTODOs */
	int alarm_days;   /* a VALARM that many days before the date; -1 for none */
	const char *zone; /* a zone name, "Asia/Ho_Chi_Minh"; borrowed */
	int64_t stamp;    /* every DTSTAMP: seconds since 1970-01-01 00:00 UTC */
};

/*
 * Appends cal to out as one VCALENDAR, lines ending in CRLF.  cal and
 * opts are read during the call only; opts->zone must not be NULL.
 * Returns nothing: running out of memory aborts in plan's allocator
 * (src/core/alloc.c), and libical's own is not checked.
 */
void plan_ical_write(const struct plan_calendar *cal, const struct plan_ical_opts *opts,
		     struct plan_buf *out);

/*
 * True when libical knows the zone name (it reads the system's zone
 * database, and frees what it loaded before returning).  False for any
 * failure too.
 */
bool plan_ical_zone_known(const char *name);

#endif
