/**
 * The text layer: code-point offsets, offset-preserving normalization ({@link
 * org.tarikh.text.AlignedText}), tokens and sentences. Everything above it matches on the
 * normalized view and reports original code points.
 */
package org.tarikh.text;
