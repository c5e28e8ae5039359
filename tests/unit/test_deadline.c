/*
 * test_deadline.c - reading deadline phrases (src/core/deadline.c): every
 * deadline cell of the four shipped plans, read in its own plan (year and
 * issue date), and the variants clerks type.
 *
 * An expected reading is written "KIND due=D1[label],D2 from=F until=U
 * every=E", with "-" for what the phrase does not give.
 */
#include <stdlib.h>

#include "testutil.h"

#include "plan/deadline.h"

enum plan_ctx_id { BTP522, BTP365, TTG05, BNV132, P25, NOISSUE };

static struct plan_deadline_ctx ctx_of(enum plan_ctx_id id)
{
	switch (id) {
	case BTP522:
		return (struct plan_deadline_ctx){ 2023, plan_date_make(2023, 4, 7) };
	case P25: /* a plan for 2025 issued on 10 March */
		return (struct plan_deadline_ctx){ 2025, plan_date_make(2025, 3, 10) };
	case NOISSUE:
		return (struct plan_deadline_ctx){ 2025, PLAN_DATE_NONE };
	case BTP365:
		return (struct plan_deadline_ctx){ 2024, plan_date_make(2024, 3, 15) };
	case TTG05:
		return (struct plan_deadline_ctx){ 2023, plan_date_make(2023, 2, 23) };
	default:
		return (struct plan_deadline_ctx){ 2022, plan_date_make(2022, 3, 2) };
	}
}

struct reading {
	const char *phrase;
	enum plan_ctx_id plan;
	const char *want;
};

static const struct reading shipped[] = {
	/* btp-522-2023 */
	{ "Tháng 3/2023", BTP522, "date due=2023-03-31 from=- until=- every=-" },
	{ "Tháng 6/2023", BTP522, "date due=2023-06-30 from=- until=- every=-" },
	{ "Tháng 9/2023", BTP522, "date due=2023-09-30 from=- until=- every=-" },
	{ "Thường xuyên", BTP522, "ongoing due= from=- until=- every=-" },
	{ "Quy III-IV/2023", BTP522, "date due=2023-12-31 from=2023-07-01 until=- every=-" },
	{ "Theo tiến độ của Nghị quyết số 50/NQ-CP ngày 08/4/2022 và Nghị định số "
	  "107/2021/NĐ- CP ngày 06/12/2021",
	  BTP522, "event due= from=- until=- every=-" },
	{ "Theo tiến độ, yêu cầu tại Quyết định số 766/QĐ-TTg", BTP522,
	  "event due= from=- until=- every=-" },
	/* btp-365-2024 */
	{ "Tháng 3", BTP365, "date due=2024-03-31 from=- until=- every=-" },
	{ "Tháng 1", BTP365, "date due=2024-01-31 from=- until=- every=-" },
	{ "Tháng 6", BTP365, "date due=2024-06-30 from=- until=- every=-" },
	{ "Tháng 12", BTP365, "date due=2024-12-31 from=- until=- every=-" },
	{ "Tháng 01/2024", BTP365, "date due=2024-01-31 from=- until=- every=-" },
	{ "Tháng 6 và Tháng 12", BTP365, "date due=2024-06-30,2024-12-31 from=- until=- every=-" },
	{ "Trước ngày 10/01/2024", BTP365, "date due=2024-01-09 from=- until=- every=-" },
	{ "Cả năm", BTP365, "date due=2024-12-31 from=- until=- every=-" },
	{ "Năm 2024", BTP365, "date due=2024-12-31 from=- until=- every=-" },
	{ "Quý II/2024", BTP365, "date due=2024-06-30 from=- until=- every=-" },
	{ "- Đối với Thông tư: Tháng 02; - Đối với Nghị định: Tháng 04", BTP365,
	  "date due=2024-02-29[Thông tư],2024-04-30[Nghị định] from=- until=- every=-" },
	{ "Đề ra lộ trình hoàn thành đến năm 2025", BTP365,
	  "date due=2025-12-31 from=- until=- every=-" },
	{ "Hàng tháng", BTP365,
	  "recurring due=2024-03-31,2024-04-30,2024-05-31,2024-06-30,2024-07-31,2024-08-31,"
	  "2024-09-30,2024-10-31,2024-11-30,2024-12-31 from=- until=- every=month" },
	{ "Hàng Quý", BTP365,
	  "recurring due=2024-03-31,2024-06-30,2024-09-30,2024-12-31 from=- until=- "
	  "every=quarter" },
	{ "Thường xuyên trong 2024, 2025", BTP365,
	  "ongoing due= from=2024-01-01 until=2025-12-31 every=-" },
	{ "Thực hiện thường xuyên", BTP365, "ongoing due= from=- until=- every=-" },
	{ "Khi có thay đổi về nhân sự", BTP365, "event due= from=- until=- every=-" },
	{ "Theo đề nghị phối hợp của Bộ Công an", BTP365, "event due= from=- until=- every=-" },
	{ "Theo đề nghị phối hợp của Văn phòng Chính phủ", BTP365,
	  "event due= from=- until=- every=-" },
	{ "Theo đề nghị phối hợp của các cơ quan, đơn vị,...", BTP365,
	  "event due= from=- until=- every=-" },
	{ "Theo đề nghị phối hợp của đơn vị chủ trì", BTP365, "event due= from=- until=- every=-" },
	{ "Theo yêu cầu của các cơ quan có liên quan", BTP365,
	  "event due= from=- until=- every=-" },
	{ "Theo chỉ đạo của Thủ tướng Chính phủ", BTP365, "event due= from=- until=- every=-" },
	{ "Theo lịch họp giao ban của Bộ", BTP365, "event due= from=- until=- every=-" },
	{ "Theo lộ trình Bộ Công an đề xuất", BTP365, "event due= from=- until=- every=-" },
	{ "Theo Kế hoạch năm 2024 của Tổ Công tác của Thủ tướng Chính phủ về rà soát VBQPPL và "
	  "yêu cầu của các cơ quan có liên quan",
	  BTP365, "event due= from=- until=- every=-" },
	{ "Theo Kế hoạch đào tạo, bồi dưỡng công chức, viên chức Bộ Tư pháp năm 2024", BTP365,
	  "event due= from=- until=- every=-" },
	{ "Theo tiến độ triển khai Kế hoạch đầu tư công trung hạn giai đoạn 2021-2025", BTP365,
	  "event due= from=- until=- every=-" },
	/* ttg-05-2023 */
	{ "Tháng 02/2023", TTG05, "date due=2023-02-28 from=- until=- every=-" },
	{ "Tháng 3/2023", TTG05, "date due=2023-03-31 from=- until=- every=-" },
	{ "Tháng 4/2023", TTG05, "date due=2023-04-30 from=- until=- every=-" },
	{ "Tháng 6/2023", TTG05, "date due=2023-06-30 from=- until=- every=-" },
	{ "Tháng 7/2023", TTG05, "date due=2023-07-31 from=- until=- every=-" },
	{ "Tháng 9/2023", TTG05, "date due=2023-09-30 from=- until=- every=-" },
	{ "Tháng 12/2023", TTG05, "date due=2023-12-31 from=- until=- every=-" },
	{ "Thường xuyên", TTG05, "ongoing due= from=- until=- every=-" },
	{ "Thực hiện thường xuyên", TTG05, "ongoing due= from=- until=- every=-" },
	{ "Từ tháng 02/2023", TTG05, "ongoing due= from=2023-02-01 until=- every=-" },
	{ "Từ tháng 5/2023", TTG05, "ongoing due= from=2023-05-01 until=- every=-" },
	{ "Theo tiến độ của Nghị quyết số 50/NQ-CP ngày 08/4/2022 và Nghị định số "
	  "107/2021/NĐ-CP ngày 06/12/2021",
	  TTG05, "event due= from=- until=- every=-" },
	{ "Theo tiến độ, yêu cầu tại Quyết định số 766/QĐ-TTg", TTG05,
	  "event due= from=- until=- every=-" },
	/* bnv-132-2022 */
	{ "Tháng 03/2022", BNV132, "date due=2022-03-31 from=- until=- every=-" },
	{ "Tháng 03- 10/2022", BNV132, "date due=2022-10-31 from=2022-03-01 until=- every=-" },
	{ "Tháng 04- 06/2022", BNV132, "date due=2022-06-30 from=2022-04-01 until=- every=-" },
	{ "Tháng 06/2022", BNV132, "date due=2022-06-30 from=- until=- every=-" },
	{ "Tháng 8/2022", BNV132, "date due=2022-08-31 from=- until=- every=-" },
	{ "Tháng 10/2022", BNV132, "date due=2022-10-31 from=- until=- every=-" },
	{ "Tháng 11/2022", BNV132, "date due=2022-11-30 from=- until=- every=-" },
	{ "Thường xuyên", BNV132, "ongoing due= from=- until=- every=-" },
	/* The words give no date: the plan gives an explicit due (none). */
	{ "Đã hoàn thành", BNV132, "unknown due= from=- until=- every=-" },
};

static const struct reading variants[] = {
	/* Case, diacritics, spacing, leading zeros, "năm". */
	{ "THÁNG 03/2023", BTP365, "date due=2023-03-31 from=- until=- every=-" },
	{ "Thang 3/2023", BTP365, "date due=2023-03-31 from=- until=- every=-" },
	{ "tháng 3 / 2023", BTP365, "date due=2023-03-31 from=- until=- every=-" },
	{ "Tháng 3 năm 2023", BTP365, "date due=2023-03-31 from=- until=- every=-" },
	{ "Tháng 3, năm 2023", BTP365, "date due=2023-03-31 from=- until=- every=-" },
	{ "Tha\xcc\x81ng 3/2023", BTP365, "date due=2023-03-31 from=- until=- every=-" }, /* NFD */
	{ "Tháng 02", BTP365, "date due=2024-02-29 from=- until=- every=-" },
	{ "Tháng 2", BTP522, "date due=2023-02-28 from=- until=- every=-" },
	/* Quarters, Roman or Arabic, and spans. */
	{ "Quý 2/2024", BTP365, "date due=2024-06-30 from=- until=- every=-" },
	{ "QUÝ  IV / 2024", BTP365, "date due=2024-12-31 from=- until=- every=-" },
	{ "Quý II", BTP365, "date due=2024-06-30 from=- until=- every=-" },
	{ "Quý III-IV/2023", BTP365, "date due=2023-12-31 from=2023-07-01 until=- every=-" },
	{ "Quý 3 - 4 / 2023", BTP365, "date due=2023-12-31 from=2023-07-01 until=- every=-" },
	{ "quý iii-iv năm 2023", BTP365, "date due=2023-12-31 from=2023-07-01 until=- every=-" },
	/* Spans of months, across a year's end. */
	{ "Tháng 11 - 02/2025", BTP365, "date due=2025-02-28 from=2024-11-01 until=- every=-" },
	{ "Từ tháng 3 đến tháng 6/2024", BTP365,
	  "date due=2024-06-30 from=2024-03-01 until=- every=-" },
	/* Lead-in words. */
	{ "Trong tháng 5", BTP365, "date due=2024-05-31 from=- until=- every=-" },
	{ "Hoàn thành trong tháng 5/2024", BTP365, "date due=2024-05-31 from=- until=- every=-" },
	{ "chậm nhất trong tháng 6", BTP365, "date due=2024-06-30 from=- until=- every=-" },
	{ "Chậm nhất tháng 6/2024", BTP365, "date due=2024-06-30 from=- until=- every=-" },
	/* Days, and the day before. */
	{ "15/02/2024", BTP365, "date due=2024-02-15 from=- until=- every=-" },
	{ "Ngày 15/02/2024", BTP365, "date due=2024-02-15 from=- until=- every=-" },
	{ "trước ngày 15/3", BTP365, "date due=2024-03-14 from=- until=- every=-" },
	{ "Trước ngày 1/1/2025", BTP365, "date due=2024-12-31 from=- until=- every=-" },
	{ "Trước tháng 6/2024", BTP365, "date due=2024-05-31 from=- until=- every=-" },
	{ "Trước quý III/2024", BTP365, "date due=2024-06-30 from=- until=- every=-" },
	{ "Trước năm 2025", BTP365, "date due=2024-12-31 from=- until=- every=-" },
	/* Halves and whole years. */
	{ "6 tháng đầu năm 2024", BTP365, "date due=2024-06-30 from=2024-01-01 until=- every=-" },
	{ "6 tháng cuối năm 2024", BTP365, "date due=2024-12-31 from=2024-07-01 until=- every=-" },
	{ "6 tháng đầu năm", BTP365, "date due=2024-06-30 from=2024-01-01 until=- every=-" },
	{ "nửa cuối năm 2024", BTP365, "date due=2024-12-31 from=2024-07-01 until=- every=-" },
	{ "Trong năm 2025", BTP365, "date due=2025-12-31 from=- until=- every=-" },
	{ "Đến hết năm 2025", BTP365, "date due=2025-12-31 from=- until=- every=-" },
	/* Several milestones: the year of a later one, labels. */
	{ "Tháng 6 và tháng 12/2025", BTP365,
	  "date due=2025-06-30,2025-12-31 from=- until=- every=-" },
	{ "Tháng 6/2024, tháng 9/2024", BTP365,
	  "date due=2024-06-30,2024-09-30 from=- until=- every=-" },
	{ "Thông tư: Tháng 02; Nghị định: Tháng 04", BTP365,
	  "date due=2024-02-29[Thông tư],2024-04-30[Nghị định] from=- until=- every=-" },
	/* Recurring. */
	{ "Hằng quý", BTP365,
	  "recurring due=2024-03-31,2024-06-30,2024-09-30,2024-12-31 from=- until=- "
	  "every=quarter" },
	{ "HẰNG THÁNG", BTP522,
	  "recurring due=2023-04-30,2023-05-31,2023-06-30,2023-07-31,2023-08-31,2023-09-30,"
	  "2023-10-31,2023-11-30,2023-12-31 from=- until=- every=month" },
	{ "Định kỳ hàng năm", BTP365, "recurring due=2024-12-31 from=- until=- every=year" },
	{ "Định kỳ hằng năm đến hết năm 2026", BTP365,
	  "recurring due=2024-12-31,2025-12-31,2026-12-31 from=- until=2026-12-31 every=year" },
	{ "Hàng quý trong năm 2025", BTP365,
	  "recurring due=2025-03-31,2025-06-30,2025-09-30,2025-12-31 from=2025-01-01 "
	  "until=2025-12-31 every=quarter" },
	/* Ongoing. */
	{ "Thường xuyên.", BTP365, "ongoing due= from=- until=- every=-" },
	{ "- Thường xuyên", BTP365, "ongoing due= from=- until=- every=-" },
	{ "Liên tục", BTP365, "ongoing due= from=- until=- every=-" },
	{ "Thường xuyên trong năm 2024", BTP365,
	  "ongoing due= from=2024-01-01 until=2024-12-31 every=-" },
	{ "Thực hiện thường xuyên từ năm 2023 đến 2025", BTP365,
	  "ongoing due= from=2023-01-01 until=2025-12-31 every=-" },
	{ "Từ ngày 15/02/2024", BTP365, "ongoing due= from=2024-02-15 until=- every=-" },
	{ "Từ năm 2024", BTP365, "ongoing due= from=2024-01-01 until=- every=-" },
	{ "Từ tháng 3", BTP365, "ongoing due= from=2024-03-01 until=- every=-" },
	{ "Thường xuyên từ 2024", BTP365, "ongoing due= from=2024-01-01 until=- every=-" },
	{ "Thường xuyên trong các năm 2024 - 2025", BTP365,
	  "ongoing due= from=2024-01-01 until=2025-12-31 every=-" },
	/* Events. */
	{ "Theo yêu cầu", BTP365, "event due= from=- until=- every=-" },
	{ "theo de nghi", BTP365, "event due= from=- until=- every=-" },
	{ "Khi có yêu cầu", BTP365, "event due= from=- until=- every=-" },
	{ "Tùy theo tình hình", BTP365, "event due= from=- until=- every=-" },
	/* What is not a deadline plan can read. */
	/* Full-width digits and Roman numerals are the digits they look like. */
	{ "Tháng ３/2024", BTP365, "date due=2024-03-31 from=- until=- every=-" },
	{ "Quý Ⅱ/２０２４", BTP365, "date due=2024-06-30 from=- until=- every=-" },
	{ "Tháng 13/2024", BTP365, "unknown due= from=- until=- every=-" },
	{ "31/02/2024", BTP365, "unknown due= from=- until=- every=-" },
	{ "Quý V/2024", BTP365, "unknown due= from=- until=- every=-" },
	{ "Quý IV-II/2024", BTP365, "unknown due= from=- until=- every=-" },
	{ "Sớm nhất có thể", BTP365, "unknown due= from=- until=- every=-" },
	{ "Tháng 3 và ngày mai", BTP365, "unknown due= from=- until=- every=-" },
	{ "", BTP365, "unknown due= from=- until=- every=-" },
};

/* Every form issue 10 lists, in a plan for 2025 issued on 10 March 2025. */
static const struct reading forms[] = {
	/* Days, however written; a time of day or a weekday does not move them. */
	{ "15/6/2025", P25, "date due=2025-06-15 from=- until=- every=-" },
	{ "15-6-2025", P25, "date due=2025-06-15 from=- until=- every=-" },
	{ "15.6.2025", P25, "date due=2025-06-15 from=- until=- every=-" },
	{ "ngày 15 tháng 6 năm 2025", P25, "date due=2025-06-15 from=- until=- every=-" },
	{ "ngày 15/6", P25, "date due=2025-06-15 from=- until=- every=-" },
	{ "15 / 6 / 2025", P25, "date due=2025-06-15 from=- until=- every=-" },
	{ "15/ 6 /2025", P25, "date due=2025-06-15 from=- until=- every=-" },
	{ "ngày15/6/2025", P25, "date due=2025-06-15 from=- until=- every=-" },
	{ "Ngày 15 tháng 6", P25, "date due=2025-06-15 from=- until=- every=-" },
	{ "trước 9h30 ngày 12/3/2025", P25, "date due=2025-03-12 from=- until=- every=-" },
	{ "Trước ngày 12/3/2025", P25, "date due=2025-03-11 from=- until=- every=-" },
	{ "Ngày 14/10/2025 (thứ Ba)", P25, "date due=2025-10-14 from=- until=- every=-" },
	{ "14 giờ 00, thứ Sáu ngày 20/6/2025", P25, "date due=2025-06-20 from=- until=- every=-" },
	{ "Chậm nhất 17h00 ngày 30/9/2025", P25, "date due=2025-09-30 from=- until=- every=-" },
	/* Months. */
	{ "Tháng 6/2025", P25, "date due=2025-06-30 from=- until=- every=-" },
	{ "tháng 6 năm 2025", P25, "date due=2025-06-30 from=- until=- every=-" },
	{ "6/2025", P25, "date due=2025-06-30 from=- until=- every=-" },
	{ "06/2025", P25, "date due=2025-06-30 from=- until=- every=-" },
	{ "Tháng 6-2025", P25, "date due=2025-06-30 from=- until=- every=-" },
	{ "T6/2025", P25, "date due=2025-06-30 from=- until=- every=-" },
	{ "Tháng 6, 9 và 12/2025", P25,
	  "date due=2025-06-30,2025-09-30,2025-12-31 from=- until=- every=-" },
	/* Quarters. */
	{ "Quý II/2025", P25, "date due=2025-06-30 from=- until=- every=-" },
	{ "quý 2 năm 2025", P25, "date due=2025-06-30 from=- until=- every=-" },
	/* Periods that follow each other make one window; others are due each. */
	{ "Quý I, II/2025", P25, "date due=2025-06-30 from=2025-01-01 until=- every=-" },
	{ "Quý I, III/2025", P25, "date due=2025-03-31,2025-09-30 from=- until=- every=-" },
	{ "Quý II, III/2015.", P25, "date due=2015-09-30 from=2015-04-01 until=- every=-" },
	{ "Q3/2025", P25, "date due=2025-09-30 from=- until=- every=-" },
	{ "Quý III và Quý IV/2025", P25, "date due=2025-12-31 from=2025-07-01 until=- every=-" },
	{ "Từ Quý II đến Quý IV năm 2025", P25,
	  "date due=2025-12-31 from=2025-04-01 until=- every=-" },
	/* Halves. */
	{ "6 tháng đầu năm 2025", P25, "date due=2025-06-30 from=2025-01-01 until=- every=-" },
	{ "6 tháng cuối năm", P25, "date due=2025-12-31 from=2025-07-01 until=- every=-" },
	{ "Sáu tháng đầu năm", P25, "date due=2025-06-30 from=2025-01-01 until=- every=-" },
	{ "nửa đầu năm", P25, "date due=2025-06-30 from=2025-01-01 until=- every=-" },
	{ "9 tháng đầu năm 2025", P25, "date due=2025-09-30 from=2025-01-01 until=- every=-" },
	/* Years. */
	{ "Năm 2025", P25, "date due=2025-12-31 from=- until=- every=-" },
	{ "2025", P25, "date due=2025-12-31 from=- until=- every=-" },
	{ "trong năm 2025", P25, "date due=2025-12-31 from=- until=- every=-" },
	{ "đến năm 2030", P25, "date due=2030-12-31 from=- until=- every=-" },
	{ "Cuối năm 2025", P25, "date due=2025-12-31 from=- until=- every=-" },
	/* Spans and lists. */
	{ "2027 - 2028", P25, "date due=2028-12-31 from=2027-01-01 until=- every=-" },
	{ "2021-2030", P25, "date due=2030-12-31 from=2021-01-01 until=- every=-" },
	{ "Năm 2026-2027", P25, "date due=2027-12-31 from=2026-01-01 until=- every=-" },
	{ "Giai đoạn 2021 - 2025", P25, "date due=2025-12-31 from=2021-01-01 until=- every=-" },
	{ "Từ tháng 3 đến tháng 6/2025", P25,
	  "date due=2025-06-30 from=2025-03-01 until=- every=-" },
	{ "Từ 15/3 đến 30/6/2025", P25, "date due=2025-06-30 from=2025-03-15 until=- every=-" },
	{ "trước ngày 20 tháng 5 và trước ngày 15 tháng 11", P25,
	  "date due=2025-05-19,2025-11-14 from=- until=- every=-" },
	{ "Năm 2025, 2026", P25, "date due=2026-12-31 from=2025-01-01 until=- every=-" },
	{ "Năm 2025, 2027", P25, "date due=2025-12-31,2027-12-31 from=- until=- every=-" },
	{ "Tháng 6/2025, tháng 7/2025", P25, "date due=2025-07-31 from=2025-06-01 until=- every=-" },
	{ "Tháng 12 và tháng 3/2026", P25, "date due=2025-12-31,2026-03-31 from=- until=- every=-" },
	{ "Quý I/2026 và Quý III", P25, "date due=2026-03-31,2026-09-30 from=- until=- every=-" },
	/* Recurrences. */
	{ "Hằng tháng", P25,
	  "recurring due=2025-03-31,2025-04-30,2025-05-31,2025-06-30,2025-07-31,2025-08-31,"
	  "2025-09-30,2025-10-31,2025-11-30,2025-12-31 from=- until=- every=month" },
	{ "Hàng quý", P25,
	  "recurring due=2025-03-31,2025-06-30,2025-09-30,2025-12-31 from=- until=- "
	  "every=quarter" },
	{ "Định kỳ hằng quý", P25,
	  "recurring due=2025-03-31,2025-06-30,2025-09-30,2025-12-31 from=- until=- "
	  "every=quarter" },
	{ "Mỗi quý", P25,
	  "recurring due=2025-03-31,2025-06-30,2025-09-30,2025-12-31 from=- until=- "
	  "every=quarter" },
	{ "3 tháng một lần", P25,
	  "recurring due=2025-03-31,2025-06-30,2025-09-30,2025-12-31 from=- until=- "
	  "every=quarter" },
	{ "Hằng năm", P25, "recurring due=2025-12-31 from=- until=- every=year" },
	{ "định kỳ 6 tháng", P25, "recurring due=2025-06-30,2025-12-31 from=- until=- every=half" },
	{ "6 tháng một lần", P25, "recurring due=2025-06-30,2025-12-31 from=- until=- every=half" },
	{ "06 tháng/lần", P25, "recurring due=2025-06-30,2025-12-31 from=- until=- every=half" },
	{ "Hàng tuần", P25, "recurring due=2025-03-16,…,2025-12-28(42) from=- until=- every=week" },
	{ "Tháng 6 và tháng 12 hằng năm", P25,
	  "recurring due=2025-06-30,2025-12-31 from=- until=- every=year" },
	{ "Trước ngày 15 hằng tháng", P25,
	  "recurring due=2025-03-14,2025-04-14,2025-05-14,2025-06-14,2025-07-14,2025-08-14,2025-09-14,"
	  "2025-10-14,2025-11-14,2025-12-14 from=- until=- every=month" },
	{ "Hằng năm, trước ngày 15/12", P25, "recurring due=2025-12-14 from=- until=- every=year" },
	{ "Hằng năm, giai đoạn 2021-2025", P25,
	  "recurring due=2021-12-31,2022-12-31,2023-12-31,2024-12-31,2025-12-31 from=2021-01-01 "
	  "until=2025-12-31 every=year" },
	{ "Báo cáo định kỳ hằng quý; thường xuyên", P25,
	  "recurring due=2025-03-31,2025-06-30,2025-09-30,2025-12-31 from=- until=- "
	  "every=quarter +ongoing" },
	/* Ongoing work, and dates with work that goes on. */
	{ "Thường xuyên", P25, "ongoing due= from=- until=- every=-" },
	{ "Nhiệm vụ thường xuyên", P25, "ongoing due= from=- until=- every=-" },
	{ "Liên tục", P25, "ongoing due= from=- until=- every=-" },
	{ "Hằng năm và những năm tiếp theo", P25, "ongoing due= from=- until=- every=-" },
	{ "Từ năm 2025 trở đi", P25, "ongoing due= from=2025-01-01 until=- every=-" },
	{ "Từ nay đến năm 2030", P25, "date due=2030-12-31 from=2025-03-10 until=- every=-" },
	{ "Thường xuyên đến năm 2030", P25, "ongoing due= from=- until=2030-12-31 every=-" },
	{ "Quý III/2025 và thường xuyên", P25,
	  "date due=2025-09-30 from=- until=- every=- +ongoing" },
	{ "Năm 2026 và các năm tiếp theo", P25,
	  "date due=2026-12-31 from=- until=- every=- +ongoing" },
	{ "Hoàn thành trong năm 2025, sau đó thực hiện thường xuyên", P25,
	  "date due=2025-12-31 from=- until=- every=- +ongoing" },
	/* Counted from the plan's issue. */
	{ "Trong 30 ngày kể từ ngày ban hành", P25, "date due=2025-04-09 from=- until=- every=-" },
	{ "trong vòng 15 ngày", P25, "date due=2025-03-25 from=- until=- every=-" },
	{ "Sau 03 tháng kể từ ngày Quyết định này có hiệu lực", P25,
	  "date due=2025-06-10 from=- until=- every=-" },
	{ "Trong thời hạn 02 tuần kể từ ngày ký", P25,
	  "date due=2025-03-24 from=- until=- every=-" },
	{ "Trong 15 ngày kể từ ngày Nghị định có hiệu lực", P25,
	  "event due= from=- until=- every=-" },
	{ "Trong 10 ngày làm việc kể từ ngày ban hành", P25, "unknown due= from=- until=- every=-" },
	{ "Trong 30 ngày kể từ ngày ban hành", NOISSUE, "unknown due= from=- until=- every=-" },
	/* Events. */
	{ "Theo yêu cầu", P25, "event due= from=- until=- every=-" },
	{ "Khi có yêu cầu", P25, "event due= from=- until=- every=-" },
	{ "Sau khi Luật được Quốc hội thông qua", P25, "event due= from=- until=- every=-" },
	{ "Ngay sau khi Nghị định có hiệu lực", P25, "event due= from=- until=- every=-" },
	{ "Đột xuất", P25, "event due= from=- until=- every=-" },
	{ "Theo quý", P25,
	  "recurring due=2025-03-31,2025-06-30,2025-09-30,2025-12-31 from=- until=- "
	  "every=quarter" },
	/* Alternatives: late only after the last. */
	{ "3/2027 hoặc 6/2027", P25, "date due=2027-06-30 from=- until=- every=- alt=2027-03-31" },
	{ "Quý III hoặc Quý IV/2025", P25,
	  "date due=2025-12-31 from=- until=- every=- alt=2025-09-30" },
	{ "Tháng 6/2025 hoặc khi có yêu cầu", P25, "date due=2025-06-30 from=- until=- every=-" },
	/* Words around the time that carry none. */
	{ "Hoàn thành Quý IV/2025", P25, "date due=2025-12-31 from=- until=- every=-" },
	{ "Trình Chính phủ Quý IV/2025", P25, "date due=2025-12-31 from=- until=- every=-" },
	{ "Báo cáo sơ kết: tháng 6/2025", P25,
	  "date due=2025-06-30[Báo cáo sơ kết] from=- until=- every=-" },
	{ "Hội nghị tổng kết năm 2025", P25, "date due=2025-12-31 from=- until=- every=-" },
	{ "Phê duyệt trong Quý II/2025", P25, "date due=2025-06-30 from=- until=- every=-" },
	{ "đưa vào vận hành năm 2026", P25, "date due=2026-12-31 from=- until=- every=-" },
	{ "Trình Bộ tháng 6/2025; trình Chính phủ tháng 9/2025", P25,
	  "date due=2025-06-30[Trình Bộ],2025-09-30[trình Chính phủ] from=- until=- every=-" },
	{ "Trình Chính phủ ban hành Nghị định thay thế Nghị định số 15/2020/NĐ-CP ngày 03/02/2020 "
	  "trong Quý IV/2025",
	  P25, "date due=2025-12-31 from=- until=- every=-" },
	/* Dates that cannot be: unknown, never a guess. */
	{ "31/2/2025", P25, "unknown due= from=- until=- every=-" },
	{ "Tháng 13/2025", P25, "unknown due= from=- until=- every=-" },
	{ "Quý V/2025", P25, "unknown due= from=- until=- every=-" },
	{ "Năm 1850", P25, "unknown due= from=- until=- every=-" },
	{ "Tháng 6/2250", P25, "unknown due= from=- until=- every=-" },
	{ "15/6/25", P25, "unknown due= from=- until=- every=-" },
	{ "Đầu năm 2026", P25, "unknown due= from=- until=- every=-" },
	{ "Định kỳ", P25, "ongoing due= from=- until=- every=-" },
	{ "Hoàn thành kiểm kê lần đầu trong năm 2026. Định kỳ cập nhật kết quả", P25,
	  "date due=2026-12-31 from=- until=- every=- +ongoing" },
	{ "Kịp thời", P25, "unknown due= from=- until=- every=-" },
};

static void date_or_dash(struct plan_buf *out, plan_date d)
{
	char s[PLAN_DATE_LEN + 1];

	if (d == PLAN_DATE_NONE) {
		plan_buf_addch(out, '-');
		return;
	}
	plan_date_format(d, s);
	plan_buf_addstr(out, s);
}

static void describe(const struct plan_interp *in, struct plan_buf *out)
{
	const char *every = plan_every_name(in->every);

	plan_buf_addf(out, "%s due=", plan_kind_names[in->kind]);
	for (size_t i = 0; i < in->n_due; i++) {
		if (in->n_due > 12 && i > 0 && i + 1 < in->n_due) {
			if (i == 1)
				plan_buf_addstr(out, ",…");
			continue;
		}
		if (i)
			plan_buf_addch(out, ',');
		date_or_dash(out, in->due[i].date);
		if (in->due[i].label)
			plan_buf_addf(out, "[%s]", in->due[i].label);
	}
	if (in->n_due > 12)
		plan_buf_addf(out, "(%zu)", in->n_due);
	plan_buf_addstr(out, " from=");
	date_or_dash(out, in->from);
	plan_buf_addstr(out, " until=");
	date_or_dash(out, in->until);
	plan_buf_addf(out, " every=%s", every ? every : "-");
	if (in->continues)
		plan_buf_addstr(out, " +ongoing");
	for (size_t i = 0; i < in->n_alt; i++) {
		plan_buf_addstr(out, i ? "," : " alt=");
		date_or_dash(out, in->alt[i].date);
	}
}

static void check_readings(const struct reading *table, size_t n)
{
	struct plan_deadlines *engine = plan_deadlines_new();
	struct plan_buf got = PLAN_BUF_INIT;
	size_t failures = 0;

	for (size_t i = 0; i < n; i++) {
		const struct plan_deadline_ctx ctx = ctx_of(table[i].plan);
		struct plan_interp in;

		plan_deadline_interpret(engine, table[i].phrase, strlen(table[i].phrase), &ctx,
					&in);
		plan_buf_reset(&got);
		describe(&in, &got);
		if (strcmp(got.s, table[i].want) != 0) {
			print_message("'%s'\n  want %s\n  got  %s\n", table[i].phrase,
				      table[i].want, got.s);
			failures++;
		}
		plan_interp_release(&in);
	}
	plan_buf_release(&got);
	plan_deadlines_free(engine);
	assert_int_equal(failures, 0);
}

static void test_shipped_deadlines(void **state)
{
	(void)state;
	check_readings(shipped, sizeof(shipped) / sizeof(shipped[0]));
}

static void test_variants(void **state)
{
	(void)state;
	check_readings(variants, sizeof(variants) / sizeof(variants[0]));
}

static void test_forms(void **state)
{
	(void)state;
	check_readings(forms, sizeof(forms) / sizeof(forms[0]));
}

/*
 * The corpus (tests/corpus/deadlines.tsv): every cell of the deadline
 * columns of real plans of other bodies, and phrases from real documents,
 * each in its document's year and issue date.
 */
static void test_corpus(void **state)
{
	const char *path = PLAN_SOURCE_DIR "/tests/corpus/deadlines.tsv";
	struct plan_deadlines *engine = plan_deadlines_new();
	struct plan_buf got = PLAN_BUF_INIT;
	size_t n = 0, failures = 0;
	char line[4096];
	FILE *f = fopen(path, "r");

	(void)state;
	assert_non_null(f);
	while (fgets(line, sizeof(line), f)) {
		char *year = line, *issued, *phrase, *want, *nl;
		struct plan_deadline_ctx ctx = { 0, PLAN_DATE_NONE };
		struct plan_interp in;

		if (line[0] == '#' || line[0] == '\n')
			continue;
		if ((nl = strchr(line, '\n')))
			*nl = '\0';
		issued = strchr(year, '\t');
		phrase = issued ? strchr(issued + 1, '\t') : NULL;
		want = phrase ? strchr(phrase + 1, '\t') : NULL;
		assert_non_null(want);
		*issued++ = *phrase++ = *want++ = '\0';
		ctx.year = atoi(year);
		ctx.issued = plan_date_make(ctx.year, 1, 1); /* as plan deadline reads it */
		if (strcmp(issued, "-") != 0)
			assert_int_equal(plan_date_parse(issued, strlen(issued), &ctx.issued), 0);
		plan_deadline_interpret(engine, phrase, strlen(phrase), &ctx, &in);
		plan_buf_reset(&got);
		describe(&in, &got);
		if (strcmp(got.s, want) != 0) {
			print_message("'%s' (%s, %s)\n  want %s\n  got  %s\n", phrase, year, issued,
				      want, got.s);
			failures++;
		}
		plan_interp_release(&in);
		n++;
	}
	fclose(f);
	plan_buf_release(&got);
	plan_deadlines_free(engine);
	assert_true(n > 400);
	assert_int_equal(failures, 0);
}

/* The engine remembers each phrase it read in each context: the same reading, a copy of its own. */
static void test_remembered_readings(void **state)
{
	struct plan_deadlines *engine = plan_deadlines_new();
	const struct plan_deadline_ctx a = ctx_of(BTP365), b = ctx_of(P25);
	const char phrase[] = "Tháng 6 và tháng 12 hằng năm";
	struct plan_interp first, again, other;

	(void)state;
	plan_deadline_interpret(engine, phrase, strlen(phrase), &a, &first);
	plan_deadline_interpret(engine, phrase, strlen(phrase), &a, &again);
	plan_deadline_interpret(engine, phrase, strlen(phrase), &b, &other);
	assert_int_equal(first.kind, PLAN_KIND_RECURRING);
	assert_int_equal(again.kind, first.kind);
	assert_int_equal(again.n_due, first.n_due);
	assert_true(again.due != first.due); /* its own copy */
	for (size_t i = 0; i < first.n_due; i++)
		assert_int_equal(again.due[i].date, first.due[i].date);
	plan_interp_release(&first);
	assert_int_equal(again.due[0].date, plan_date_make(2024, 6, 30));
	assert_int_equal(other.due[0].date, plan_date_make(2025, 6, 30)); /* another plan's year */
	plan_interp_release(&again);
	plan_interp_release(&other);
	plan_deadlines_free(engine);
}

static void test_names(void **state)
{
	enum plan_kind k;

	(void)state;
	assert_int_equal(plan_kind_parse("recurring", 9, &k), 0);
	assert_int_equal(k, PLAN_KIND_RECURRING);
	assert_int_equal(plan_kind_parse("weekly", 6, &k), -1);
	assert_null(plan_every_name(PLAN_EVERY_NONE));
	assert_string_equal(plan_every_name(PLAN_EVERY_QUARTER), "quarter");
}

static void test_interp_keeps_dates_in_order(void **state)
{
	struct plan_interp in;

	(void)state;
	plan_interp_init(&in);
	plan_interp_add(&in, plan_date_make(2024, 6, 30), "b", 1);
	plan_interp_add(&in, plan_date_make(2024, 2, 29), "a", 1);
	plan_interp_add(&in, plan_date_make(2024, 12, 31), NULL, 0);
	assert_int_equal(in.n_due, 3);
	assert_string_equal(in.due[0].label, "a");
	assert_int_equal(in.due[1].date, plan_date_make(2024, 6, 30));
	assert_null(in.due[2].label);
	plan_interp_release(&in);
	assert_int_equal(in.n_due, 0);
	assert_int_equal(in.kind, PLAN_KIND_UNKNOWN);
}

/*
 * Phrases whose numbers are out of range: unknown, each with its reason,
 * never a date of year 0 or a series cut short.
 */
static void test_out_of_range(void **state)
{
	static const struct {
		const char *phrase, *reason;
	} cases[] = {
		{ "Hàng tháng trong năm 0000", "plan reads years from 1900 to 2200" },
		{ "Trước ngày 01/01/0001", "plan reads years from 1900 to 2200" },
		{ "15/6/0000", "plan reads years from 1900 to 2200" },
		{ "Quý II/0000", "plan reads years from 1900 to 2200" },
		{ "Tháng 3/99999999999", "plan reads years from 1900 to 2200" },
		{ "ngày 15/6/12345", "plan reads years from 1900 to 2200" },
		{ "Thường xuyên trong 2025 - 2024", "the span ends before it starts" },
		{ "Năm 2025 - 2024", "the span ends before it starts" },
		{ "Hằng tuần từ năm 1900 đến năm 2200", "more than 600 due dates" },
		{ "Hằng tháng từ năm 2000 đến năm 2100", "more than 600 due dates" },
	};
	struct plan_deadlines *engine = plan_deadlines_new();
	const struct plan_deadline_ctx ctx = ctx_of(P25);

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct plan_interp in;

		print_message("%s\n", cases[i].phrase);
		plan_deadline_interpret(engine, cases[i].phrase, strlen(cases[i].phrase), &ctx, &in);
		assert_int_equal(in.kind, PLAN_KIND_UNKNOWN);
		assert_int_equal(in.n_due, 0);
		assert_non_null(in.reason);
		assert_non_null(strstr(in.reason, cases[i].reason));
		plan_interp_release(&in);
	}
	/* A plan of a year plan does not read, or dates past 9999-12-31: unknown, not wrapped. */
	{
		const struct plan_deadline_ctx year1 = { 1, plan_date_make(1, 1, 1) };
		const struct plan_deadline_ctx last = { 9999, plan_date_make(9999, 12, 31) };
		const char *const phrases[] = { "Hằng tháng", "Trong 30 ngày kể từ ngày ban hành" };
		const struct plan_deadline_ctx late = { 2036, plan_date_make(2036, 5, 8) };
		/* bounds that end before they start, from "nay" (fuzz_deadline found them kept) */
		const char *const inverted[] = { "từ nay đ đến2027 6/2027hằng quý",
						 "Thường xuyên từ nay đ đến 2027" };

		for (size_t i = 0; i < 2; i++) {
			struct plan_interp in;

			plan_deadline_interpret(engine, inverted[i], strlen(inverted[i]), &late, &in);
			assert_int_equal(in.kind, PLAN_KIND_UNKNOWN);
			assert_string_equal(in.reason, "the span ends before it starts");
			plan_interp_release(&in);
		}

		for (size_t i = 0; i < 4; i++) {
			struct plan_interp in;

			plan_deadline_interpret(engine, phrases[i % 2], strlen(phrases[i % 2]),
						i < 2 ? &year1 : &last, &in);
			assert_int_equal(in.kind, PLAN_KIND_UNKNOWN);
			assert_string_equal(in.reason, "plan reads years from 1900 to 2200");
			plan_interp_release(&in);
		}
	}
	plan_deadlines_free(engine);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_shipped_deadlines),
		cmocka_unit_test(test_variants),
		cmocka_unit_test(test_forms),
		cmocka_unit_test(test_corpus),
		cmocka_unit_test(test_out_of_range),
		cmocka_unit_test(test_remembered_readings),
		cmocka_unit_test(test_names),
		cmocka_unit_test(test_interp_keeps_dates_in_order),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
