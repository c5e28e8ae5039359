/*
 * unit_match.h - whether a name is a unit's name written the way
 * Vietnamese documents abbreviate it (private to the core).
 *
 * Names are compared as folded words (fold.h, punctuation folded to
 * spaces: "Bộ TN&MT" is "bo tn mt").  A name matches a unit's name, word
 * for word, when each of its words is
 *   - the same word ("qui" and "quy", "ly" and "li"… being one), or
 *   - the syllable initials of a run of the unit's words, "và" left out
 *     ("tnmt", "tn" "mt", "vhttdl", "khdt", "btnmt"), or pieces of
 *     initials and short forms of the abbreviation table ("ubtwmttqvn":
 *     u, b, "tw" for "trung ương", m, t, t, q, v, n);
 * and the unit's name may leave out its leading "Các", its trailing
 * "Việt Nam", its "và" (and "," folded away), and its unit-type words
 * ("Bộ", "Sở", "Ủy ban nhân dân"…) altogether.  How much was left out or
 * abbreviated makes the match's tier.
 */
#ifndef PLAN_UNIT_MATCH_H
#define PLAN_UNIT_MATCH_H

#include <stdbool.h>
#include <stddef.h>

#include "plan/buf.h"

/* How a name matches a unit's, best first. */
enum unit_tier {
	UNIT_TIER_NAME,     /* the same words */
	UNIT_TIER_VARIANT,  /* the same words, "Các", "Việt Nam", "và" or i/y aside */
	UNIT_TIER_ACRONYM,  /* abbreviated, with its unit-type words ("Bộ TNMT", "BTNMT") */
	UNIT_TIER_INITIALS, /* without its unit-type words ("TNMT", "Tài nguyên và Môi trường") */
	UNIT_TIER_NONE,
};

/* A folded name cut into words. */
struct unit_words {
	const char *const *w; /* each NUL-terminated */
	size_t n;
	size_t type; /* how many words, after a leading "các", say the unit's type */
};

/* A short form of the abbreviation table, and the folded words it stands for. */
struct unit_abbrev {
	const char *shorter; /* one folded word: "tw" */
	struct unit_words longer; /* "trung" "uong" */
};

struct unit_abbrevs {
	const struct unit_abbrev *v;
	size_t n;
};

/*
 * Cuts folded (a NUL-terminated folded name, words separated by single
 * spaces) into words, allocated from the arena-like allocator alloc(ctx,
 * size); finds its unit-type words.
 */
void unit_words_cut(const char *folded, void *(*alloc)(void *ctx, size_t size), void *ctx,
		    struct unit_words *out);

/* The tier at which query matches name (UNIT_TIER_NONE for none). */
enum unit_tier unit_match(const struct unit_words *query, const struct unit_words *name,
			  const struct unit_abbrevs *table);

/*
 * Appends to out (NUL-separated folded texts) the shorter ways documents
 * write a unit's official name, and to floors[] the best tier each can
 * match at: without its place, when the name ends with one ("Sở Tư pháp
 * tỉnh Bình Định": "Sở Tư pháp", "Sở Tư pháp tỉnh", "Sở Tư pháp Bình
 * Định") or without the places it speaks for ("Liên đoàn Lao động các
 * tỉnh, thành phố", "… các cấp"), as good a guess as a name without its
 * unit-type words; the same words but "trực thuộc Trung ương" or the last
 * words of its parent body's name ("Cổng Thông tin điện tử Chính phủ"), a
 * variant.  parent may be NULL.  Returns how many, at most 8.
 */
enum { UNIT_SHORTER_MAX = 8 };
size_t unit_words_shorter(const struct unit_words *name, const struct unit_words *parent,
			  struct plan_buf *out, enum unit_tier floors[UNIT_SHORTER_MAX]);

/*
 * Appends to out the place a name ends with, folded: "thanh hoa" for "Hội
 * Liên hiệp Phụ nữ tỉnh Thanh Hóa" and for "Ủy ban nhân dân tỉnh Thanh
 * Hóa"; nothing when it names none.
 */
void unit_words_locality(const struct unit_words *name, struct plan_buf *out);

/* True when a and b differ only in their unit-type words ("Bộ X" and "Sở X"). */
bool unit_same_but_type(const struct unit_words *a, const struct unit_words *b);

#endif
