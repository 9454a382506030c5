/*
 * The search index of /zoeken/: static JSON files below zoeken/index/
 * that theme/static/js/site.js reads, so searching needs no program on
 * the server. The layout is described at the top of search.c and in
 * theme/static/js/README.md.
 */
#ifndef SB_SEARCH_H
#define SB_SEARCH_H

struct site;

/*
 * Writes the three indexes (open vacancies, closed vacancies, handbook
 * chapters + tips + materials) through site_file(), so files whose bytes
 * did not change are not rewritten. Reads the index database of s inside
 * the build's read transaction. 0 or -1 (error printed).
 */
int search_write(struct site *s);

/*
 * Calls fn(arg, term) for every search term of text: the words folded
 * to lowercase without diacritics, stop words dropped, and stemmed. The
 * script repeats this exactly for the words a pupil types. term is
 * borrowed for the call only.
 */
void search_terms(const char *text, void (*fn)(void *arg, const char *term), void *arg);

#endif
