/**
 * Immutable records that mirror the {@code tarikh/1} schema of FACTS.md. Offsets are Unicode code
 * points into the original text.
 */
package org.tarikh.model;
