/* mime.c - quoted-printable bodies and RFC 2047 header fields for UTF-8 text. */
#include "mime.h"

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "text.h"

/* The longest line a body or a folded header field gets (RFC 2045, 2047). */
enum { LINE_MAX_CHARS = 76 };

static const char hex[] = "0123456789ABCDEF";

/* Appends one encoded token, breaking the line softly when it would not fit. */
static void qp_token(struct plan_buf *out, size_t *col, const char *token, size_t n)
{
	if (*col + n > LINE_MAX_CHARS - 1) {
		plan_buf_addstr(out, "=\n");
		*col = 0;
	}
	plan_buf_add(out, token, n);
	*col += n;
}

void plan_mime_qp(struct plan_buf *out, const char *s, size_t len)
{
	size_t col = 0;

	for (size_t i = 0; i < len; i++) {
		const unsigned char c = (unsigned char)s[i];
		const bool at_end = i + 1 == len || s[i + 1] == '\n';
		char token[3];

		if (c == '\n') {
			plan_buf_addch(out, '\n');
			col = 0;
			continue;
		}
		if ((c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !at_end)) {
			/* "From " at a line's start is mangled by mbox files: encode its F. */
			if (!(col == 0 && c == 'F' && len - i >= 5 &&
			      memcmp(s + i, "From ", 5) == 0)) {
				token[0] = (char)c;
				qp_token(out, &col, token, 1);
				continue;
			}
		}
		token[0] = '=';
		token[1] = hex[c >> 4];
		token[2] = hex[c & 15];
		qp_token(out, &col, token, 3);
	}
}

static void base64(struct plan_buf *out, const unsigned char *s, size_t len)
{
	static const char digits[] =
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

	for (size_t i = 0; i < len; i += 3) {
		const unsigned long v = (unsigned long)s[i] << 16 |
					(i + 1 < len ? (unsigned long)s[i + 1] << 8 : 0) |
					(i + 2 < len ? s[i + 2] : 0);

		plan_buf_addch(out, digits[v >> 18 & 63]);
		plan_buf_addch(out, digits[v >> 12 & 63]);
		plan_buf_addch(out, i + 1 < len ? digits[v >> 6 & 63] : '=');
		plan_buf_addch(out, i + 2 < len ? digits[v & 63] : '=');
	}
}

/* True for printable ASCII that cannot be mistaken for an encoded word. */
static bool is_plain(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		if ((unsigned char)s[i] < 0x20 || (unsigned char)s[i] > 0x7E)
			return false;
		if (s[i] == '=' && i + 1 < len && s[i + 1] == '?')
			return false;
	}
	return true;
}

/*
 * Appends s as encoded words from column *col, each within the line length,
 * breaking lines between them; never splits a UTF-8 character.
 */
static void encoded_words(struct plan_buf *out, size_t *col, const char *s, size_t len)
{
	static const char open[] = "=?UTF-8?B?";
	const size_t overhead = sizeof(open) - 1 + 2;
	size_t i = 0;

	while (i < len) {
		size_t room = *col + overhead + 4 <= LINE_MAX_CHARS
				  ? (LINE_MAX_CHARS - *col - overhead) / 4 * 3
				  : 0;
		size_t n = len - i < room ? len - i : room;

		while (n > 0 && i + n < len && ((unsigned char)s[i + n] & 0xC0) == 0x80)
			n--;
		/*
		 * A fresh line has room for 45 bytes: any character fits there, and
		 * bytes no character boundary splits are cut where the room ends.
		 */
		if (n == 0 && *col <= 1)
			n = len - i < room ? len - i : room;
		if (n == 0 || (i > 0 && *col > 1)) {
			plan_buf_addstr(out, "\n ");
			*col = 1;
			continue;
		}
		plan_buf_addstr(out, open);
		base64(out, (const unsigned char *)s + i, n);
		plan_buf_addstr(out, "?=");
		*col += overhead + (n + 2) / 3 * 4;
		i += n;
	}
}

/* Copies value with every control character as a space, every byte that is no UTF-8 as U+FFFD. */
static void sanitize(struct plan_buf *out, const char *value)
{
	const size_t len = strlen(value);

	for (size_t i = 0; i < len;) {
		int32_t cp;
		const size_t n = plan_utf8_next(value + i, len - i, &cp);

		if (cp < 0)
			plan_buf_addstr(out, "\xEF\xBF\xBD");
		else if (cp < 0x20 || cp == 0x7F)
			plan_buf_addch(out, ' ');
		else
			plan_buf_add(out, value + i, n);
		i += n;
	}
}

/*
 * True when a word of s, written from column col, is too long for its
 * line: the first after what the line holds already, a later one on a
 * continuation line of its own (" word").  It cannot be folded as it is.
 */
static bool long_word(const char *s, size_t len, size_t col)
{
	size_t run = col;

	for (size_t i = 0; i < len; i++) {
		run = s[i] == ' ' ? 1 : run + 1;
		if (run > LINE_MAX_CHARS)
			return true;
	}
	return false;
}

/*
 * Appends plain ASCII words, folding before a space whose word would pass
 * the line length; a run of spaces longer than a line is folded within.
 */
static void plain_words(struct plan_buf *out, size_t *col, const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		if (s[i] == ' ' && *col > 1) {
			size_t word = i + 1;

			while (word < len && s[word] != ' ')
				word++;
			if (*col + (word - i) > LINE_MAX_CHARS + 2) {
				plan_buf_addch(out, '\n');
				*col = 0;
			}
		}
		plan_buf_addch(out, s[i]);
		++*col;
	}
}

void plan_mime_header(struct plan_buf *out, const char *name, const char *value)
{
	struct plan_buf clean = PLAN_BUF_INIT;
	size_t col = strlen(name) + 2;

	sanitize(&clean, value);
	plan_buf_addf(out, "%s: ", name);
	if (is_plain(clean.s, clean.len) && !long_word(clean.s, clean.len, col))
		plain_words(out, &col, clean.s, clean.len);
	else
		encoded_words(out, &col, clean.s, clean.len);
	plan_buf_addch(out, '\n');
	plan_buf_release(&clean);
}

/* Splits "Name <addr>" into its parts; a bare address has an empty name. */
static void split_address(const char *a, const char **name, size_t *name_len, const char **addr,
			  size_t *addr_len)
{
	const char *lt = strchr(a, '<');
	size_t len = strlen(a);

	if (!lt || len < 2 || a[len - 1] != '>') {
		*name = a;
		*name_len = 0;
		*addr = a;
		*addr_len = len;
		return;
	}
	*name = a;
	*name_len = (size_t)(lt - a);
	while (*name_len && (*name)[*name_len - 1] == ' ')
		--*name_len;
	while (*name_len && **name == ' ') {
		++*name;
		--*name_len;
	}
	*addr = lt + 1;
	*addr_len = (size_t)(a + len - 1 - *addr);
}

const char *plan_mime_address_problem(const char *address)
{
	const char *name, *addr, *at;
	size_t name_len, addr_len;

	for (const char *p = address; *p; p++)
		if ((unsigned char)*p < 0x20 || *p == 0x7F)
			return "an address cannot hold control characters";
	if (strchr(address, '<') && strchr(address, '<') != strrchr(address, '<'))
		return "an address holds one '<'";
	split_address(address, &name, &name_len, &addr, &addr_len);
	if (memchr(name, '>', name_len))
		return "a display name cannot hold '>'";
	if (!addr_len)
		return "the address is empty";
	for (size_t i = 0; i < addr_len; i++)
		if ((unsigned char)addr[i] <= 0x20 || (unsigned char)addr[i] > 0x7E ||
		    strchr(",;<>\"()[]\\", addr[i]))
			return "an address is ASCII without spaces, ',', ';', quotes or brackets; "
			       "write one per option";
	at = memchr(addr, '@', addr_len);
	if (!at || at == addr || at == addr + addr_len - 1 ||
	    memchr(at + 1, '@', (size_t)(addr + addr_len - at - 1)))
		return "an address is written user@host";
	/* RFC 5321: a user of 64 characters at most, an address of 254 */
	if (at - addr > 64 || addr_len > 254)
		return "an address is at most 254 characters, its user part at most 64";
	return NULL;
}

/* Appends a display name: as it is, quoted, or in encoded words. */
static void display_name(struct plan_buf *out, size_t *col, const char *s, size_t len)
{
	bool special = false;
	size_t escapes = 0, written;

	/* "Nguyen, Van A", given in quotes: its text, quoted again if it needs them */
	if (len >= 2 && s[0] == '"' && s[len - 1] == '"') {
		s++;
		len -= 2;
	}
	for (size_t i = 0; i < len; i++) {
		special |= strchr("()<>[]:;@\\,.\"", s[i]) != NULL;
		escapes += s[i] == '"' || s[i] == '\\';
	}
	written = special ? len + escapes + 2 : len;
	/* not ASCII, or longer than its line: encoded, and so folded */
	if (!is_plain(s, len) || *col + written > LINE_MAX_CHARS + 2) {
		encoded_words(out, col, s, len);
		return;
	}
	if (special)
		plan_buf_addch(out, '"');
	for (size_t i = 0; i < len; i++) {
		if (special && (s[i] == '"' || s[i] == '\\'))
			plan_buf_addch(out, '\\');
		plan_buf_addch(out, s[i]);
	}
	if (special)
		plan_buf_addch(out, '"');
	*col += written;
}

void plan_mime_address_header(struct plan_buf *out, const char *name, const char *const *addresses,
			      size_t n)
{
	size_t col = strlen(name) + 2;

	plan_buf_addf(out, "%s: ", name);
	for (size_t i = 0; i < n; i++) {
		const char *dname, *addr;
		size_t dname_len, addr_len;

		if (i) {
			plan_buf_addstr(out, ",\n ");
			col = 1;
		}
		split_address(addresses[i], &dname, &dname_len, &addr, &addr_len);
		if (dname_len) {
			display_name(out, &col, dname, dname_len);
			/* "<addr>" on a line of its own when it does not fit after the name */
			if (col + addr_len + 3 > LINE_MAX_CHARS + 2) {
				plan_buf_addch(out, '\n');
				col = 0;
			}
			plan_buf_addstr(out, " <");
			plan_buf_add(out, addr, addr_len);
			plan_buf_addch(out, '>');
			col += addr_len + 3;
		} else {
			plan_buf_add(out, addr, addr_len);
			col += addr_len;
		}
	}
	plan_buf_addch(out, '\n');
}
