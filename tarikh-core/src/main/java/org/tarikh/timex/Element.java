package org.tarikh.timex;

import java.util.List;

/** One element of a rule pattern (see {@link PatternParser} for the syntax). */
sealed interface Element {
  /** One item that is one of several alternatives, optionally captured into a named slot. */
  record Atom(List<Alt> alts, String slot, boolean optional, boolean upper, boolean attached,
              boolean conjoined) implements Element {
    /** The alternative the item satisfies, or {@code null}. */
    Alt accept(Item it) {
      if (upper && !it.upper()) {
        return null;
      }
      for (Alt a : alts) {
        if (a.test(it)) {
          return a;
        }
      }
      return null;
    }
  }

  /** A sequence of elements, possibly optional. */
  record Group(List<Element> elements, boolean optional) implements Element {
  }

  /** Where the reported span starts ({@code <}) or ends ({@code >}). */
  record Mark(boolean start) implements Element {
  }

  /** An alternative inside an atom: a literal word, a lexicon class or a number class. */
  record Alt(String literal, String lexClass, NumberClass numClass) {
    boolean test(Item it) {
      if (literal != null) {
        return it.text().equals(literal);
      }
      if (numClass != null) {
        return numClass.test(it);
      }
      return it.has(lexClass);
    }

    /** The value a slot takes when this alternative matched {@code it}. */
    String value(Item it) {
      if (literal != null) {
        return it.text();
      }
      if (numClass != null) {
        return String.valueOf(it.number());
      }
      return it.classes().get(lexClass);
    }

    /** Key of the rule index for a rule that can start with this alternative. */
    String key() {
      return literal != null ? "w:" + literal : numClass != null ? "#number" : "c:" + lexClass;
    }
  }
}
