package org.tarikh.timex;

import java.util.List;
import java.util.Map;

/**
 * One row of {@code timex/rules.tsv}: a named pattern over lexicon classes, how its slots become
 * a value ({@link Build}), constant slots, and the items that may not stand just before or just
 * after the span.
 *
 * @param order position in the file; earlier rules win ties
 */
record Rule(String name, Build build, List<Element> pattern, Map<String, String> constants,
            Element.Atom notAfter, Element.Atom notBefore, int order) {
}
