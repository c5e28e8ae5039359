/*
 * fuzz_sheet.c - the sheet stream plan-xlsx reads (sheet.h): any bytes
 * are read as a book or refused with a message, never a crash; a book read
 * and written again is a stream that reads back to the same bytes (names
 * already made valid and unique stay as they are).
 *
 * Input: the stream.
 */
#include "fuzz.h"

#include "plan/sheet.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct plan_book *b = plan_book_new(), *again = plan_book_new();
	struct plan_buf err = PLAN_BUF_INIT, once = PLAN_BUF_INIT, twice = PLAN_BUF_INIT;

	if (plan_book_read(b, (const char *)data, size, &err) != 0) {
		FUZZ_ASSERT(err.len > 0);
	} else {
		plan_book_write(b, &once);
		FUZZ_ASSERT(plan_book_read(again, once.s, once.len, &err) == 0);
		plan_book_write(again, &twice);
		FUZZ_ASSERT(once.len == twice.len && memcmp(once.s, twice.s, once.len) == 0);
	}
	plan_book_free(b);
	plan_book_free(again);
	plan_buf_release(&err);
	plan_buf_release(&once);
	plan_buf_release(&twice);
	return 0;
}
