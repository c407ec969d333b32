/**
 * Reading articles: wire text files, JSON Lines and HTML into {@link org.eventwire.model.Article}
 * records, with wire parts located and the publication date inferred; bad input is reported.
 */
package org.eventwire.ingest;
