/* load.c - from paths to a plan set: files, directories, bytes, plans. */
#include "plan/load.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "arena.h"
#include "bigmem.h"
#include "link.h"
#include "parse.h"
#include "plan/alloc.h"
#include "plan/unit.h"
#include "yamlev.h"

enum { MAX_DIR_DEPTH = 32 };

struct file_id {
	dev_t dev;
	ino_t ino;
};

struct plan_set_data {
	struct arena *arena;
	const struct plan **plans;
	size_t n_plans, cap_plans;
	const struct plan_unit **units;
	size_t n_units, cap_units;
	const struct plan_abbrev **abbrevs;
	size_t n_abbrevs, cap_abbrevs;
	struct file_id *files; /* files loaded so far, to load each once */
	size_t n_files, cap_files;
	const char **paths; /* the names of the files read */
	size_t n_paths, cap_paths;
};

struct loader {
	struct plan_set *set;
	struct plan_set_data *data;
	struct plan_load_opts opts;
	struct plan_diags *diags;
	bool unreadable;
};

static void io_error(struct loader *l, const char *what, const char *path, int err)
{
	struct plan_buf q = PLAN_BUF_INIT;

	plan_quote(&q, path, strlen(path), 200);
	plan_diags_add(l->diags, NULL, (struct plan_pos){ 0, 0 }, PLAN_ERROR, NULL,
		       "cannot %s %s: %s", what, q.s, strerror(err));
	plan_buf_release(&q);
	l->unreadable = true;
}

static void file_error(struct loader *l, const char *path, const char *code, const char *fmt, ...)
    PLAN_PRINTF(4, 5);
static void file_error(struct loader *l, const char *path, const char *code, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	plan_diags_vadd(l->diags, path, (struct plan_pos){ 0, 0 }, PLAN_ERROR, code, fmt, ap);
	va_end(ap);
}

static void add_plan(struct plan_set_data *data, const struct plan *plan)
{
	PLAN_GROW(data->plans, data->cap_plans, data->n_plans + 1);
	data->plans[data->n_plans++] = plan;
}

/* Takes the entries of a registry read from path. */
static void add_units(struct plan_set_data *data, const char *path,
		      const struct parsed_file *parsed)
{
	const char *copy = arena_strndup(data->arena, path, strlen(path));

	PLAN_GROW(data->units, data->cap_units, data->n_units + parsed->n_units);
	for (size_t i = 0; i < parsed->n_units; i++) {
		((struct plan_unit *)&parsed->units[i])->path = copy; /* the arena's, still ours */
		data->units[data->n_units++] = &parsed->units[i];
	}
	PLAN_GROW(data->abbrevs, data->cap_abbrevs, data->n_abbrevs + parsed->n_abbrevs);
	for (size_t i = 0; i < parsed->n_abbrevs; i++) {
		((struct plan_abbrev *)&parsed->abbrevs[i])->path = copy;
		data->abbrevs[data->n_abbrevs++] = &parsed->abbrevs[i];
	}
}

/*
 * Builds the plan or registry that reader r reads as the file path, and
 * closes r.  Returns false, with nothing taken and nothing said, when r is
 * a streaming reader that wants the whole file (yev_open_fd()).
 */
static bool load_from(struct loader *l, const char *path, struct yev_reader *r)
{
	const size_t first_diag = l->diags->n;
	struct parser p = { .r = r, .arena = l->data->arena };
	struct parsed_file parsed;
	struct plan *plan;
	bool failed;

	parse_file(&p, &parsed);
	yev_finish(p.r);
	failed = yev_failed(p.r);
	if (yev_wants_whole(p.r)) {
		yev_close(p.r);
		plan_diags_truncate(l->diags, first_diag);
		return false;
	}
	yev_close(p.r);
	PLAN_GROW(l->data->paths, l->data->cap_paths, l->data->n_paths + 1);
	l->data->paths[l->data->n_paths++] = arena_strndup(l->data->arena, path, strlen(path));
	plan = parsed.plan;
	if (!failed && parsed.registry)
		add_units(l->data, path, &parsed);
	if (!failed && plan && plan->id.s) {
		plan->path = arena_strndup(l->data->arena, path, strlen(path));
		link_plan(plan, l->data->arena, l->diags);
		add_plan(l->data, plan);
	}
	plan_diags_sort_from(l->diags, first_diag);
	return true;
}

static void load_bytes(struct loader *l, const char *path, const char *s, size_t len)
{
	load_from(l, path, yev_open(path, s, len, l->opts.max_depth, l->data->arena, l->diags));
}

static bool seen_before(struct plan_set_data *data, const struct stat *st)
{
	for (size_t i = 0; i < data->n_files; i++)
		if (data->files[i].dev == st->st_dev && data->files[i].ino == st->st_ino)
			return true;
	PLAN_GROW(data->files, data->cap_files, data->n_files + 1);
	data->files[data->n_files++] = (struct file_id){ st->st_dev, st->st_ino };
	return false;
}

static void load_file(struct loader *l, const char *path, int fd, const struct stat *st)
{
	const size_t max = l->opts.max_file_bytes;
	char *buf;
	size_t len = 0;

	if ((size_t)st->st_size > max) {
		file_error(l, path, "too-large",
			   "the file is too large (%lld bytes; the limit is %zu)",
			   (long long)st->st_size, max);
		return;
	}
	/*
	 * Read in chunks, as libyaml's own tools do, and the file is never all
	 * in memory; only a file the stream cannot read is read whole.
	 */
	if (load_from(l, path,
		      yev_open_fd(path, fd, (size_t)st->st_size, l->opts.max_depth, l->data->arena,
				  l->diags)))
		return;
	if (lseek(fd, 0, SEEK_SET) < 0) {
		io_error(l, "read", path, errno);
		return;
	}
	buf = bigmem_alloc((size_t)st->st_size + 1);
	for (;;) {
		ssize_t n = read(fd, buf + len, (size_t)st->st_size + 1 - len);

		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			io_error(l, "read", path, errno);
			bigmem_free(buf, (size_t)st->st_size + 1);
			return;
		}
		if (n == 0)
			break;
		len += (size_t)n;
		if (len > (size_t)st->st_size) {
			/* The file grew while we read it; read it next time. */
			file_error(l, path, "changed", "the file changed while it was read");
			bigmem_free(buf, (size_t)st->st_size + 1);
			return;
		}
	}
	load_bytes(l, path, buf, len);
	bigmem_free(buf, (size_t)st->st_size + 1);
}

static void load_path(struct loader *l, const char *path, bool named, unsigned depth);

static bool is_plan_file_name(const char *name)
{
	const size_t n = strlen(name);

	return (n > 5 && strcmp(name + n - 5, ".yaml") == 0) ||
	       (n > 4 && strcmp(name + n - 4, ".yml") == 0);
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void load_dir(struct loader *l, const char *path, int fd, unsigned depth)
{
	DIR *dir = fdopendir(fd);
	struct dirent *de;
	char **names = NULL;
	size_t n = 0, cap = 0;
	struct plan_buf child = PLAN_BUF_INIT;

	if (!dir) {
		io_error(l, "read directory", path, errno);
		close(fd);
		return;
	}
	while ((errno = 0, de = readdir(dir)) != NULL) {
		if (de->d_name[0] == '.')
			continue;
		PLAN_GROW(names, cap, n + 1);
		names[n++] = plan_xstrdup(de->d_name);
	}
	if (errno)
		io_error(l, "read directory", path, errno);
	closedir(dir);
	if (n)
		qsort(names, n, sizeof(*names), by_name);
	for (size_t i = 0; i < n; i++) {
		plan_buf_reset(&child);
		plan_buf_addstr(&child, path);
		if (child.len && child.s[child.len - 1] != '/')
			plan_buf_addch(&child, '/');
		plan_buf_addstr(&child, names[i]);
		if (depth < MAX_DIR_DEPTH)
			load_path(l, child.s, is_plan_file_name(names[i]), depth + 1);
		free(names[i]);
	}
	free(names);
	plan_buf_release(&child);
}

/*
 * Loads path: a directory is walked; a file is loaded when it was named by
 * the caller or carries a plan file name.  Anything else met while walking
 * a directory is passed over.
 */
static void load_path(struct loader *l, const char *path, bool named, unsigned depth)
{
	struct stat st;
	/*
	 * Not blocking: a FIFO (or a device) in a plans directory would hold
	 * every command until something wrote to it.  Its type is read once it
	 * is open, so that nothing can change between the look and the read.
	 */
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);

	if (fd < 0) {
		if (named)
			io_error(l, "open", path, errno);
		return;
	}
	if (fstat(fd, &st) < 0) {
		io_error(l, "stat", path, errno);
		close(fd);
		return;
	}
	if (S_ISDIR(st.st_mode)) {
		if (!seen_before(l->data, &st))
			load_dir(l, path, fd, depth); /* closes fd */
		else
			close(fd);
		return;
	}
	if (!named) {
		close(fd);
		return;
	}
	if (!S_ISREG(st.st_mode))
		file_error(l, path, "not-a-file", "not a regular file");
	else if (fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK) < 0)
		io_error(l, "open", path, errno);
	else if (!seen_before(l->data, &st))
		load_file(l, path, fd, &st);
	close(fd);
}

static void report_duplicate_plans(struct loader *l)
{
	const struct plan **v = l->data->plans;

	for (size_t i = 1; i < l->data->n_plans; i++) {
		for (size_t j = 0; j < i; j++) {
			if (strcmp(v[i]->id.s, v[j]->id.s) != 0)
				continue;
			plan_diags_add(l->diags, v[i]->path, v[i]->id.pos, PLAN_ERROR,
				       "duplicate-plan", "duplicate plan id '%s' (also in %s:%u)",
				       v[i]->id.s, v[j]->path, (unsigned)v[j]->id.pos.line);
			break;
		}
	}
}

static void loader_init(struct loader *l, struct plan_set **out, const struct plan_load_opts *opts,
			struct plan_diags *diags)
{
	memset(l, 0, sizeof(*l));
	l->set = plan_xcalloc(1, sizeof(*l->set));
	l->data = plan_xcalloc(1, sizeof(*l->data));
	l->data->arena = arena_new();
	l->set->data = l->data;
	if (opts)
		l->opts = *opts;
	if (!l->opts.max_file_bytes)
		l->opts.max_file_bytes = PLAN_MAX_FILE_BYTES;
	if (!l->opts.max_depth)
		l->opts.max_depth = PLAN_MAX_DEPTH;
	l->diags = diags;
	*out = l->set;
}

static enum plan_load_result loader_finish(struct loader *l, size_t errors_before)
{
	report_duplicate_plans(l);
	l->set->plans = l->data->plans;
	l->set->n_plans = l->data->n_plans;
	l->set->units = l->data->units;
	l->set->n_units = l->data->n_units;
	l->set->abbrevs = l->data->abbrevs;
	l->set->n_abbrevs = l->data->n_abbrevs;
	l->set->files = l->data->paths;
	l->set->n_files = l->data->n_paths;
	plan_units_check(l->set, l->diags);
	if (l->unreadable)
		return PLAN_LOAD_UNREADABLE;
	return l->diags->errors > errors_before ? PLAN_LOAD_INVALID : PLAN_LOAD_OK;
}

enum plan_load_result plan_set_load(struct plan_set **out, const char *const *paths, size_t n_paths,
				    const struct plan_load_opts *opts, struct plan_diags *diags)
{
	const size_t errors_before = diags->errors;
	struct loader l;

	loader_init(&l, out, opts, diags);
	for (size_t i = 0; i < n_paths; i++)
		load_path(&l, paths[i], true, 0);
	return loader_finish(&l, errors_before);
}

enum plan_load_result plan_set_load_sources(struct plan_set **out,
					    const struct plan_source *sources, size_t n,
					    const struct plan_load_opts *opts,
					    struct plan_diags *diags)
{
	const size_t errors_before = diags->errors;
	struct loader l;

	loader_init(&l, out, opts, diags);
	for (size_t i = 0; i < n; i++) {
		if (sources[i].len > l.opts.max_file_bytes)
			file_error(&l, sources[i].name, "too-large",
				   "the file is too large (%zu bytes; the limit is %zu)",
				   sources[i].len, l.opts.max_file_bytes);
		else
			load_bytes(&l, sources[i].name, sources[i].data, sources[i].len);
	}
	return loader_finish(&l, errors_before);
}

enum plan_load_result plan_set_load_buffer(struct plan_set **out, const char *name,
					   const char *data, size_t len,
					   const struct plan_load_opts *opts,
					   struct plan_diags *diags)
{
	const struct plan_source one = { name, data, len };

	return plan_set_load_sources(out, &one, 1, opts, diags);
}

void plan_set_free(struct plan_set *set)
{
	if (!set)
		return;
	arena_free(set->data->arena);
	free(set->data->plans);
	free(set->data->units);
	free(set->data->abbrevs);
	free(set->data->files);
	free(set->data->paths);
	free(set->data);
	free(set);
}
