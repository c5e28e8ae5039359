/* version.c - version strings of plan and its libraries. */
#include "plan/version.h"

#include <pcre2.h>
#include <utf8proc.h>
#include <yaml.h>

const char *plan_version(void)
{
	return PLAN_VERSION;
}

void plan_library_versions(struct plan_buf *out)
{
	char pcre[64] = "";

	pcre2_config(PCRE2_CONFIG_VERSION, pcre);
	plan_buf_addf(out, "libyaml %s, PCRE2 %s, utf8proc %s (Unicode %s)",
		      yaml_get_version_string(), pcre, utf8proc_version(),
		      utf8proc_unicode_version());
}
