/*
 * test_shipped.c - the plans in plans/: they load without a problem, have
 * the shape of their source documents, hold these exact values, and every
 * unit they name resolves to one entry of plans/units.yaml.
 *
 * The expected values below were read off the source texts in
 * ../shared/seeds, not off the transcriptions.
 */
#include "testutil.h"

#include "plan/model.h"
#include "plan/set.h"
#include "plan/unit.h"

static struct plan_set *set;

static int load_shipped(void **state)
{
	struct plan_diags diags = PLAN_DIAGS_INIT;
	const char *dir = PLAN_SOURCE_DIR "/plans";

	(void)state;
	plan_set_load(&set, &dir, 1, NULL, &diags);
	print_diags(&diags);
	assert_int_equal(diags.n, 0); /* not even a warning */
	plan_diags_release(&diags);
	return 0;
}

static int free_shipped(void **state)
{
	(void)state;
	plan_set_free(set);
	return 0;
}

static const struct plan *plan(const char *id)
{
	const struct plan *p = plan_set_find(set, id);

	assert_non_null(p);
	return p;
}

struct header {
	const char *id, *number, *issuer, *issued;
	int year;
	const char *implements[2];
	bool has_sections;
	size_t sections, tasks, subtasks;
};

static void test_headers_and_counts(void **state)
{
	static const struct header headers[] = {
		{ "btp-522-2023",
		  "522/QĐ-BTP",
		  "Bộ Tư pháp",
		  "2023-04-07",
		  2023,
		  { "05/CT-TTg" },
		  false,
		  1,
		  21,
		  0 },
		{ "btp-365-2024",
		  "365/QĐ-BTP",
		  "Bộ Tư pháp",
		  "2024-03-15",
		  2024,
		  { "06/QĐ-TTg", "04/CT-TTg" },
		  true,
		  7,
		  51,
		  23 },
		{ "ttg-05-2023",
		  "05/CT-TTg",
		  "Thủ tướng Chính phủ",
		  "2023-02-23",
		  2023,
		  { "06/QĐ-TTg" },
		  true,
		  3,
		  72,
		  0 },
		{ "bnv-132-2022",
		  "132/QĐ-BNV",
		  "Bộ Nội vụ",
		  "2022-03-02",
		  2022,
		  { "06/QĐ-TTg" },
		  false,
		  1,
		  12,
		  0 },
	};

	(void)state;
	assert_int_equal(set->n_plans, 4);
	for (size_t i = 0; i < 4; i++) {
		const struct header *h = &headers[i];
		const struct plan *p = plan(h->id);
		char issued[PLAN_DATE_LEN + 1];
		size_t top = 0;

		print_message("%s\n", h->id);
		assert_string_equal(p->number.s, h->number);
		assert_string_equal(p->issuer.s, h->issuer);
		plan_date_format(p->issued, issued);
		assert_string_equal(issued, h->issued);
		assert_int_equal(p->year, h->year);
		assert_int_equal(p->implements.n, h->implements[1] ? 2 : 1);
		for (size_t j = 0; j < p->implements.n; j++)
			assert_string_equal(p->implements.v[j].s, h->implements[j]);
		assert_int_equal(p->has_sections, h->has_sections);
		assert_int_equal(p->n_sections, h->sections);
		for (size_t j = 0; j < p->n_sections; j++)
			top += p->sections[j].n_tasks;
		assert_int_equal(top, h->tasks);
		assert_int_equal(p->n_tasks - top, h->subtasks);
	}
}

static void test_sections(void **state)
{
	static const struct {
		const char *plan, *id, *title;
		size_t tasks;
	} table[] = {
		{ "btp-365-2024", "I", "NỘI DUNG LIÊN QUAN ĐẾN CHỈ ĐẠO, ĐIỀU HÀNH, TỔNG HỢP", 16 },
		{ "btp-365-2024", "II",
		  "CÔNG TÁC TRUYỀN THÔNG VỀ CÁC NỘI DUNG LIÊN QUAN ĐẾN ĐỀ ÁN 06", 2 },
		/* The source numbers this section II a second time; misprint kept. */
		{ "btp-365-2024", "II-2", "HOÀN THIỆN THẺ CHẾ", 7 },
		{ "btp-365-2024", "III", "DỊCH VỤ CÔNG", 14 },
		{ "btp-365-2024", "IV",
		  "HOÀN THIỆN HỆ SINH THÁI PHỤC VỤ KẾT NỐI, KHAI THÁC, BỔ SUNG LÀM GIÀU DỮ LIỆU "
		  "DÂN "
		  "CƯ",
		  5 },
		{ "btp-365-2024", "V",
		  "PHỐI HỢP, HỖ TRỢ ĐỊA PHƯƠNG TRONG TRIỂN KHAI THỰC HIỆN ĐỀ ÁN 06", 4 },
		{ "btp-365-2024", "VI",
		  "VỀ BỐ TRÍ NGÂN SÁCH, NGUỒN LỰC TRIỂN KHAI THỰC HIỆN ĐỀ ÁN 06", 3 },
		{ "ttg-05-2023", "A", "Nhiệm vụ của bộ, ngành, địa phương", 18 },
		{ "ttg-05-2023", "B", "Nhiệm vụ riêng của từng bộ, ngành", 46 },
		{ "ttg-05-2023", "C", "Nhiệm vụ riêng của từng địa phương", 8 },
	};

	(void)state;
	for (size_t i = 0; i < sizeof(table) / sizeof(table[0]); i++) {
		const struct plan *p = plan(table[i].plan);
		const struct plan_section *s = NULL;

		for (size_t j = 0; j < p->n_sections && !s; j++)
			if (strcmp(p->sections[j].id.s, table[i].id) == 0)
				s = &p->sections[j];
		print_message("%s %s\n", table[i].plan, table[i].id);
		assert_non_null(s);
		assert_string_equal(s->title.s, table[i].title);
		assert_int_equal(s->n_tasks, table[i].tasks);
	}
}

struct expected_task {
	const char *ref;
	const char *task;     /* how the task text begins */
	const char *lead;     /* the units as inherited, joined by "; "; "" for none */
	const char *deadline; /* NULL when there is none */
	enum plan_status status;
};

static void join(const struct plan_texts *list, struct plan_buf *out)
{
	for (size_t i = 0; i < list->n; i++)
		plan_buf_addf(out, "%s%s", i ? "; " : "", list->v[i].s);
}

static void test_first_and_last_tasks(void **state)
{
	static const struct expected_task table[] = {
		{ "btp-522-2023/1", "Ban hành văn bản chỉ đạo triển khai Đề án 06",
		  "Cục Công nghệ thông tin", "Tháng 3/2023", PLAN_TODO },
		{ "btp-522-2023/21", "Tổ chức bồi dưỡng, tập huấn cho cán bộ, công chức",
		  "Học Viện Tư pháp", "Quy III-IV/2023", PLAN_TODO },
		{ "btp-365-2024/1", "Tham mưu ban hành Kế hoạch triển khai thực hiện nhiệm vụ",
		  "Văn phòng Bộ", "Tháng 3", PLAN_TODO },
		{ "btp-365-2024/16", "Tổ chức trao đổi, lấy ý kiến chuyên gia",
		  "Các đơn vị thuộc Bộ", "Cả năm", PLAN_TODO },
		{ "btp-365-2024/17", "Tổ chức tuyên truyền, phổ biến về các nội dung",
		  "Các đơn vị thuộc Bộ; các cơ quan thông tin, báo chí ngành", "Cả năm",
		  PLAN_TODO },
		{ "btp-365-2024/18", "Tiếp tục theo dõi, đôn đốc, thực hiện có hiệu quả",
		  "Cục Phổ biến giáo dục pháp luật", "Cả năm", PLAN_TODO },
		{ "btp-365-2024/19", "Thực hiện có hiệu quả vai trò của đơn vị Thường trực",
		  "Cục Kiểm tra văn bản QPPL",
		  "Theo Kế hoạch năm 2024 của Tổ Công tác của Thủ tướng Chính phủ về rà soát "
		  "VBQPPL "
		  "và yêu cầu của các cơ quan có liên quan",
		  PLAN_TODO },
		{ "btp-365-2024/25", "Tham mưu góp ý, thẩm định trong quá trình xây dựng",
		  "Các đơn vị thuộc Bộ", "Theo đề nghị phối hợp của các cơ quan, đơn vị,...",
		  PLAN_TODO },
		{ "btp-365-2024/26",
		  "Tiếp tục tổ chức thực hiện có hiệu quả các Dịch vụ công thiết yếu",
		  "Cục Hộ tịch, quốc tịch, chứng thực; Trung tâm LLTPQG", "Cả năm", PLAN_TODO },
		{ "btp-365-2024/39", "Đẩy nhanh tiến độ số hóa hồ sơ, kết quả giải quyết TTHC",
		  "Vụ Con nuôi; Cục Hỗ trợ tư pháp; Cục Bồi thường nhà nước; Cục Hộ tịch, quốc "
		  "tịch, "
		  "chứng thực; Cục Đăng ký giao dịch bảo đảm; Trung tâm Lý lịch tư pháp quốc gia",
		  "Cả năm", PLAN_TODO },
		{ "btp-365-2024/40",
		  "Triển khai hiệu quả, đúng tiến độ Dự án Cơ sở dữ liệu hộ tịch",
		  "Cục Hộ tịch, quốc tịch, chứng thực",
		  "Theo tiến độ triển khai Kế hoạch đầu tư công trung hạn giai đoạn 2021-2025",
		  PLAN_TODO },
		/* Task 44 has only its text and a note; its sub-rows carry the rest. */
		{ "btp-365-2024/44",
		  "Tổ chức thực hiện có hiệu quả các nhiệm vụ được giao theo yêu cầu", "", NULL,
		  PLAN_TODO },
		{ "btp-365-2024/45", "Tăng cường bám sát cơ sở để tháo gỡ các khó khăn",
		  "Các đơn vị quản lý Hệ thống thông tin, Cơ sở dữ liệu", "Thường xuyên",
		  PLAN_TODO },
		{ "btp-365-2024/48", "Hỗ trợ địa phương trong việc kết nối Hệ thống thông tin",
		  "Cục Công nghệ thông tin", "Năm 2024", PLAN_TODO },
		{ "btp-365-2024/49", "Tham mưu, đề xuất kinh phí thực hiện nhiệm vụ được giao",
		  "Văn phòng Bộ; các đơn vị thuộc Bộ có liên quan", "Cả năm", PLAN_TODO },
		{ "btp-365-2024/51", "Tổ chức thực hiện có hiệu quả các lớp đào tạo, bồi dưỡng",
		  "Cục Công nghệ thông tin; Tổng cục Thi hành án dân sự",
		  "Theo Kế hoạch đào tạo, bồi dưỡng công chức, viên chức Bộ Tư pháp năm 2024",
		  PLAN_TODO },
		/* Sub-rows: their own deadline and note, the parent's lead. */
		{ "btp-365-2024/28.1", "Triển khai thí điểm thực hiện tái cấu trúc quy trình",
		  "Cục Hộ tịch, quốc tịch, chứng thực", "Tháng 1", PLAN_DOING },
		{ "btp-365-2024/28.2", "Triển khai đồng bộ trên toàn quốc Dịch vụ công liên thông",
		  "Cục Hộ tịch, quốc tịch, chứng thực", "Quý II/2024", PLAN_TODO },
		{ "btp-365-2024/44.1",
		  "Tham mưu ban hành Kế hoạch triển khai Nghị quyết số 175/NQ-CP",
		  "Cục Công nghệ thông tin", "Tháng 1", PLAN_DONE },
		{ "btp-365-2024/7",
		  "Xây dựng Báo cáo của Bộ Tư pháp về kết quả giải quyết các điểm nghẽn",
		  "Văn phòng Bộ", "Tháng 01/2024", PLAN_DONE },
		{ "ttg-05-2023/A.1", "Báo cáo, đề xuất cấp ủy Đảng ban hành các Nghị quyết",
		  "Các bộ, ngành, địa phương", "Tháng 3/2023", PLAN_TODO },
		{ "ttg-05-2023/A.18", "Nghiên cứu, đánh giá kiện toàn về mô hình, nhân sự",
		  "Các bộ, ngành, địa phương", "Tháng 6/2023", PLAN_TODO },
		{ "ttg-05-2023/B.1",
		  "Chủ trì, phối hợp với các bộ, cơ quan, địa phương liên quan xây dựng "
		  "Đề án Trung tâm dữ liệu quốc gia",
		  "Bộ Công an", "Tháng 4/2023", PLAN_TODO },
		{ "ttg-05-2023/B.46", "Tăng cường hợp tác quốc tế, nghiên cứu tiếp thu có chọn lọc",
		  "Văn phòng Chính phủ; Bộ Công an", "Từ tháng 5/2023", PLAN_TODO },
		{ "ttg-05-2023/C.1",
		  "Bố trí kinh phí để triển khai Đề án 06 đảm bảo hiệu quả, đồng bộ",
		  "Ủy ban nhân dân các tỉnh, thành phố", "Tháng 02/2023", PLAN_TODO },
		{ "ttg-05-2023/C.8", "Thường xuyên tuyên truyền, hỗ trợ người dân",
		  "Ủy ban nhân dân các tỉnh, thành phố", "Thực hiện thường xuyên", PLAN_TODO },
		{ "bnv-132-2022/1", "Thành lập Tổ Công tác của Bộ Nội vụ triển khai thực hiện",
		  "Vụ Tổ chức cán bộ", "Đã hoàn thành", PLAN_DONE },
		{ "bnv-132-2022/3", "Rà soát, tái cấu trúc quy trình cắt giảm",
		  "Các đơn vị thuộc, trực thuộc Bộ (có TTHC)", "Tháng 03- 10/2022", PLAN_TODO },
		/* The source stops inside row 12: no deadline, no product. */
		{ "bnv-132-2022/12",
		  "Hoàn chỉnh, đưa vào quản lý vận hành Cơ sở dữ liệu về Thi đua",
		  "Ban Thi đua - Khen thưởng Trung ương", NULL, PLAN_TODO },
	};
	struct plan_buf lead = PLAN_BUF_INIT;

	(void)state;
	for (size_t i = 0; i < sizeof(table) / sizeof(table[0]); i++) {
		const struct expected_task *e = &table[i];
		const char *slash = strchr(e->ref, '/');
		char plan_id[32];
		const struct plan_task *t;
		const struct plan_text *deadline;

		snprintf(plan_id, sizeof(plan_id), "%.*s", (int)(slash - e->ref), e->ref);
		print_message("%s\n", e->ref);
		t = plan_find_task(plan(plan_id), slash + 1);
		assert_non_null(t);
		assert_int_equal(strncmp(t->text.s, e->task, strlen(e->task)), 0);
		plan_buf_reset(&lead);
		join(plan_task_lead(t), &lead);
		assert_string_equal(lead.s, e->lead);
		deadline = plan_task_deadline(t);
		if (e->deadline)
			assert_string_equal(deadline->s, e->deadline);
		else
			assert_null(deadline->s);
		assert_int_equal(t->status, e->status);
	}
	plan_buf_release(&lead);
}

static void test_every_unit_resolves(void **state)
{
	struct plan_unit_index *idx = plan_unit_index_new(set);
	struct plan_name_walk w = PLAN_NAME_WALK_INIT(set);
	const struct plan_text *name;
	const struct plan *p;
	size_t names = 0;

	(void)state;
	while ((name = plan_name_walk_next(&w, &p))) {
		const struct plan_unit_ref *u = plan_unit_of(idx, name);

		if (!u || !u->entry) {
			print_message("%s:%u: '%s' is not in the registry\n", p->path,
				      (unsigned)name->pos.line, name->s);
			fail();
		}
		names++;
	}
	assert_true(names > 400);
	plan_unit_index_free(idx);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_headers_and_counts),
		cmocka_unit_test(test_sections),
		cmocka_unit_test(test_first_and_last_tasks),
		cmocka_unit_test(test_every_unit_resolves),
	};

	return cmocka_run_group_tests(tests, load_shipped, free_shipped);
}
