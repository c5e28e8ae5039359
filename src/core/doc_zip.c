/* doc_zip.c - zip parts read whole with libzip, their XML with libxml2's reader. */
#include "doc_zip.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <libxml/xmlreader.h>
#include <zip.h>

#include "alloc.h"

struct doc_zip {
	zip_t *zip;
	const char *path;
};

struct doc_xml {
	xmlTextReaderPtr reader;
	const char *path, *part;
	struct plan_diags *diags;
	xmlChar *attr; /* the last attribute value handed out */
};

static void file_error(struct plan_diags *diags, const char *path, const char *fmt, ...)
    PLAN_PRINTF(3, 4);

static void file_error(struct plan_diags *diags, const char *path, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	plan_diags_vadd(diags, path, (struct plan_pos){ 0, 0 }, PLAN_ERROR, "bad-document", fmt,
			ap);
	va_end(ap);
}

struct doc_zip *doc_zip_open(const char *path, struct plan_diags *diags)
{
	struct doc_zip *z;
	zip_t *zip;
	int err = 0;

	zip = zip_open(path, ZIP_RDONLY | ZIP_CHECKCONS, &err);
	if (!zip) {
		zip_error_t e;

		zip_error_init_with_code(&e, err);
		file_error(diags, path, "not a document plan can read: %s",
			   err == ZIP_ER_NOZIP ? "it is not a zip file, or it was cut short"
					       : zip_error_strerror(&e));
		zip_error_fini(&e);
		return NULL;
	}
	z = plan_xcalloc(1, sizeof(*z));
	z->zip = zip;
	z->path = path;
	return z;
}

bool doc_zip_has(struct doc_zip *z, const char *name)
{
	return zip_name_locate(z->zip, name, 0) >= 0;
}

void doc_zip_close(struct doc_zip *z)
{
	if (!z)
		return;
	zip_discard(z->zip);
	free(z);
}

int doc_zip_read(struct doc_zip *z, const char *name, struct plan_buf *out,
		 struct plan_diags *diags)
{
	zip_stat_t st;
	zip_file_t *f;
	char chunk[65536];
	zip_int64_t n;
	int status = 0;

	zip_stat_init(&st);
	if (zip_stat(z->zip, name, 0, &st) != 0)
		return 1;
	if ((st.valid & ZIP_STAT_SIZE) && st.size > DOC_MAX_PART) {
		file_error(diags, z->path,
			   "part '%s' is too large to read (over 64 MiB uncompressed)", name);
		return -1;
	}
	if (!(f = zip_fopen(z->zip, name, 0))) {
		file_error(diags, z->path, "cannot read part '%s': %s", name, zip_strerror(z->zip));
		return -1;
	}
	plan_buf_reset(out);
	while ((n = zip_fread(f, chunk, sizeof(chunk))) > 0) {
		/* what a file claims of its size is not trusted: the bytes are counted */
		if (out->len + (size_t)n > DOC_MAX_PART ||
		    ((st.valid & ZIP_STAT_COMP_SIZE) &&
		     out->len + (size_t)n > (size_t)DOC_MAX_RATIO * (st.comp_size + 1024))) {
			file_error(diags, z->path,
				   "part '%s' expands too much to read (a zip bomb?)", name);
			status = -1;
			break;
		}
		plan_buf_add(out, chunk, (size_t)n);
	}
	if (n < 0 && !status) {
		file_error(diags, z->path, "cannot read part '%s': %s", name, zip_file_strerror(f));
		status = -1;
	}
	zip_fclose(f);
	return status;
}

/* libxml2's errors are ours to report, not its to print. */
static void quiet(void *arg, const char *msg, xmlParserSeverities severity,
		  xmlTextReaderLocatorPtr locator)
{
	struct doc_xml *x = arg;

	(void)msg;
	(void)severity;
	(void)x;
	(void)locator;
}

struct doc_xml *doc_xml_open(const struct plan_buf *xml, const char *path, const char *part,
			     struct plan_diags *diags)
{
	struct doc_xml *x = plan_xcalloc(1, sizeof(*x));

	x->path = path;
	x->part = part;
	x->diags = diags;
	/* no network, no DTD loaded, no entity substituted (XML_PARSE_NOENT is not given) */
	x->reader = xmlReaderForMemory(xml->s, (int)xml->len, part, NULL,
				       XML_PARSE_NONET | XML_PARSE_NOWARNING | XML_PARSE_NOERROR);
	if (!x->reader) {
		file_error(diags, path, "cannot read part '%s'", part);
		free(x);
		return NULL;
	}
	xmlTextReaderSetErrorHandler(x->reader, quiet, x);
	return x;
}

void doc_xml_close(struct doc_xml *x)
{
	if (!x)
		return;
	xmlFree(x->attr);
	xmlFreeTextReader(x->reader);
	free(x);
}

enum doc_node doc_xml_next(struct doc_xml *x)
{
	for (;;) {
		const int rc = xmlTextReaderRead(x->reader);
		int type;

		if (rc == 0)
			return DOC_END;
		if (rc < 0) {
			plan_diags_add(
			    x->diags, x->path, (struct plan_pos){ 0, 0 }, PLAN_ERROR,
			    "bad-document",
			    "part '%s' is not well-formed XML (at its line %d, column %d)", x->part,
			    xmlTextReaderGetParserLineNumber(x->reader),
			    xmlTextReaderGetParserColumnNumber(x->reader));
			return DOC_ERROR;
		}
		type = xmlTextReaderNodeType(x->reader);
		switch (type) {
		case XML_READER_TYPE_DOCUMENT_TYPE:
		case XML_READER_TYPE_ENTITY_REFERENCE:
		case XML_READER_TYPE_ENTITY:
			plan_diags_add(x->diags, x->path, (struct plan_pos){ 0, 0 }, PLAN_ERROR,
				       "bad-document",
				       "part '%s' declares a document type or entities; plan reads "
				       "none (they could fetch or expand anything)",
				       x->part);
			return DOC_ERROR;
		case XML_READER_TYPE_ELEMENT:
			return DOC_OPEN;
		case XML_READER_TYPE_END_ELEMENT:
			return DOC_CLOSE;
		case XML_READER_TYPE_TEXT:
		case XML_READER_TYPE_CDATA:
		case XML_READER_TYPE_SIGNIFICANT_WHITESPACE:
			return DOC_TEXT;
		default:
			continue;
		}
	}
}

const char *doc_xml_name(const struct doc_xml *x)
{
	const xmlChar *n = xmlTextReaderConstLocalName(x->reader);

	return n ? (const char *)n : "";
}

const char *doc_xml_ns(const struct doc_xml *x)
{
	const xmlChar *n = xmlTextReaderConstNamespaceUri(x->reader);

	return n ? (const char *)n : "";
}

bool doc_xml_empty(const struct doc_xml *x)
{
	return xmlTextReaderIsEmptyElement(x->reader) == 1;
}

bool doc_xml_is(const struct doc_xml *x, const char *ns, const char *name)
{
	return strcmp(doc_xml_name(x), name) == 0 && strcmp(doc_xml_ns(x), ns) == 0;
}

const char *doc_xml_attr(struct doc_xml *x, const char *ns, const char *name)
{
	xmlFree(x->attr);
	x->attr =
	    ns ? xmlTextReaderGetAttributeNs(x->reader, (const xmlChar *)name, (const xmlChar *)ns)
	       : xmlTextReaderGetAttribute(x->reader, (const xmlChar *)name);
	return (const char *)x->attr;
}

const char *doc_xml_text(const struct doc_xml *x)
{
	const xmlChar *v = xmlTextReaderConstValue(x->reader);

	return v ? (const char *)v : "";
}

/* Opens the zip at path and starts reading its part as XML into xml. */
static struct doc_xml *part_xml(const char *path, const char *part, const char *what,
				struct plan_buf *xml, struct plan_diags *diags)
{
	struct doc_zip *z = doc_zip_open(path, diags);
	int rc;

	if (!z)
		return NULL;
	rc = doc_zip_read(z, part, xml, diags);
	doc_zip_close(z);
	if (rc == 1)
		file_error(diags, path, "not %s: it has no %s", what, part);
	return rc == 0 ? doc_xml_open(xml, path, part, diags) : NULL;
}

int doc_zip_walk_part(const char *path, const char *part, const char *what,
		      const struct doc_xml_events *ev, void *reader, struct doc_xml **x,
		      int *status, struct plan_diags *diags)
{
	struct plan_buf xml = PLAN_BUF_INIT;

	if (!(*x = part_xml(path, part, what, &xml, diags))) {
		plan_buf_release(&xml);
		return -1;
	}
	if (doc_xml_walk(*x, ev, reader, status))
		*status = -1;
	if (*status && !diags->errors)
		plan_diags_add(diags, path, (struct plan_pos){ 0, 0 }, PLAN_ERROR, "bad-document",
			       "the document's tables are too large or too deep to read");
	doc_xml_close(*x);
	*x = NULL;
	plan_buf_release(&xml);
	return *status ? -1 : 0;
}

int doc_xml_walk(struct doc_xml *x, const struct doc_xml_events *ev, void *reader, const int *stop)
{
	enum doc_node node;

	while (!*stop && (node = doc_xml_next(x)) != DOC_END) {
		if (node == DOC_ERROR)
			return -1;
		if (node == DOC_OPEN) {
			ev->open(reader);
			if (doc_xml_empty(x))
				ev->close(reader);
		} else if (node == DOC_CLOSE) {
			ev->close(reader);
		} else {
			const char *s = doc_xml_text(x);

			ev->text(reader, s, strlen(s));
		}
	}
	return *stop;
}
