/**
 * The self-contained HTML chronicle of one or more documents.
 *
 * <p>Two layers: {@link org.tarikh.report.ChronicleView} turns extraction results, their texts
 * and an optional alignment into what the page shows (lanes per document, rows by date, conflicts,
 * findings, consistency); the {@code *Html} writers turn that view into one static HTML page with
 * the CSS and JS of this package's resources inlined. {@link org.tarikh.report.ChronicleReport} is
 * the entry point.
 */
package org.tarikh.report;
