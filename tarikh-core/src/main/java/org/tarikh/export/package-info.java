/**
 * Exports of a reconciled chronicle ({@link org.tarikh.align.Consistency}): TimelineJS JSON
 * with each quotation's text direction, CSV, and JSON-LD with W3C PROV provenance (document,
 * offsets, extractor version).
 */
package org.tarikh.export;
