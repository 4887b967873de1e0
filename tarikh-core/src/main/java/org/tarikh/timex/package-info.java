/** Package timex. */
package org.tarikh.timex;
