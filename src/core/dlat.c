/* dlat.c - the modifiers of points in a deadline phrase: "trước", "từ", "đến hết", "từ nay". */
#include "dlscan.h"

/* "ký", "ký ban hành", "ban hành": returns the end, or 0. */
static size_t names_signing(const struct scan *s, size_t i)
{
	if (word(s, i, "ky"))
		return i + 1 + 2 * (word(s, i + 1, "ban") && word(s, i + 2, "hanh"));
	if (word(s, i, "ban") && word(s, i + 1, "hanh"))
		return i + 2;
	return 0;
}

/*
 * The plan's issue as the start of a span or of work: "từ nay đến năm
 * 2030", "từ ngày ký đến hết ngày 28/02/2027".  Returns the end.
 */
static size_t now_point(const struct scan *s, size_t i, size_t end, const struct dl_expr *mods)
{
	struct dl_expr *e = dl_push(s, DL_AT, i, end);
	const char *error = NULL;
	struct dl_point b;
	size_t k, next;

	e->a.gran = DL_NOW;
	e->open_from = true;
	if ((k = dl_span_sep(s, end)) &&
	    (next = dl_one_point(s, dl_skip_asides(s, k), &b, &error))) {
		e = &s->out->v[s->out->n - 1];
		e->b = b;
		e->span = true;
		e->open_from = false;
		e->error = error;
		e->t1 = end = next;
		if (!b.year && (next = dl_year_suffix(s, end, &b.year))) {
			e->b.year = b.year;
			e->t1 = end = next;
		}
	}
	(void)mods;
	return end;
}

/*
 * The modifiers at j, into *mods: "trước", "từ", "sau", "không muộn hơn",
 * "đến", "chậm nhất", "đầu", "hết", and the asides after them.  Returns
 * where they end (j when there are none).
 */
static size_t read_mods(const struct scan *s, size_t j, struct dl_expr *mods)
{
	for (;;) {
		if (mods->open_from || mods->until || mods->before) {
			const size_t first = s->out->n;

			j = dl_skip_asides(s, j);
			/* "trước 9h30 ngày 12/3": before the hour, on the day */
			for (size_t k = first; k < s->out->n; k++)
				if (!s->out->v[k].count)
					mods->before = false;
		}
		if (word(s, j, "truoc") && word(s, j + 1, "hoac") && word(s, j + 2, "sau")) {
			j += 3; /* "trước hoặc sau ngày 31/12": about that day */
		} else if (word(s, j, "truoc")) {
			mods->before = true;
			j++;
		} else if (word(s, j, "tu") && !word(s, j + 1, "khi")) {
			mods->open_from = true;
			j++;
		} else if (word(s, j, "sau") && !word(s, j + 1, "thang") &&
			   !word(s, j + 1, "khi")) {
			/* "sau năm 2028": from 2029 on */
			mods->after = mods->open_from = true;
			j++;
		} else if (word(s, j, "khong") && word(s, j + 2, "hon") &&
			   (word(s, j + 1, "som") || word(s, j + 1, "muon") ||
			    word(s, j + 1, "cham"))) {
			/* "không sớm hơn" (not before), "không muộn hơn" (at the latest) */
			mods->open_from = mods->open_from || word(s, j + 1, "som");
			j += 3;
		} else if (word(s, j, "den") || word(s, j, "toi")) {
			mods->until = true;
			j++;
		} else if ((word(s, j, "cham") || word(s, j, "muon")) && word(s, j + 1, "nhat")) {
			j += 2;
		} else if ((word(s, j, "dau") || word(s, j, "giua")) &&
			   (any_word(s, j + 1, dl_time_words) || word(s, j + 1, "nam"))) {
			/* "đầu năm 2026", "giữa tháng 6"; not "lần đầu trong năm 2026" */
			mods->vague = true;
			j++;
		} else if (word(s, j, "het") || word(s, j, "cuoi")) {
			j++;
		} else if (word(s, j, "trong") || word(s, j, "vao") || word(s, j, "la")) {
			j++;
		} else if (word(s, j, "thoi") && word(s, j + 1, "diem")) {
			j += 2;
		} else {
			break;
		}
	}
	return j;
}

/*
 * Modifiers, then points: "trước ngày 15/3", "từ tháng 3 đến tháng 6",
 * "đến hết năm 2025", "chậm nhất Quý II", "trước 9h30 ngày 12/3/2025",
 * "đầu năm 2026", "từ nay đến năm 2030", "từ năm 2025 trở đi".
 */
size_t dl_at(const struct scan *s, size_t i)
{
	struct dl_expr mods = { .t0 = i };
	const size_t j = read_mods(s, i, &mods);
	size_t end;

	if (j == i && !num(s, j, 4) && !any_word(s, j, dl_time_words) && !word(s, j, "ca") &&
	    !word(s, j, "nua") && !word(s, j, "sau"))
		return 0;
	if (mods.open_from &&
	    (word(s, j, "nay") || (word(s, j, "ngay") && names_signing(s, j + 1)))) {
		/* "từ nay", "từ ngày ký", "từ ngày ban hành": from the plan's issue */
		mods.t0 = i;
		end = word(s, j, "nay") ? j + 1 : names_signing(s, j + 1);
		end = now_point(s, i, end, &mods);
	} else if (!(end = dl_points(s, j, &mods))) {
		return 0;
	}
	if (word(s, end, "tro") && word(s, end + 1, "di")) {
		s->out->v[s->out->n - 1].open_from = true;
		s->out->v[s->out->n - 1].t1 = end + 2;
		end += 2;
	}
	return end;
}
