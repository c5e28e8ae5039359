/*
 * test_unit.c - units (src/core/unit.c, unit_index.c): what clerks type
 * against the shipped registry and plans; names scoped by the issuer;
 * names the registry does not know; roles and collectives; the
 * registry's own consistency.
 */
#include "testutil.h"
#include "testworld.h"
#include "unit_corpus.h"

#include "plan/unit.h"

struct query_case {
	const char *query;
	const char *want[3]; /* the canonical names, "NAME (PARENT)" */
};

static const struct query_case shipped_queries[] = {
	/* The full name, however it is typed. */
	{ "Cục Công nghệ thông tin", { "Cục Công nghệ thông tin (Bộ Tư pháp)" } },
	{ "CỤC CÔNG NGHỆ THÔNG TIN", { "Cục Công nghệ thông tin (Bộ Tư pháp)" } },
	{ "cuc cong nghe thong tin", { "Cục Công nghệ thông tin (Bộ Tư pháp)" } },
	{ "Cu\xcc\xa3"
	  "c Co\xcc\x82ng nghe\xcc\xa3\xcc\x82 tho\xcc\x82ng tin",
	  { "Cục Công nghệ thông tin (Bộ Tư pháp)" } }, /* decomposed (NFD) */
	{ "  Cục   Công nghệ thông tin. ", { "Cục Công nghệ thông tin (Bộ Tư pháp)" } },
	/* Acronyms, derived or registered, and initials alone. */
	{ "Cục CNTT", { "Cục Công nghệ thông tin (Bộ Tư pháp)" } },
	{ "cuc cntt", { "Cục Công nghệ thông tin (Bộ Tư pháp)" } },
	{ "CNTT", { "Cục Công nghệ thông tin (Bộ Tư pháp)" } },
	{ "Trung tâm LLTPQG", { "Trung tâm Lý lịch tư pháp quốc gia (Bộ Tư pháp)" } },
	{ "TTLLTPQG", { "Trung tâm Lý lịch tư pháp quốc gia (Bộ Tư pháp)" } },
	{ "trung tam ly lich tu phap quoc gia",
	  { "Trung tâm Lý lịch tư pháp quốc gia (Bộ Tư pháp)" } },
	{ "Tổng cục THADS", { "Tổng cục Thi hành án dân sự (Bộ Tư pháp)" } },
	{ "THADS", { "Tổng cục Thi hành án dân sự (Bộ Tư pháp)" } },
	{ "Cục HTQTCT", { "Cục Hộ tịch, quốc tịch, chứng thực (Bộ Tư pháp)" } },
	{ "cuc ho tich quoc tich chung thuc",
	  { "Cục Hộ tịch, quốc tịch, chứng thực (Bộ Tư pháp)" } },
	{ "Vụ PLDSKT", { "Vụ Pháp luật dân sự - kinh tế (Bộ Tư pháp)" } },
	{ "Vụ Pháp luật dân sự kinh tế", { "Vụ Pháp luật dân sự - kinh tế (Bộ Tư pháp)" } },
	/* Misprints and former names, through their aliases. */
	{ "Cục Hỗ trợ tư pháp", { "Cục Bổ trợ tư pháp (Bộ Tư pháp)" } },
	{ "Cục Bỏ trợ tư pháp", { "Cục Bổ trợ tư pháp (Bộ Tư pháp)" } },
	{ "Trung tâm LTPQG", { "Trung tâm Lý lịch tư pháp quốc gia (Bộ Tư pháp)" } },
	{ "Cục Con nuôi", { "Vụ Con nuôi (Bộ Tư pháp)" } },
	{ "Thủ tướng Chính phủ", { "Chính phủ (-)" } },
	{ "Bộ Công an", { "Bộ Công an (Chính phủ)" } },
	/* Several bodies' units: ambiguous, unless narrowed. */
	{ "Văn phòng Bộ", { "Văn phòng Bộ (Bộ Tư pháp)", "Văn phòng Bộ (Bộ Nội vụ)" } },
	{ "Vụ Tổ chức cán bộ",
	  { "Vụ Tổ chức cán bộ (Bộ Tư pháp)", "Vụ Tổ chức cán bộ (Bộ Nội vụ)" } },
	{ "Văn phòng Bộ (Bộ Nội vụ)", { "Văn phòng Bộ (Bộ Nội vụ)" } },
	{ "van phong bo (bo tu phap)", { "Văn phòng Bộ (Bộ Tư pháp)" } },
	{ "Bộ Công an (Thủ tướng Chính phủ)", { "Bộ Công an (Chính phủ)" } },
	/* Brackets of a name's own, not a body that narrows it. */
	{ "Các đơn vị thuộc, trực thuộc Bộ (có TTHC)",
	  { "Các đơn vị thuộc, trực thuộc Bộ (có TTHC) (Bộ Nội vụ)" } },
	{ "các đơn vị trực thuộc Bộ (có TTHC)",
	  { "Các đơn vị trực thuộc Bộ (có TTHC) (Bộ Nội vụ)" } },
	/* Nothing. */
	{ "Cục Quản lý nhà", { NULL } },
	{ "Văn phòng Bộ (Bộ Y tế)", { NULL } },
};

static struct plan_set *load_dir(const char *dir)
{
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct plan_set *set = NULL;

	plan_set_load(&set, &dir, 1, NULL, &diags);
	print_diags(&diags);
	assert_int_equal(diags.errors, 0);
	plan_diags_release(&diags);
	return set;
}

static void describe(const struct plan_unit_ref *u, struct plan_buf *out)
{
	plan_buf_addf(out, "%s (%s)", u->name, u->parent ? u->parent : "-");
}

static void test_queries_on_the_shipped_plans(void **state)
{
	struct plan_set *set = load_dir(PLAN_SOURCE_DIR "/plans");
	struct plan_unit_index *idx = plan_unit_index_new(set);
	struct plan_buf got = PLAN_BUF_INIT;

	(void)state;
	for (size_t i = 0; i < sizeof(shipped_queries) / sizeof(shipped_queries[0]); i++) {
		const struct query_case *c = &shipped_queries[i];
		struct plan_unit_refs refs = PLAN_UNIT_REFS_INIT;
		size_t want = 0;

		while (want < 3 && c->want[want])
			want++;
		plan_unit_lookup(idx, c->query, &refs);
		print_message("%s\n", c->query);
		assert_int_equal(refs.n, want);
		for (size_t j = 0; j < want; j++) {
			plan_buf_reset(&got);
			describe(refs.v[j], &got);
			assert_string_equal(got.s, c->want[j]);
		}
		plan_unit_refs_release(&refs);
	}
	plan_buf_release(&got);
	plan_unit_index_free(idx);
	plan_set_free(set);
}

static void test_closest_names(void **state)
{
	struct plan_set *set = load_dir(PLAN_SOURCE_DIR "/plans");
	struct plan_unit_index *idx = plan_unit_index_new(set);
	struct plan_unit_refs refs = PLAN_UNIT_REFS_INIT;

	(void)state;
	plan_unit_closest(idx, "Cục Công nghệ thong tim", 3, false, &refs);
	assert_true(refs.n >= 1);
	assert_string_equal(refs.v[0]->name, "Cục Công nghệ thông tin");
	plan_unit_refs_release(&refs);
	plan_unit_closest(idx, "zzzz", 3, false, &refs);
	assert_int_equal(refs.n, 0);
	plan_unit_refs_release(&refs);
	plan_unit_index_free(idx);
	plan_set_free(set);
}

/* A small world: a registry and one plan per issuer, ids p0, p1, ... */
static const char registry[] =
    "units:\n"
    "  - name: Chính phủ\n    aliases:\n      - Thủ tướng Chính phủ\n"
    "  - name: Văn phòng Bộ\n    parent: Bộ Tư pháp\n"
    "  - name: Văn phòng Bộ\n    parent: Bộ Nội vụ\n"
    "  - name: Cục Công nghệ thông tin\n    parent: Bộ Tư pháp\n"
    "  - name: Các đơn vị thuộc Bộ\n    parent: Bộ Tư pháp\n"
    "    collective: true\n"
    "  - name: Bộ Công an\n    parent: Chính phủ\n"
    "  - name: Bộ Tư pháp\n    parent: Chính phủ\n"
    "  - name: Bộ Nội vụ\n    parent: Chính phủ\n"
    "  - name: Các bộ, ngành\n    parent: Chính phủ\n    collective: true\n";

static const char *const plans[] = {
	"plan: p0\ntitle: T\nissuer: Bộ Tư pháp\nissued: 2024-01-01\ntasks:\n"
	"  - id: \"1\"\n    task: A\n    lead:\n      - VĂN PHÒNG BỘ\n"
	"    support:\n      - cuc cntt\n"
	"  - id: \"2\"\n    task: B\n    lead:\n      - Các đơn vị thuộc Bộ\n"
	"    subtasks:\n      - id: \"2.1\"\n        task: C\n"
	"  - id: \"3\"\n    task: D\n    lead:\n      - Sở Tư pháp Hà Nội\n"
	"  - id: \"4\"\n    task: E\n    lead:\n      - Các bộ, ngành\n",
	"plan: p1\ntitle: T\nissuer: Bộ Nội vụ\nissued: 2024-01-01\ntasks:\n"
	"  - id: \"1\"\n    task: A\n    lead:\n      - Văn phòng Bộ\n"
	"  - id: \"2\"\n    task: B\n    lead:\n      - Các đơn vị thuộc Bộ\n"
	"  - id: \"3\"\n    task: D\n    lead:\n      - Sở Tư pháp Hà Nội\n"
	"  - id: \"4\"\n    task: E\n    lead:\n      - Cục Công nghệ thông tin\n",
	"plan: p2\ntitle: T\nissuer: Thủ tướng Chính phủ\nissued: 2024-01-01\ntasks:\n"
	"  - id: \"1\"\n    task: A\n    lead:\n      - Các bộ, ngành\n",
	"plan: p3\ntitle: T\nissuer: Ủy ban nhân dân tỉnh Lào Cai\nissued: 2024-01-01\ntasks:\n"
	"  - id: \"1\"\n    task: A\n    lead:\n      - Cục CNTT\n",
};

static void load_world(struct world *w)
{
	const char *files[] = { plans[0], plans[1], plans[2], plans[3], registry };

	world_load(w, files, 5);
}

static const struct plan_task *task(const struct plan_set *set, const char *plan_id, const char *id)
{
	return plan_find_task(plan_set_find(set, plan_id), id);
}

static void test_names_in_plans_are_scoped(void **state)
{
	struct world w;
	struct plan_set *set;
	struct plan_unit_index *idx;
	const struct plan_unit_ref *btp, *bnv, *so_btp, *so_bnv;
	struct plan_unit_refs close = PLAN_UNIT_REFS_INIT;

	(void)state;
	load_world(&w);
	set = w.set;
	idx = plan_unit_index_new(set);
	btp = plan_unit_of(idx, &task(set, "p0", "1")->lead.v[0]);
	bnv = plan_unit_of(idx, &task(set, "p1", "1")->lead.v[0]);
	assert_non_null(btp);
	assert_string_equal(btp->parent, "Bộ Tư pháp"); /* "VĂN PHÒNG BỘ", folded */
	assert_string_equal(bnv->parent, "Bộ Nội vụ");
	assert_string_equal(plan_unit_of(idx, &task(set, "p0", "1")->support.v[0])->name,
			    "Cục Công nghệ thông tin"); /* "cuc cntt": its acronym */
	/* Names the registry does not know: one unit per body that uses them. */
	so_btp = plan_unit_of(idx, &task(set, "p0", "3")->lead.v[0]);
	so_bnv = plan_unit_of(idx, &task(set, "p1", "3")->lead.v[0]);
	assert_null(so_btp->entry);
	assert_string_equal(so_btp->name, "Sở Tư pháp Hà Nội");
	assert_string_equal(so_btp->parent, "Bộ Tư pháp");
	assert_ptr_not_equal(so_btp, so_bnv);
	/* The closest to a misprint of it is itself, unless only the registry counts. */
	plan_unit_closest(idx, "Sở Tư pháp Hà Nôi", 1, false, &close);
	assert_int_equal(close.n, 1);
	assert_string_equal(close.v[0]->name, "Sở Tư pháp Hà Nội");
	close.n = 0;
	plan_unit_closest(idx, "Sở Tư pháp Hà Nôi", 1, true, &close);
	assert_true(close.n == 0 || close.v[0]->entry);
	plan_unit_refs_release(&close);
	/*
	 * A group phrase speaks of the units of the body issuing the plan, or
	 * of a body above it: "Các đơn vị thuộc Bộ" of a Bộ Nội vụ plan is not
	 * the Bộ Tư pháp entry, "Các bộ, ngành" of a Bộ Tư pháp plan is the
	 * Government's.
	 */
	assert_null(plan_unit_of(idx, &task(set, "p1", "2")->lead.v[0])->entry);
	assert_string_equal(plan_unit_of(idx, &task(set, "p1", "2")->lead.v[0])->parent,
			    "Bộ Nội vụ");
	assert_string_equal(plan_unit_of(idx, &task(set, "p0", "4")->lead.v[0])->parent,
			    "Chính phủ");
	assert_non_null(plan_unit_of(idx, &task(set, "p0", "4")->lead.v[0])->entry);
	/* A unit deep in another body is not one a plan names by its words alone. */
	assert_null(plan_unit_of(idx, &task(set, "p1", "4")->lead.v[0])->entry);
	/* ...unless the registry does not say where the plan's issuer stands. */
	assert_non_null(plan_unit_of(idx, &task(set, "p3", "1")->lead.v[0])->entry);
	assert_int_equal(plan_unit_count(idx), 9 + 4);
	assert_string_equal(plan_unit_scope(set, plan_set_find(set, "p2")), "Chính phủ");
	plan_unit_index_free(idx);
	world_unload(&w);
}

static void test_roles_and_collectives(void **state)
{
	struct world w;
	struct plan_set *set;
	struct plan_unit_index *idx;
	struct plan_unit_refs cntt = PLAN_UNIT_REFS_INIT, btp = PLAN_UNIT_REFS_INIT;
	const struct plan_unit_ref *via;

	(void)state;
	load_world(&w);
	set = w.set;
	idx = plan_unit_index_new(set);
	/* The Bộ Nội vụ plan names a "Cục Công nghệ thông tin" of its own. */
	plan_unit_lookup(idx, "CNTT", &cntt);
	assert_int_equal(cntt.n, 2);
	cntt.n = 0;
	plan_unit_lookup(idx, "CNTT (Bộ Tư pháp)", &cntt);
	plan_unit_lookup(idx, "Bộ Tư pháp", &btp);
	assert_int_equal(cntt.n, 1);
	assert_int_equal(btp.n, 1);
	/* Cục CNTT supports p0/1 but does not lead it. */
	assert_null(plan_unit_in_task(idx, task(set, "p0", "1"), cntt.v[0], PLAN_ROLE_LEAD, false));
	assert_ptr_equal(
	    plan_unit_in_task(idx, task(set, "p0", "1"), cntt.v[0], PLAN_ROLE_SUPPORT, false),
	    cntt.v[0]);
	assert_ptr_equal(
	    plan_unit_in_task(idx, task(set, "p0", "1"), cntt.v[0], PLAN_ROLE_ANY, false),
	    cntt.v[0]);
	/* "Các đơn vị thuộc Bộ" in a Bộ Tư pháp plan covers Cục CNTT, subtasks too... */
	assert_null(plan_unit_in_task(idx, task(set, "p0", "2"), cntt.v[0], PLAN_ROLE_LEAD, false));
	via = plan_unit_in_task(idx, task(set, "p0", "2"), cntt.v[0], PLAN_ROLE_LEAD, true);
	assert_non_null(via);
	assert_string_equal(via->name, "Các đơn vị thuộc Bộ");
	assert_non_null(
	    plan_unit_in_task(idx, task(set, "p0", "2.1"), cntt.v[0], PLAN_ROLE_LEAD, true));
	/* ...but not in a Bộ Nội vụ plan, where the same words speak of its units. */
	assert_null(plan_unit_in_task(idx, task(set, "p1", "2"), cntt.v[0], PLAN_ROLE_LEAD, true));
	/* The Government's collective, in the Prime Minister's plan, covers a ministry. */
	assert_non_null(
	    plan_unit_in_task(idx, task(set, "p2", "1"), btp.v[0], PLAN_ROLE_LEAD, true));
	plan_unit_refs_release(&cntt);
	plan_unit_refs_release(&btp);
	plan_unit_index_free(idx);
	world_unload(&w);
}

static void test_registry_checks(void **state)
{
	static const struct load_case cases[] = {
		{ "the same unit twice",
		  "units:\n  - name: Văn phòng Bộ\n    parent: Bộ Tư pháp\n"
		  "  - name: Văn phòng Bộ\n    parent: Bộ Tư pháp\n",
		  { { "duplicate-unit", 4, 11, PLAN_ERROR,
		      "unit 'Văn phòng Bộ' of 'Bộ Tư pháp' is already in the registry "
		      "(t.yaml:2)" } },
		  1,
		  0 },
		{ "one alias, two units of one body",
		  "units:\n  - name: Cục Bổ trợ tư pháp\n    aliases:\n      - Cục BTTP\n"
		  "    parent: Bộ Tư pháp\n"
		  "  - name: Cục Bồi thường nhà nước\n    aliases:\n      - Cục BTTP\n"
		  "    parent: Bộ Tư pháp\n",
		  { { "alias-collision", 8, 9, PLAN_ERROR,
		      "'Cục BTTP' stands for two units of 'Bộ Tư pháp': 'Cục Bổ trợ tư pháp' "
		      "(t.yaml:4) and 'Cục Bồi thường nhà nước'" } },
		  1,
		  0 },
		{ "aliases that collide once folded",
		  "units:\n  - name: A\n    aliases:\n      - Cục cntt\n    parent: B\n"
		  "  - name: C\n    aliases:\n      - CỤC CNTT.\n    parent: b\n",
		  { { "alias-collision", 8, 9, PLAN_ERROR, "'CỤC CNTT.' stands for two units" } },
		  1,
		  0 },
		{ "the same name in two bodies is fine",
		  "units:\n  - name: Văn phòng Bộ\n    parent: Bộ Tư pháp\n"
		  "  - name: Văn phòng Bộ\n    parent: Bộ Nội vụ\n",
		  { { 0 } },
		  0,
		  0 },
	};

	(void)state;
	check_load_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * Real spellings (tests/corpus/units): each, written in a plan of the body
 * its unit belongs to, against a registry of official names only, with no
 * alias.  The spellings that follow the rules of abbreviation must find
 * their unit (at least 90% of them); the others ("other": nicknames,
 * former names, misprints) are what aliases are for, and are counted.
 */
static void test_corpus_spellings(void **state)
{
	struct unit_corpus c;
	struct plan_source *sources;
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct plan_set *set = NULL;
	struct plan_unit_index *idx;
	size_t ruled = 0, found = 0, others = 0, others_found = 0, wrong = 0;
	const char *text;

	(void)state;
	unit_corpus_read(&c);
	sources = calloc(c.n_plans + 1, sizeof(*sources));
	assert_non_null(sources);
	sources[0] = (struct plan_source){ "units.yaml", c.registry.s, c.registry.len };
	text = c.plans.s;
	for (size_t p = 0; p < c.n_plans; p++, text += strlen(text) + 1)
		sources[p + 1] = (struct plan_source){ "p.yaml", text, strlen(text) };
	plan_set_load_sources(&set, sources, c.n_plans + 1, NULL, &diags);
	print_diags(&diags);
	assert_int_equal(diags.errors, 0);
	idx = plan_unit_index_new(set);
	for (size_t p = 0; p < set->n_plans; p++) {
		const struct plan *plan = set->plans[p];

		for (size_t t = 0; t < plan->n_tasks; t++) {
			const struct plan_task *task = plan->tasks[t];
			const struct spelling_case *sc = &c.v[atoi(task->id.s)];
			const struct plan_unit_ref *u = plan_unit_of(idx, &task->lead.v[0]);
			const bool is_other = strcmp(sc->rule, "other") == 0;
			const bool ok = u && u->entry && strcmp(u->name, sc->official) == 0 &&
					strcmp(u->parent ? u->parent : "", sc->parent) == 0;

			if (!ok && u && u->entry) {
				wrong++;
				print_message("  another unit (%s): '%s' for '%s' is '%s'\n", sc->rule,
					      sc->spelling, sc->official, u->name);
			}
			if (is_other) {
				others++;
				others_found += ok;
				continue;
			}
			ruled++;
			found += ok;
			if (!ok)
				print_message("  not found (%s): '%s' for '%s'%s%s\n", sc->rule,
					      sc->spelling, sc->official, u && u->entry ? ", but " : "",
					      u && u->entry ? u->name : "");
		}
	}
	print_message("spellings by the rules: %zu of %zu found; others: %zu of %zu; "
		      "a wrong unit: %zu\n",
		      found, ruled, others_found, others, wrong);
	assert_true(ruled > 250);
	assert_true(found * 100 >= ruled * 90);
	plan_unit_index_free(idx);
	plan_set_free(set);
	plan_diags_release(&diags);
	free(sources);
	unit_corpus_release(&c);
}

/*
 * The unit of idx that "NAME (PARENT)" (a note in brackets after it
 * aside) is, or NULL.
 */
static const struct plan_unit_ref *corpus_unit(const struct plan_unit_index *idx,
					       const char *candidate)
{
	char name[512], parent[512];
	const char *open = strstr(candidate, " ("), *close;

	if (!open || !(close = strchr(open, ')')))
		return NULL;
	snprintf(name, sizeof(name), "%.*s", (int)(open - candidate), candidate);
	snprintf(parent, sizeof(parent), "%.*s", (int)(close - open - 2), open + 2);
	for (size_t u = 0; u < plan_unit_count(idx); u++) {
		const struct plan_unit_ref *r = plan_unit_at(idx, u);

		if (r->entry && strcmp(r->name, name) == 0 &&
		    strcmp(r->parent ? r->parent : "", parent) == 0)
			return r;
	}
	return NULL;
}

/*
 * Short spellings that fit several units (tests/corpus/units/ambiguous.tsv):
 * typed without a body, they never pick one of them.
 */
static void test_corpus_ambiguous(void **state)
{
	struct unit_corpus c;
	struct plan_source source;
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct plan_set *set = NULL;
	struct plan_unit_index *idx;
	char line[4096], *field[16];
	size_t checked = 0, picked = 0;
	FILE *f;

	(void)state;
	unit_corpus_read(&c);
	source = (struct plan_source){ "units.yaml", c.registry.s, c.registry.len };
	plan_set_load_sources(&set, &source, 1, NULL, &diags);
	assert_int_equal(diags.errors, 0);
	idx = plan_unit_index_new(set);
	f = corpus_open("ambiguous.tsv");
	while (fgets(line, sizeof(line), f)) {
		const size_t n = corpus_fields(line, field, 16);
		struct plan_unit_refs found = PLAN_UNIT_REFS_INIT;
		const struct plan_unit_ref *first = NULL;
		bool several = false;

		/* two of its candidates are registry entries (one entry named twice is one) */
		for (size_t i = 1; i < n; i++) {
			const struct plan_unit_ref *u = corpus_unit(idx, field[i]);

			several = several || (u && first && u != first);
			first = first ? first : u;
		}
		if (!several)
			continue;
		plan_unit_lookup(idx, field[0], &found);
		if (found.n == 1) {
			print_message("'%s' picked '%s (%s)'\n", field[0], found.v[0]->name,
				      found.v[0]->parent ? found.v[0]->parent : "");
			picked++;
		}
		plan_unit_refs_release(&found);
		checked++;
	}
	fclose(f);
	assert_true(checked >= 20);
	assert_int_equal(picked, 0);
	plan_unit_index_free(idx);
	plan_set_free(set);
	plan_diags_release(&diags);
	unit_corpus_release(&c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_queries_on_the_shipped_plans),
		cmocka_unit_test(test_closest_names),
		cmocka_unit_test(test_names_in_plans_are_scoped),
		cmocka_unit_test(test_roles_and_collectives),
		cmocka_unit_test(test_registry_checks),
		cmocka_unit_test(test_corpus_spellings),
		cmocka_unit_test(test_corpus_ambiguous),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
