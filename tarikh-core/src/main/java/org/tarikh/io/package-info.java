/** Reading documents and reading and writing the {@code tarikh/1} JSON. */
package org.tarikh.io;
