/* import_yaml.c - keys of the YAML that plan import and plan new write. */
#include "import_int.h"

#include <string.h>

#include "plan/fmt.h"

void imp_key(struct plan_buf *out, int indent, const char *k, const char *value)
{
	if (!value || !*value)
		return;
	plan_buf_addf(out, "%*s%s: ", indent, "", k);
	plan_fmt_scalar(out, value, strlen(value), 0);
	plan_buf_addch(out, '\n');
}
