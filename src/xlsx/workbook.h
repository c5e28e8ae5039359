/*
 * workbook.h - a book of sheets (plan/sheet.h) written as an .xlsx file
 * with libxlsxwriter, for plan-xlsx alone: no libxlsxwriter type here.
 */
#ifndef PLAN_XLSX_WORKBOOK_H
#define PLAN_XLSX_WORKBOOK_H

#include <stdint.h>

#include "plan/buf.h"
#include "plan/sheet.h"

/*
 * Writes b to a new file at path as a workbook: a worksheet per sheet, its
 * header row bold, frozen and under an autofilter; columns as wide as
 * their widest line (capped), text wrapped, dates real dates shown
 * dd/mm/yyyy.  created (seconds since 1970, UTC; 0 for now) dates the
 * file, so that the same book at the same time is the same bytes.
 * Returns 0, or -1 with a message in err.
 */
int xlsx_write(const struct plan_book *b, const char *path, int64_t created, struct plan_buf *err);

#endif
