/** Package align. */
package org.tarikh.align;
