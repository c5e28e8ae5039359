/* blank.c - plan new's plan: one task, every value TODO, commented. */
#include "import_int.h"

#include "plan/check.h"
#include "plan/date.h"

void plan_import_blank(const char *id, const char *issuer, plan_date today, struct plan_buf *out)
{
	char date[PLAN_DATE_LEN + 1];

	plan_date_format(today, date);
	plan_buf_addstr(out,
			"# A plan, in the format of plan(5): the document's own words, verbatim.\n"
			"# Replace each TODO (plan check warns about them), then add tasks.\n");
	imp_key(out, 0, "plan", id ? id : "ke-hoach-moi");
	plan_buf_addstr(out, "# The document's number, as printed: 365/QĐ-BTP.\n");
	imp_key(out, 0, "number", PLAN_PLACEHOLDER);
	plan_buf_addstr(out, "# Its title, as printed.\n");
	imp_key(out, 0, "title", PLAN_PLACEHOLDER);
	plan_buf_addstr(out, "# The body that issued it, as the unit registry names it.\n");
	imp_key(out, 0, "issuer", issuer ? issuer : PLAN_PLACEHOLDER);
	plan_buf_addf(out, "# The day it was signed.\nissued: %s\n", date);
	plan_buf_addstr(out, "tasks:\n"
			     "  # One item per row of the document's table; ids as printed.\n"
			     "  - id: \"1\"\n");
	imp_key(out, 4, "task", PLAN_PLACEHOLDER);
	plan_buf_addstr(out, "    # Đơn vị chủ trì, one item per unit.\n"
			     "    lead:\n      - TODO\n"
			     "    # Thời gian hoàn thành, exactly as printed: Quý II/2025.\n");
	imp_key(out, 4, "deadline", PLAN_PLACEHOLDER);
}
