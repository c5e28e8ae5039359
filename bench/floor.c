/*
 * floor.c - the floor the benchmark measures plan against: read a file
 * and run libyaml's event parser over it, nothing else.  What plan does on
 * top of this is what bench/run shows.
 *
 *   floor FILE...
 *
 * Exits 0, or 1 when a file cannot be read or parsed.
 */
#include <stdio.h>
#include <stdlib.h>
#include <yaml.h>

static int parse(const char *path)
{
	yaml_parser_t parser;
	yaml_event_t event;
	FILE *f = fopen(path, "rb");
	int done = 0, status = 0;

	if (!f || !yaml_parser_initialize(&parser)) {
		perror(path);
		return 1;
	}
	yaml_parser_set_input_file(&parser, f);
	while (!done) {
		if (!yaml_parser_parse(&parser, &event)) {
			fprintf(stderr, "%s: %s\n", path, parser.problem ? parser.problem : "error");
			status = 1;
			break;
		}
		done = event.type == YAML_STREAM_END_EVENT;
		yaml_event_delete(&event);
	}
	yaml_parser_delete(&parser);
	fclose(f);
	return status;
}

int main(int argc, char **argv)
{
	int status = 0;

	for (int i = 1; i < argc; i++)
		status |= parse(argv[i]);
	return status;
}
