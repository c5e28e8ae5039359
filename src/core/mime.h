/*
 * mime.h - the encodings a mail needs for UTF-8 text: quoted-printable
 * bodies (RFC 2045) and header fields with encoded words (RFC 2047).
 *
 * Lines end in LF, as sendmail(8) and msmtp(1) take a message on standard
 * input; the mail system puts CRLF on the wire.
 */
#ifndef PLAN_MIME_H
#define PLAN_MIME_H

#include <stddef.h>

#include "plan/buf.h"

/*
 * Appends s as a quoted-printable body: lines of at most 76 characters
 * (longer ones broken with soft line breaks), every LF in s a hard line
 * break, and every byte but printable ASCII encoded, as are "=", white
 * space before a line break, and the "F" of a line starting "From ".
 */
void plan_mime_qp(struct plan_buf *out, const char *s, size_t len);

/*
 * Appends the header field "NAME: VALUE" and its line break.  A value that
 * is not printable ASCII is written as base64 encoded words, each on a line
 * of its own within 76 characters, never splitting a character.  Control
 * characters in value (line breaks included) become spaces, so a value
 * cannot add header fields.
 */
void plan_mime_header(struct plan_buf *out, const char *name, const char *value);

/*
 * Appends the header field "NAME: ADDRESS, ADDRESS" for addresses written
 * "user@host" or "Display Name <user@host>", a display name that is not
 * plain ASCII in encoded words, one address per line, "<user@host>" on a
 * line of its own when it does not fit after the name.  Lines keep within
 * 78 characters but for an address longer than that, which no line break
 * may cut (at most 257: never the 998 of RFC 5322).
 */
void plan_mime_address_header(struct plan_buf *out, const char *name, const char *const *addresses,
			      size_t n);

/*
 * Returns NULL when address is one the above can write: "user@host" or
 * "Name <user@host>", without control characters, with one "@" in an
 * address of printable ASCII and no white space, ",", ";", "<" or ">", of
 * at most 254 characters and a user part of at most 64 (RFC 5321); else a
 * message saying what is wrong (a static string).
 */
const char *plan_mime_address_problem(const char *address);

#endif
