/*
 * main.c - plan-xlsx, the helper plan runs for --format xlsx: it alone
 * links libxlsxwriter (and so libcrypto), which plan does not load.
 *
 *   plan-xlsx [-o FILE [--force]]
 *
 * reads the sheet stream of plan/sheet.h on standard input and writes the
 * workbook to standard output, or to FILE, created whole or not at all,
 * never over a file that exists but with --force (as plan import -o).
 * $SOURCE_DATE_EPOCH dates the workbook.  Exit status: 0, or 2 after a
 * message on standard error.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "plan/date.h"
#include "plan/diag.h"
#include "plan/file.h"
#include "plan/sheet.h"
#include "workbook.h"

enum { EXIT_USAGE = 2 };

static int error(const char *what, const char *detail)
{
	fprintf(stderr, "plan: error: %s%s%s\n", what, detail ? ": " : "", detail ? detail : "");
	return EXIT_USAGE;
}

static int print_diags(const struct plan_diags *diags)
{
	struct plan_buf line = PLAN_BUF_INIT;

	for (size_t i = 0; i < diags->n; i++) {
		plan_buf_reset(&line);
		plan_diag_format(&diags->v[i], false, &line);
		fprintf(stderr, "%s\n", line.s);
	}
	plan_buf_release(&line);
	return EXIT_USAGE;
}

static int read_all(FILE *in, struct plan_buf *out)
{
	char chunk[65536];
	size_t n;

	while ((n = fread(chunk, 1, sizeof(chunk), in)) > 0)
		plan_buf_add(out, chunk, n);
	return ferror(in) ? -1 : 0;
}

/* The workbook's date: $SOURCE_DATE_EPOCH when it is a number of seconds, else now (0). */
static int64_t created(void)
{
	int64_t v;

	return plan_epoch_parse(getenv("SOURCE_DATE_EPOCH"), &v) == 0 ? v : 0;
}

/* Writes b as a workbook into xlsx, through a temporary file (libxlsxwriter writes files). */
static int render(const struct plan_book *b, struct plan_buf *xlsx)
{
	const char *dir = getenv("TMPDIR");
	struct plan_buf path = PLAN_BUF_INIT, err = PLAN_BUF_INIT;
	struct plan_diags diags = PLAN_DIAGS_INIT;
	int fd, status = 0;

	plan_buf_addf(&path, "%s/plan-xlsx-XXXXXX", dir && *dir ? dir : "/tmp");
	if ((fd = mkstemp(path.s)) < 0) {
		status = error("cannot make a temporary file", strerror(errno));
		goto out;
	}
	close(fd);
	if (xlsx_write(b, path.s, created(), &err) != 0)
		status = error("cannot write the spreadsheet", err.s);
	else if (plan_file_read(path.s, xlsx, &diags) != 0)
		status = print_diags(&diags);
	unlink(path.s);
out:
	plan_buf_release(&path);
	plan_buf_release(&err);
	plan_diags_release(&diags);
	return status;
}

int main(int argc, char **argv)
{
	struct plan_buf in = PLAN_BUF_INIT, xlsx = PLAN_BUF_INIT, err = PLAN_BUF_INIT;
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct plan_book *b = plan_book_new();
	const char *output = NULL;
	bool force = false;
	int status = 0;

	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "-o") == 0 && i + 1 < argc)
			output = argv[++i];
		else if (strcmp(argv[i], "--force") == 0)
			force = true;
		else {
			status = error("usage: plan-xlsx [-o FILE [--force]] < SHEETS", NULL);
			goto out;
		}
	}
	if (read_all(stdin, &in) != 0) {
		status = error("cannot read the sheets", strerror(errno));
		goto out;
	}
	if (plan_book_read(b, in.s, in.len, &err) != 0) {
		status = error("cannot read the sheets plan sent", err.s);
		goto out;
	}
	if ((status = render(b, &xlsx)) != 0)
		goto out;
	if (output) {
		if (plan_file_create(output, xlsx.s, xlsx.len, force, &diags) != 0)
			status = print_diags(&diags);
	} else if (fwrite(xlsx.s, 1, xlsx.len, stdout) != xlsx.len || fflush(stdout) != 0) {
		status = error("cannot write output", strerror(errno));
	}
out:
	plan_book_free(b);
	plan_buf_release(&in);
	plan_buf_release(&xlsx);
	plan_buf_release(&err);
	plan_diags_release(&diags);
	return status;
}
