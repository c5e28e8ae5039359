/* ylines.c - line breaks as libyaml counts them and as editors do. */
#include "ylines.h"

#include <stdint.h>
#include <string.h>

#include "text.h"

size_t ylines_bom(const char *s, size_t len)
{
	return len >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
}

char ylines_editor_break(const char *data, size_t len)
{
	return memchr(data, '\n', len) || !memchr(data, '\r', len) ? '\n' : '\r';
}

struct plan_pos ylines_byte_pos(const char *data, size_t len, size_t offset)
{
	struct plan_pos pos = { 1, 1 };
	size_t line_start = ylines_bom(data, len);
	const char eol = ylines_editor_break(data, len);

	if (offset > len)
		offset = len;
	for (size_t i = line_start; i < offset; i++) {
		if (data[i] == eol) {
			pos.line++;
			line_start = i + 1;
		}
	}
	if (offset > line_start)
		pos.column += (uint32_t)plan_text_chars(data + line_start, offset - line_start);
	return pos;
}

bool ylines_foreign_at(const unsigned char *u, size_t i, size_t len)
{
	switch (u[i]) {
	case '\r':
		return i + 1 < len && u[i + 1] != '\n';
	case 0xC2:
		return i + 1 < len && u[i + 1] == 0x85;
	case 0xE2:
		return i + 2 < len && u[i + 1] == 0x80 && (u[i + 2] == 0xA8 || u[i + 2] == 0xA9);
	default:
		return false;
	}
}

enum { BLOCK = 64 };

/*
 * Blocks of BLOCK bytes are tested at once for a CR, 0xC2 or 0xE2 (a loop the
 * compiler turns into vector instructions: three memchr() passes took 20
 * times as long), and only a block that holds one is looked at closely.
 */
bool ylines_foreign_within(const unsigned char *u, size_t len)
{
	size_t i = 0;

	for (; i + BLOCK <= len; i += BLOCK) {
		unsigned char any = 0;

		for (size_t k = 0; k < BLOCK; k++)
			any |= (unsigned char)((u[i + k] == '\r') | ((u[i + k] | 0x20) == 0xE2));
		if (any)
			for (size_t k = 0; k < BLOCK; k++)
				if (ylines_foreign_at(u, i + k, len))
					return true;
	}
	for (; i < len; i++)
		if (ylines_foreign_at(u, i, len))
			return true;
	return false;
}

bool ylines_foreign(const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *)s;

	return ylines_foreign_within(u, len) || (len && u[len - 1] == '\r'); /* a CR at the end */
}
