/*
 * The search index of /zoeken/: static JSON files below zoeken/index/
 * that theme/static/js/site.js reads, so searching needs no program on
 * the server. The layout is described at the top of search.c and in
 * theme/static/js/README.md.
 */
#ifndef SB_SEARCH_H
#define SB_SEARCH_H

struct site;
struct buf;

/*
 * Writes the three indexes (open vacancies, closed vacancies, handbook
 * chapters + tips + materials) through site_file(), so files whose bytes
 * did not change are not rewritten. Reads the index database of s inside
 * the build's read transaction. 0 or -1 (error printed).
 */
int search_write(struct site *s);

/*
 * Appends to out, as one JSON object {"open": entry, "info": entry,
 * "gesloten": entry}, the entry files (start.json) that search_write()
 * wrote to the output folder, for the /zoeken/ page to carry, so that its
 * script can ask for the term shards at once instead of fetching the
 * entries first. gesloten is left out when its entry is large: the script
 * needs it only for "also closed" and fetches it then. Call it after
 * search_write() in the same build. 0 or -1 (error printed).
 */
int search_entries(struct site *s, struct buf *out);

/*
 * Calls fn(arg, term) for every search term of text: the words folded
 * to lowercase without diacritics, stop words dropped, and stemmed. The
 * script repeats this exactly for the words a pupil types. term is
 * borrowed for the call only.
 */
void search_terms(const char *text, void (*fn)(void *arg, const char *term), void *arg);

#endif
