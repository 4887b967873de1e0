/** Readers for HTML, DOCX and PDF documents. */
package org.tarikh.formats;
