/**
 * Case search (查询案件): the {@code /cases} page and {@code GET /api/cases}, every user within the cases
 * they may open; and its index, the terms of each case's description and parties' names
 * ({@link org.mediationdesk.search.SearchTerms}, Lucene's CJK analysis) in {@code case_search_term},
 * written in the registration's transaction when {@link org.mediationdesk.cases.DisputeRegistered} is
 * published, so it works the same on H2, MariaDB and MySQL and on every node.
 */
package org.mediationdesk.search;
