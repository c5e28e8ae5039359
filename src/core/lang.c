/* lang.c - the words of reports, digests and mail subjects, in Vietnamese and English. */
#include "plan/lang.h"

#include <stdarg.h>
#include <string.h>

#include "text.h"

const char *const plan_lang_names[PLAN_LANG_COUNT] = { "vi", "en" };

int plan_lang_parse(const char *name, enum plan_lang *out)
{
	const int i = plan_name_find(plan_lang_names, PLAN_LANG_COUNT, name, strlen(name));

	if (i < 0)
		return -1;
	*out = (enum plan_lang)i;
	return 0;
}

static const char *const messages[PLAN_MSG_COUNT][PLAN_LANG_COUNT] = {
	[PLAN_MSG_REPORT_TITLE_ONE] = { "Báo cáo tình hình thực hiện kế hoạch {1} tính đến ngày "
					"{2}",
					"Status report on plan {1} as of {2}" },
	[PLAN_MSG_REPORT_TITLE_MANY] = { "Báo cáo tình hình thực hiện các kế hoạch {1} tính đến "
					 "ngày {2}",
					 "Status report on plans {1} as of {2}" },
	[PLAN_MSG_PLAN_LINE] = { "{1} ngày {3} của {2}: {4}", "{1}, issued {3} by {2}: {4}" },
	[PLAN_MSG_PLAN_LINE_NO_ISSUER] = { "{1} ngày {2}: {3}", "{1}, issued {2}: {3}" },
	[PLAN_MSG_UNIT_LINE] = { "Đơn vị: {1} ({2})", "Unit: {1} ({2})" },
	[PLAN_MSG_SUMMARY] = { "Tổng hợp", "Summary" },
	[PLAN_MSG_BY_LEAD_UNIT] = { "Theo đơn vị chủ trì", "By lead unit" },
	[PLAN_MSG_OVERDUE_TASKS] = { "Nhiệm vụ quá hạn", "Overdue tasks" },
	[PLAN_MSG_DUE_TASKS] = { "Nhiệm vụ đến hạn trong {1} ngày tới",
				 "Tasks due in the next {1} days" },
	[PLAN_MSG_DELIVERIES] = { "Kết quả thực hiện trong {1} ngày qua",
				  "Deliveries in the last {1} days" },
	[PLAN_MSG_NONE_OVERDUE] = { "Không có nhiệm vụ quá hạn.", "No task is overdue." },
	[PLAN_MSG_NONE_DUE] = { "Không có nhiệm vụ đến hạn trong {1} ngày tới.",
				"No task falls due in the next {1} days." },
	[PLAN_MSG_NONE_DELIVERED] = { "Không có kết quả thực hiện nào được ghi nhận trong {1} "
				      "ngày qua.",
				      "No delivery was recorded in the last {1} days." },
	[PLAN_MSG_UNREAD_TASKS] = { "Nhiệm vụ có thời hạn chưa đọc được",
				    "Tasks whose deadline plan cannot read" },
	[PLAN_MSG_UNREAD_NOTE] = { "Thời hạn của các nhiệm vụ sau không được hiểu nên chúng không "
				   "bao giờ được tính là quá hạn. Lệnh plan check cho biết lý do; "
				   "hãy ghi thời hạn rõ hơn hoặc thêm due.",
				   "These tasks are never counted overdue, because their deadline "
				   "is not understood. plan check says why; write the deadline "
				   "plainer or give the task a due." },
	[PLAN_MSG_DIGEST_TITLE] = { "Nhắc việc: nhiệm vụ quá hạn và sắp đến hạn, ngày {1}",
				    "Digest of overdue and upcoming tasks, {1}" },
	[PLAN_MSG_PLANS_LINE] = { "Kế hoạch: {1}", "Plans: {1}" },
	[PLAN_MSG_NEWLY_OVERDUE] = { "Mới quá hạn trong {1} ngày qua",
				     "Newly overdue in the last {1} days" },
	[PLAN_MSG_STILL_OVERDUE] = { "Vẫn còn quá hạn", "Still overdue" },
	[PLAN_MSG_MEASURE] = { "Chỉ tiêu", "Measure" },
	[PLAN_MSG_TASKS] = { "Số nhiệm vụ", "Tasks" },
	[PLAN_MSG_TOTAL] = { "Tổng số nhiệm vụ", "Tasks in total" },
	[PLAN_MSG_TOTAL_SHORT] = { "Tổng số", "Total" },
	[PLAN_MSG_DONE] = { "Đã hoàn thành", "Done" },
	[PLAN_MSG_DONE_LATE] = { "Trong đó: hoàn thành chậm", "Of which done late" },
	[PLAN_MSG_DONE_LATE_SHORT] = { "Hoàn thành chậm", "Done late" },
	[PLAN_MSG_OVERDUE] = { "Quá hạn", "Overdue" },
	[PLAN_MSG_DUE_SOON] = { "Đến hạn trong {1} ngày tới", "Due in the next {1} days" },
	[PLAN_MSG_DUE_SOON_SHORT] = { "Đến hạn trong {1} ngày", "Due in {1} days" },
	[PLAN_MSG_LATER] = { "Chưa đến hạn", "Not yet due" },
	[PLAN_MSG_ONGOING] = { "Thường xuyên", "Ongoing" },
	[PLAN_MSG_UNDATED] = { "Chưa có thời hạn cụ thể", "No fixed deadline" },
	[PLAN_MSG_UNDATED_SHORT] = { "Chưa có thời hạn", "No deadline" },
	[PLAN_MSG_DROPPED] = { "Dừng thực hiện", "Dropped" },
	[PLAN_MSG_CHARTS] = { "Biểu đồ", "Charts" },
	[PLAN_MSG_CHART_UNITS] = { "Nhiệm vụ theo đơn vị chủ trì", "Tasks by lead unit" },
	[PLAN_MSG_CHART_UNITS_NOTE] = { "Mỗi thanh là các nhiệm vụ do một đơn vị chủ trì, chia "
					"theo "
					"tình hình thực hiện.",
					"Each bar is the tasks one unit leads, by where they "
					"stand." },
	[PLAN_MSG_CHART_MONTHS] = { "Nhiệm vụ theo tháng đến hạn", "Tasks by month due" },
	[PLAN_MSG_CHART_MONTHS_NOTE] = { "Mỗi nhiệm vụ được tính một lần, vào tháng của hạn hoàn "
					 "thành: hạn đầu tiên chưa thực hiện, hoặc hạn cuối cùng "
					 "nếu đã hoàn thành.",
					 "Each task counts once, in the month it is due: its first "
					 "due date not met yet, or its last one when it is done." },
	[PLAN_MSG_CHART_LEFT_OUT] = { "Không gồm {1} nhiệm vụ không có ngày đến hạn.",
				      "Not shown: {1} tasks without a due date." },
	[PLAN_MSG_CHART_MONTH] = { "{1}/{2}", "{2}-{1}" },
	[PLAN_MSG_CHART_GAP] = { "Từ {1} đến {2}: không có nhiệm vụ đến hạn",
				 "{1} to {2}: no task due" },
	[PLAN_MSG_CHART_BAR] = { "{1}: {2} nhiệm vụ", "{1}: {2} tasks" },
	[PLAN_MSG_REF] = { "Mã", "Ref" },
	[PLAN_MSG_LEAD] = { "Đơn vị chủ trì", "Lead" },
	[PLAN_MSG_DEADLINE] = { "Thời hạn", "Deadline" },
	[PLAN_MSG_DUE] = { "Hạn hoàn thành", "Due" },
	[PLAN_MSG_DAYS_LATE] = { "Số ngày quá hạn", "Days late" },
	[PLAN_MSG_TASK] = { "Nội dung nhiệm vụ", "Task" },
	[PLAN_MSG_DATE] = { "Ngày", "Date" },
	[PLAN_MSG_DOCUMENT] = { "Văn bản", "Document" },
	[PLAN_MSG_ROLE_LEAD] = { "chủ trì", "lead" },
	[PLAN_MSG_ROLE_SUPPORT] = { "phối hợp", "support" },
	[PLAN_MSG_ROLE_ANY] = { "chủ trì hoặc phối hợp", "lead or support" },
	[PLAN_MSG_WITH_COLLECTIVE] = { "kể cả nhiệm vụ giao chung cho các đơn vị",
				       "with tasks given to a group it belongs to" },
	[PLAN_MSG_MADE_BY] = { "Lập bằng plan từ các tệp kế hoạch",
			       "Made by plan from the plan files" },
	[PLAN_MSG_MADE_AT_COMMIT] = { " tại commit {1}", " at commit {1}" },
	[PLAN_MSG_UNCOMMITTED] = { " (có thay đổi chưa commit)", " (with uncommitted changes)" },
	[PLAN_MSG_SUBJECT_OVERDUE_ONE] = { "{1} nhiệm vụ quá hạn", "{1} overdue task" },
	[PLAN_MSG_SUBJECT_OVERDUE_MANY] = { "{1} nhiệm vụ quá hạn", "{1} overdue tasks" },
	[PLAN_MSG_SUBJECT_DUE] = { "{1} sắp đến hạn", "{1} due soon" },
	[PLAN_MSG_SUBJECT_REPORT] = { "Báo cáo tình hình thực hiện {1} ngày {2}",
				      "Status report on {1}, {2}" },
};

const char *plan_msg(enum plan_lang lang, enum plan_msg msg)
{
	const char *s = (unsigned)msg < PLAN_MSG_COUNT && (unsigned)lang < PLAN_LANG_COUNT
			    ? messages[msg][lang]
			    : NULL;

	return s ? s : "";
}

void plan_say(struct plan_buf *out, enum plan_lang lang, enum plan_msg msg, ...)
{
	const char *args[9] = { 0 };
	const char *s = plan_msg(lang, msg), *arg;
	size_t n = 0;
	va_list ap;

	va_start(ap, msg);
	while (n < 9 && (arg = va_arg(ap, const char *)) != NULL)
		args[n++] = arg;
	va_end(ap);
	while (*s) {
		if (s[0] == '{' && s[1] >= '1' && s[1] <= '9' && s[2] == '}') {
			if (args[s[1] - '1'])
				plan_buf_addstr(out, args[s[1] - '1']);
			s += 3;
		} else {
			plan_buf_addch(out, *s++);
		}
	}
}

void plan_lang_date(struct plan_buf *out, enum plan_lang lang, plan_date d)
{
	char s[PLAN_DATE_LEN + 1];

	if (lang == PLAN_LANG_VI)
		plan_date_format_dmy(d, s);
	else
		plan_date_format(d, s);
	plan_buf_add(out, s, PLAN_DATE_LEN);
}
