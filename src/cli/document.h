/*
 * document.h - what plan report and plan digest share: their options and
 * the snapshot they are made of; plan/publish.h writes them as Markdown,
 * text, an HTML page, sheets or a mail.
 */
#ifndef PLAN_CLI_DOCUMENT_H
#define PLAN_CLI_DOCUMENT_H

#include "cli.h"

enum cli_document {
	CLI_REPORT,
	CLI_DIGEST,
};

/* Runs plan report or plan digest (what) with help; returns the exit status. */
int cli_document(int argc, char **argv, struct cli_ctx *ctx, const struct cli_help *help,
		 enum cli_document what);

#endif
