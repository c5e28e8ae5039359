/*
 * test_import.c - a plan from a document's table (src/core/import*.c):
 * how numbering makes sections, tasks and subtasks; which rows go on from
 * the row above; which header words name which field; where a unit cell is
 * split; what the lines around the table say of the plan; and the errors.
 * Each case is the text of a table, imported through plan_import() and
 * loaded back: the plan is asserted as a clerk reads it.
 */
#include "testutil.h"

#include <stdlib.h>
#include <unistd.h>

#include "doctable.h"
#include "plan/buf.h"
#include "plan/import.h"
#include "plan/set.h"
#include "plan/model.h"

/* A registry of the units the cases name. */
static const char registry[] =
    "units:\n"
    "  - name: Bộ Tư pháp\n"
    "  - name: Văn phòng Bộ\n    parent: Bộ Tư pháp\n"
    "  - name: Vụ Tổ chức cán bộ\n    parent: Bộ Tư pháp\n"
    "  - name: Cục Hộ tịch, quốc tịch, chứng thực\n    parent: Bộ Tư pháp\n"
    "  - name: Bộ Công an\n"
    "  - name: Bộ Kế hoạch và Đầu tư\n"
    "  - name: Các bộ, ngành, địa phương\n    collective: true\n";

struct imported {
	struct plan_set *set;    /* the plan, loaded back */
	struct plan_diags diags; /* what import said */
	struct plan_import_summary sum;
	struct plan_buf yaml;
	int status;
};

/* Imports text as the file name (its extension says its kind). */
static void import_text(const char *name, const char *text, const struct plan_import_opts *o,
			struct imported *out)
{
	char dir[] = "/tmp/plan-test-import.XXXXXX";
	struct plan_buf path = PLAN_BUF_INIT;
	struct plan_diags load = PLAN_DIAGS_INIT;
	struct plan_set *units = NULL;
	struct plan_import_opts dated = { .issued = plan_date_make(2025, 1, 2) };
	FILE *f;

	memset(out, 0, sizeof(*out));
	plan_diags_init(&out->diags);
	plan_buf_init(&out->yaml);
	assert_non_null(mkdtemp(dir));
	plan_buf_addf(&path, "%s/%s", dir, name);
	f = fopen(path.s, "wb");
	assert_non_null(f);
	fputs(text, f);
	fclose(f);
	assert_int_equal(
	    plan_set_load_buffer(&units, "units.yaml", registry, strlen(registry), NULL, &load),
	    PLAN_LOAD_OK);
	out->status =
	    plan_import(path.s, o ? o : &dated, units, &out->yaml, &out->diags, &out->sum);
	print_diags(&out->diags);
	if (out->status == 0) {
		assert_int_equal(plan_set_load_buffer(&out->set, "imported.yaml", out->yaml.s,
						      out->yaml.len, NULL, &load),
				 PLAN_LOAD_OK);
		assert_int_equal(load.errors, 0);
	}
	unlink(path.s);
	rmdir(dir);
	plan_set_free(units);
	plan_diags_release(&load);
	plan_buf_release(&path);
}

static void imported_release(struct imported *im)
{
	plan_set_free(im->set);
	plan_diags_release(&im->diags);
	plan_buf_release(&im->yaml);
}

static void join_texts(struct plan_buf *out, const struct plan_texts *l)
{
	for (size_t i = 0; i < l->n; i++)
		plan_buf_addf(out, "%s%s", i ? ";" : "", l->v[i].s);
}

/*
 * The tasks as "ID<PARENT [SECTION] TASK | LEAD;… | SUPPORT;… | DEADLINE",
 * one per line, in order ("-" for no parent or section), each with the
 * fields it was written with (a subtask inherits the others).
 */
static void describe(const struct imported *im, struct plan_buf *out)
{
	const struct plan *p = im->set->plans[0];

	for (size_t i = 0; i < p->n_tasks; i++) {
		const struct plan_task *t = p->tasks[i];

		plan_buf_addf(out, "%s<%s [%s] %s | ", t->id.s, t->parent ? t->parent->id.s : "-",
			      t->section && t->section->id.s ? t->section->id.s : "-", t->text.s);
		join_texts(out, &t->lead);
		plan_buf_addstr(out, " | ");
		join_texts(out, &t->support);
		plan_buf_addf(out, " | %s\n", t->deadline.s ? t->deadline.s : "");
	}
}

struct structure_case {
	const char *name;
	const char *text; /* tab-separated, as pasted */
	const char *want; /* describe() of the plan */
};

#define HEAD "TT\tNội dung\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian hoàn thành\n"

static const struct structure_case structure[] = {
	{ "sections and tasks by their numbers",
	  HEAD "I\tCHỈ ĐẠO\n1\tBan hành kế hoạch\tVăn phòng Bộ\t\tQuý I/2025\n"
	       "II.\tTRUYỀN THÔNG\n2.\tTuyên truyền\tVăn phòng Bộ\t\tThường xuyên\n",
	  "1<- [I] Ban hành kế hoạch | Văn phòng Bộ |  | Quý I/2025\n"
	  "2<- [II] Tuyên truyền | Văn phòng Bộ |  | Thường xuyên\n" },
	{ "a section's title in its numeral's cell",
	  HEAD "A. NHIỆM VỤ CHUNG\n1\tRà soát\tVăn phòng Bộ\t\tNăm 2025\n",
	  "1<- [A] Rà soát | Văn phòng Bộ |  | Năm 2025\n" },
	{ "A.1 is a task of section A, not a section",
	  HEAD "A\tCHUNG\nA.1\tRà soát\tVăn phòng Bộ\t\tNăm 2025\n",
	  "A.1<- [A] Rà soát | Văn phòng Bộ |  | Năm 2025\n" },
	{ "numbered, lettered, bulleted, italic and plain sub-rows",
	  HEAD "1\tSố hóa\tVăn phòng Bộ\t\tNăm 2025\n1.1\tLập danh mục\t\t\tQuý I/2025\n"
	       "a)\tQuét hồ sơ\t\t\tQuý II/2025\nđ)\tKiểm tra\t\t\tQuý III/2025\n"
	       "\t- Thí điểm\t\t\tTháng 9/2025\n\t+ Nhân rộng\t\t\tTháng 10/2025\n"
	       "\t<i>Đánh giá</i>\t\t\tTháng 11/2025\n\tTổng kết\t\t\tTháng 12/2025\n",
	  "1<- [-] Số hóa | Văn phòng Bộ |  | Năm 2025\n"
	  "1.1<1 [-] Lập danh mục |  |  | Quý I/2025\n"
	  "1.a<1 [-] Quét hồ sơ |  |  | Quý II/2025\n"
	  "1.đ<1 [-] Kiểm tra |  |  | Quý III/2025\n"
	  "1.4<1 [-] - Thí điểm |  |  | Tháng 9/2025\n"
	  "1.5<1 [-] + Nhân rộng |  |  | Tháng 10/2025\n"
	  "1.6<1 [-] Đánh giá |  |  | Tháng 11/2025\n"
	  "1.7<1 [-] Tổng kết |  |  | Tháng 12/2025\n" },
	{ "a line in small letters goes on with the row above",
	  HEAD "1\tTổ chức hội nghị triển khai đến\tVăn phòng Bộ\t\tQuý I/2025\n"
	       "\tcác đơn vị thuộc Bộ\n",
	  "1<- [-] Tổ chức hội nghị triển khai đến các đơn vị thuộc Bộ | Văn phòng Bộ |  | "
	  "Quý I/2025\n" },
	{ "a page break: the header again, then the rest of the row and of its lead list",
	  HEAD "1\tKết nối cơ sở dữ liệu với\tVăn phòng Bộ;\t\tQuý II/2025\n"
	       "12\n" HEAD "\thệ thống của Bộ Công an\tVụ Tổ chức cán bộ\n"
	       "2\tBáo cáo\tVăn phòng Bộ\t\tTháng 12/2025\n",
	  "1<- [-] Kết nối cơ sở dữ liệu với hệ thống của Bộ Công an | Văn phòng Bộ;Vụ Tổ chức cán "
	  "bộ |  | Quý II/2025\n"
	  "2<- [-] Báo cáo | Văn phòng Bộ |  | Tháng 12/2025\n" },
	{ "a page break in a sub-row: the list the task's row left open goes on there",
	  HEAD "1\tKết nối\tVăn phòng Bộ;\t\tQuý II/2025\n\t<i>Thí điểm tại</i>\n"
	       "- 3 -\n" HEAD "\t<i>hai tỉnh</i>\tVụ Tổ chức cán bộ\n",
	  "1<- [-] Kết nối | Văn phòng Bộ;Vụ Tổ chức cán bộ |  | Quý II/2025\n"
	  "1.1<1 [-] Thí điểm tại hai tỉnh |  |  | \n" },
	{ "a word a page break cut after its hyphen is one word",
	  HEAD "1\tTheo Nghị định số 104/NĐ-\tVăn phòng Bộ\t\tNăm 2025\n" HEAD
	       "\tCP của Chính phủ\n",
	  "1<- [-] Theo Nghị định số 104/NĐ-CP của Chính phủ | Văn phòng Bộ |  | Năm 2025\n" },
	{ "a section numbered twice is told apart",
	  HEAD "I\tMỘT\n1\tA\tVăn phòng Bộ\t\tNăm 2025\nI\tHAI\n2\tB\tVăn phòng Bộ\t\tNăm 2025\n",
	  "1<- [I] A | Văn phòng Bộ |  | Năm 2025\n2<- [I-2] B | Văn phòng Bộ |  | Năm 2025\n" },
	{ "a task numbered twice is told apart, and its subtasks go with it",
	  HEAD "1\tA\tVăn phòng Bộ\t\tQuý I/2025\n1.1\tB\n1\tC\tVăn phòng Bộ\t\tQuý II/2025\n"
	       "1.1\tD\n",
	  "1<- [-] A | Văn phòng Bộ |  | Quý I/2025\n1.1<1 [-] B |  |  | \n"
	  "1-2<- [-] C | Văn phòng Bộ |  | Quý II/2025\n1-2.1<1-2 [-] D |  |  | \n" },
	{ "units split where every part is a unit, group phrases whole",
	  HEAD "1\tX\tVăn phòng Bộ, Vụ Tổ chức cán bộ\tBộ Kế hoạch và Đầu tư và các bộ, ngành, "
	       "địa phương\tNăm 2025\n"
	       "2\tY\tCục Hộ tịch, quốc tịch, chứng thực\t- Bộ Công an;\t Năm 2025\n"
	       "3\tZ\tVăn phòng Bộ, phòng ban khác\tBộ Công an.\tNăm 2025\n",
	  "1<- [-] X | Văn phòng Bộ;Vụ Tổ chức cán bộ | Bộ Kế hoạch và Đầu tư;các bộ, ngành, địa "
	  "phương | Năm 2025\n"
	  "2<- [-] Y | Cục Hộ tịch, quốc tịch, chứng thực | Bộ Công an | Năm 2025\n"
	  "3<- [-] Z | Văn phòng Bộ, phòng ban khác | Bộ Công an | Năm 2025\n" },
	{ "a table with no numbers: each row a task, numbered in order",
	  "Nhiệm vụ\tĐơn vị chủ trì\tThời hạn\nRà soát\tVăn phòng Bộ\tQuý I/2025\n"
	  "Báo cáo\tVăn phòng Bộ\tQuý II/2025\n",
	  "1<- [-] Rà soát | Văn phòng Bộ |  | Quý I/2025\n"
	  "2<- [-] Báo cáo | Văn phòng Bộ |  | Quý II/2025\n" },
};

static void test_structure(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(structure) / sizeof(structure[0]); i++) {
		struct imported im;
		struct plan_buf got = PLAN_BUF_INIT;

		print_message("case: %s\n", structure[i].name);
		import_text("bang.txt", structure[i].text, NULL, &im);
		assert_int_equal(im.status, 0);
		describe(&im, &got);
		assert_string_equal(got.s, structure[i].want);
		plan_buf_release(&got);
		imported_release(&im);
	}
}

static const struct plan_task *task(const struct imported *im, const char *id)
{
	const struct plan_task *t = plan_find_task(im->set->plans[0], id);

	assert_non_null(t);
	return t;
}

static void test_columns_by_their_words(void **state)
{
	/* a header over two rows, columns in an order of their own, one nobody expects */
	static const char text[] =
	    "STT,Tên nhiệm vụ,Thời gian,,Cơ quan chủ trì,Sản phẩm chủ yếu,Nguồn kinh phí,Mức "
	    "độ,Ghi chú,\n"
	    ",,Bắt đầu,Hoàn thành,,,,,,\n"
	    "1,Rà soát,01/2025,06/2025,Văn phòng Bộ,Báo cáo,Ngân sách,Cao,Gấp,Cột lạ\n";
	struct imported im;
	const struct plan_task *t;

	(void)state;
	import_text("bang.csv", text, NULL, &im);
	assert_int_equal(im.status, 0);
	t = task(&im, "1");
	assert_string_equal(t->text.s, "Rà soát");
	assert_string_equal(t->deadline.s, "06/2025");
	assert_string_equal(t->lead.v[0].s, "Văn phòng Bộ");
	assert_string_equal(t->product.s, "Báo cáo");
	assert_string_equal(t->funding.s, "Ngân sách");
	/* the start, the unexpected column and the nameless one: into the note, named */
	assert_string_equal(t->note.s,
			    "Gấp; Thời gian Bắt đầu: 01/2025; Mức độ: Cao; Cột 10: Cột lạ");
	assert_int_equal(im.sum.tasks, 1);
	imported_release(&im);
}

static void test_what_the_lines_say(void **state)
{
	static const char text[] =
	    "BỘ TƯ PHÁP\n"
	    "Số: 45 /KH-BTP\n"
	    "Hà Nội, ngày 07 tháng 4 năm 2025\n"
	    "KẾ HOẠCH\n"
	    "Thực hiện Quyết định số 06/QĐ-TTG và Chỉ thị số 04/CT-TTg của Bộ Tư pháp năm "
	    "2026\n" HEAD "1\tRà soát\tVăn phòng Bộ\t\tTháng 3\n";
	const struct plan_import_opts none = { .issued = PLAN_DATE_NONE };
	struct imported im;
	const struct plan *p;

	(void)state;
	import_text("ke-hoach.txt", text, &none, &im);
	assert_int_equal(im.status, 0);
	p = im.set->plans[0];
	assert_string_equal(p->id.s, "btp-45-2025");
	assert_string_equal(p->number.s, "45/KH-BTP");
	assert_string_equal(p->issuer.s, "Bộ Tư pháp");
	assert_true(p->issued == plan_date_make(2025, 4, 7));
	assert_string_equal(p->title.s, "Thực hiện Quyết định số 06/QĐ-TTG và Chỉ thị số 04/CT-TTg "
					"của Bộ Tư pháp năm 2026");
	/* the year the title ends with is the plan's; the documents it names it implements */
	assert_int_equal(p->year, 2026);
	assert_int_equal(p->implements.n, 2);
	assert_string_equal(p->implements.v[0].s, "06/QĐ-TTg");
	assert_string_equal(p->implements.v[1].s, "04/CT-TTg");
	assert_int_equal(im.sum.placeholders, 0);
	imported_release(&im);
}

static void test_the_appendix_line_wins(void **state)
{
	/* the decision's dateline and number, then the appendix's own line */
	static const char text[] =
	    "Số: 1/QĐ-BTP\nHà Nội, ngày 01 tháng 01 năm 2024\n"
	    "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch số 9 ngày 5 tháng 5 năm 2020.\n"
	    "PHỤ LỤC\nDANH MỤC NHIỆM VỤ\n"
	    "(Kèm theo Quyết định số 365 /QĐ-BTP ngày 15 tháng 3 năm 2024 của Bộ trưởng Bộ Tư "
	    "pháp)\n" HEAD "1\tRà soát\tVăn phòng Bộ\t\tTháng 3\n";
	const struct plan_import_opts none = { .issued = PLAN_DATE_NONE };
	struct imported im;
	const struct plan *p;

	(void)state;
	import_text("phu-luc.txt", text, &none, &im);
	assert_int_equal(im.status, 0);
	p = im.set->plans[0];
	assert_string_equal(p->number.s, "1/QĐ-BTP");
	assert_true(p->issued == plan_date_make(2024, 3, 15));
	assert_string_equal(p->issuer.s, "Bộ Tư pháp");
	assert_string_equal(p->title.s, "DANH MỤC NHIỆM VỤ");
	imported_release(&im);
}

static void test_placeholders_and_warnings(void **state)
{
	static const char text[] = HEAD "1\t\tPhòng Không Có\t\tQuý V/2025\n";
	struct imported im;
	const struct plan *p;

	(void)state;
	import_text("bang.txt", text, NULL, &im);
	assert_int_equal(im.status, 0);
	p = im.set->plans[0];
	assert_string_equal(p->number.s, "TODO");
	assert_string_equal(p->title.s, "TODO");
	assert_string_equal(p->issuer.s, "TODO");
	assert_string_equal(task(&im, "1")->text.s, "TODO");
	assert_int_equal(im.sum.placeholders, 4);
	assert_int_equal(im.sum.units_unknown, 1);
	assert_int_equal(im.sum.deadlines_unknown, 1);
	assert_diags(&im.diags,
		     (const struct want_diag[]){
			 { "unknown-unit", 2, 3, PLAN_WARNING, "unit 'Phòng Không Có'" },
			 { "unknown-deadline", 2, 5, PLAN_WARNING, "deadline 'Quý V/2025'" } },
		     2);
	imported_release(&im);
}

static void test_errors(void **state)
{
	static const struct {
		const char *name, *text, *code;
	} cases[] = {
		{ "a.txt", "Đơn vị chủ trì\tThời hạn\nVăn phòng Bộ\tQuý I\n", "no-table" },
		{ "b.txt", HEAD, "no-table" },
		{ "c.txt", "", "bad-document" },
		{ "d.csv", "TT,Nội dung,Đơn vị chủ trì\n1,B\xe1o c\xe1o,X\n", "bad-utf8" },
	};
	const struct plan_import_opts none = { .issued = PLAN_DATE_NONE };

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct imported im;

		import_text(cases[i].name, cases[i].text, NULL, &im);
		assert_int_equal(im.status, -1);
		assert_int_equal(im.yaml.len, 0);
		assert_int_equal(im.diags.errors, 1);
		assert_string_equal(im.diags.v[0].code, cases[i].code);
		imported_release(&im);
	}
	{
		/* no date in the document, and none given */
		struct imported im;

		import_text("e.txt", HEAD "1\tX\tVăn phòng Bộ\t\tQuý I\n", &none, &im);
		assert_int_equal(im.status, -1);
		assert_string_equal(im.diags.v[0].code, "no-date");
		imported_release(&im);
	}
}

static void test_blank_plan_loads(void **state)
{
	struct plan_buf out = PLAN_BUF_INIT;
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct plan_set *set = NULL;

	(void)state;
	plan_import_blank("kh-moi", "Bộ Tư pháp", plan_date_make(2026, 12, 1), &out);
	assert_int_equal(plan_set_load_buffer(&set, "new.yaml", out.s, out.len, NULL, &diags),
			 PLAN_LOAD_OK);
	assert_int_equal(diags.errors, 0);
	assert_string_equal(set->plans[0]->id.s, "kh-moi");
	assert_string_equal(set->plans[0]->issuer.s, "Bộ Tư pháp");
	assert_true(set->plans[0]->issued == plan_date_make(2026, 12, 1));
	assert_non_null(strstr(out.s, "# "));
	plan_set_free(set);
	plan_diags_release(&diags);
	plan_buf_release(&out);
}

/* The text reader keeps within the bytes it is given, which need no NUL after them. */
static void test_text_in_bounds(void **state)
{
	static const char *const texts[] = { ",.\nI", "TT\tNội dung\nII", "a,b\n1. X", "\"" };

	(void)state;
	for (size_t i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
		const size_t len = strlen(texts[i]);
		char *exact = malloc(len); /* ASan sees a read past it */
		struct plan_diags diags = PLAN_DIAGS_INIT;
		struct doc d;

		memcpy(exact, texts[i], len);
		doc_init(&d);
		(void)doc_read_text("x.txt", exact, len, &d, &diags);
		doc_release(&d);
		plan_diags_release(&diags);
		free(exact);
	}
}

/* --table K: digits from 1 to 100000, nothing else. */
static void test_table_number(void **state)
{
	static const struct {
		const char *text;
		int status;
		size_t table;
	} v[] = {
		{ "1", 0, 1 },           { "3", 0, 3 },
		{ "100000", 0, 100000 }, { "0", -1, 7 },
		{ "", -1, 7 },           { "100001", -1, 7 },
		{ "2x", -1, 7 },         { "-1", -1, 7 },
		{ "1.5", -1, 7 },        { "99999999999999999999", -1, 7 },
		{ " 1", -1, 7 },         { "+1", -1, 7 },
		{ "-18446744073709551615", -1, 7 },
	};

	(void)state;
	for (size_t i = 0; i < sizeof(v) / sizeof(*v); i++) {
		size_t table = 7;

		assert_int_equal(plan_import_table_parse(v[i].text, &table), v[i].status);
		assert_int_equal(table, v[i].table);
	}
}

/* The line that ends an import: counts, with plurals as English makes them. */
static void test_summary_line(void **state)
{
	const struct plan_import_summary one = { .table = 1,
						 .tables = 1,
						 .sections = 1,
						 .tasks = 1,
						 .subtasks = 1,
						 .joined = 1,
						 .units_unknown = 1,
						 .placeholders = 1,
						 .deadlines_unknown = 1 };
	const struct plan_import_summary many = { .table = 2,
						  .tables = 3,
						  .sections = 0,
						  .tasks = 12,
						  .subtasks = 4,
						  .joined = 0,
						  .units_unknown = 2,
						  .placeholders = 5,
						  .deadlines_unknown = 0 };
	struct plan_buf out = PLAN_BUF_INIT;

	(void)state;
	plan_import_summary_format(&one, "kh.docx", &out);
	assert_string_equal(out.s, "1 task and 1 subtask in 1 section, from table 1 of 1 in "
				   "kh.docx; 1 deadline not understood, 1 unit name not in the "
				   "registry, 1 row joined to the row above, 1 TODO to fill");
	plan_buf_reset(&out);
	plan_import_summary_format(&many, "a b/Kế hoạch.xlsx", &out);
	assert_string_equal(out.s, "12 tasks and 4 subtasks in 0 sections, from table 2 of 3 in "
				   "a b/Kế hoạch.xlsx; 0 deadlines not understood, 2 unit names "
				   "not in the registry, 0 rows joined to the row above, 5 TODOs "
				   "to fill");
	plan_buf_release(&out);
}

/* The summary of an import counts the deadlines it warned about. */
static void test_summary_of_an_import(void **state)
{
	static const char text[] = HEAD "1\tA\tVăn phòng Bộ\t\tQuý V/2025\n"
					"2\tB\tVăn phòng Bộ\t\tKịp thời\n"
					"3\tC\tVăn phòng Bộ\t\tQuý I/2025\n";
	struct imported im;
	struct plan_buf out = PLAN_BUF_INIT;

	(void)state;
	import_text("bang.txt", text, NULL, &im);
	assert_int_equal(im.status, 0);
	assert_int_equal(im.sum.deadlines_unknown, 2);
	assert_int_equal(im.sum.tasks, 3);
	plan_import_summary_format(&im.sum, "bang.txt", &out);
	assert_non_null(strstr(out.s, "; 2 deadlines not understood, 0 unit names"));
	plan_buf_release(&out);
	imported_release(&im);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_structure),
		cmocka_unit_test(test_columns_by_their_words),
		cmocka_unit_test(test_what_the_lines_say),
		cmocka_unit_test(test_the_appendix_line_wins),
		cmocka_unit_test(test_placeholders_and_warnings),
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_blank_plan_loads),
		cmocka_unit_test(test_text_in_bounds),
		cmocka_unit_test(test_table_number),
		cmocka_unit_test(test_summary_line),
		cmocka_unit_test(test_summary_of_an_import),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
