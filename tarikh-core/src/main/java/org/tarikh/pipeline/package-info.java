/**
 * The pipeline contract: {@link org.tarikh.pipeline.Stage}s with declared layers, checked in
 * order by {@link org.tarikh.pipeline.Pipeline}, working on one {@link
 * org.tarikh.pipeline.Analysis} per document.
 */
package org.tarikh.pipeline;
