/*
 * doc_zip.h - the parts of a zip file (.docx, .odt, .xlsx) and their XML,
 * read with limits (private to the core).
 *
 * A part is read whole into memory, at most DOC_MAX_PART bytes and at
 * most DOC_MAX_RATIO times its compressed size, so that a zip bomb is an
 * error, not a full disk.  XML is read with libxml2's streaming reader
 * with no network access, no entities expanded and no document type at
 * all: a part that declares one is an error (OOXML and ODF have none).
 */
#ifndef PLAN_DOC_ZIP_H
#define PLAN_DOC_ZIP_H

#include <stdbool.h>

#include "doctable.h"

struct doc_zip;
struct doc_xml;

/* Opens the zip at path; returns NULL after an error in diags. */
struct doc_zip *doc_zip_open(const char *path, struct plan_diags *diags);
void doc_zip_close(struct doc_zip *z);
/* Whether the zip has a part called name. */
bool doc_zip_has(struct doc_zip *z, const char *name);
/*
 * Reads part name into out.  Returns 0; 1 when the zip has no such part
 * (no diagnostic); -1 after an error in diags.
 */
int doc_zip_read(struct doc_zip *z, const char *name, struct plan_buf *out,
		 struct plan_diags *diags);

/* Starts reading the XML text (name for messages); NULL after an error. */
struct doc_xml *doc_xml_open(const struct plan_buf *xml, const char *path, const char *part,
			     struct plan_diags *diags);
void doc_xml_close(struct doc_xml *x);

enum doc_node {
	DOC_END,   /* no more nodes */
	DOC_ERROR, /* the XML is not well-formed, or declares a document type: in diags */
	DOC_OPEN,  /* an element starts (an empty one is also closed at once: see empty) */
	DOC_CLOSE, /* an element ends */
	DOC_TEXT,  /* text, or white space that matters */
};

/* Moves to the next node. */
enum doc_node doc_xml_next(struct doc_xml *x);
/* The current element's local name and namespace URI ("" for none). */
const char *doc_xml_name(const struct doc_xml *x);
const char *doc_xml_ns(const struct doc_xml *x);
/* True when the current element is empty (<w:br/>): no DOC_CLOSE follows it. */
bool doc_xml_empty(const struct doc_xml *x);
/* True when the current element is name in namespace ns. */
bool doc_xml_is(const struct doc_xml *x, const char *ns, const char *name);
/*
 * The value of the current element's attribute name in namespace ns (NULL
 * ns: no namespace), or NULL; valid until the next call.
 */
const char *doc_xml_attr(struct doc_xml *x, const char *ns, const char *name);
/* The current text node's text. */
const char *doc_xml_text(const struct doc_xml *x);

/* What a reader does at each node. */
struct doc_xml_events {
	void (*open)(void *reader);  /* an element starts; an empty one is closed at once */
	void (*close)(void *reader); /* an element ends */
	void (*text)(void *reader, const char *s, size_t len);
};

/*
 * Feeds the nodes of x to reader until the end (0), an XML error (-1, in
 * diags), or *stop turning nonzero (returned).
 */
int doc_xml_walk(struct doc_xml *x, const struct doc_xml_events *ev, void *reader, const int *stop);

/*
 * Reads the part of the zip at path as XML and feeds its nodes to reader
 * as doc_xml_walk() does, *x the reader of the current node meanwhile (for
 * the events to look at; NULL after).  what names the kind of document for
 * the error when the zip has no such part ("a Word document").  A walk that
 * *status stopped, with no error said yet, is the error that the tables
 * are too large or too deep.  Returns 0, or -1 after an error in diags.
 */
int doc_zip_walk_part(const char *path, const char *part, const char *what,
		      const struct doc_xml_events *ev, void *reader, struct doc_xml **x,
		      int *status, struct plan_diags *diags);

#endif
