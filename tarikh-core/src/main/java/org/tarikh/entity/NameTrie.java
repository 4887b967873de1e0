package org.tarikh.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Surface forms keyed on their normalized tokens: one node per token, entries where a form ends.
 * Built once per language pack; read-only (and so thread-safe) afterwards.
 */
final class NameTrie {
  /** A point in the trie after some tokens. */
  static final class Node {
    private Map<String, Node> next;
    private List<NameEntry> entries;

    /** The node after {@code token}, or {@code null}. */
    Node step(String token) {
      return next == null ? null : next.get(token);
    }

    /** Entries of forms ending here, best rank first (empty when none). */
    List<NameEntry> entries() {
      return entries == null ? List.of() : entries;
    }
  }

  /** Better rank first; at equal rank the stricter case policy (the more specific evidence). */
  private static final java.util.Comparator<NameEntry> BEST_FIRST =
      java.util.Comparator.comparingInt(NameEntry::rank)
          .thenComparing(NameEntry::casePolicy, java.util.Comparator.reverseOrder());

  private final Node root = new Node();
  private int size;

  /** Adds a form; an id already present at that form is kept with its better rank. */
  void add(List<String> tokens, NameEntry entry) {
    if (tokens.isEmpty()) {
      return;
    }
    Node n = root;
    for (String t : tokens) {
      if (n.next == null) {
        n.next = new HashMap<>(4);
      }
      n = n.next.computeIfAbsent(t, k -> new Node());
    }
    if (n.entries == null) {
      n.entries = new ArrayList<>(1);
    }
    for (int i = 0; i < n.entries.size(); i++) {
      NameEntry old = n.entries.get(i);
      if (old.id().equals(entry.id()) && old.casePolicy() == entry.casePolicy()) {
        if (entry.rank() < old.rank()) {
          n.entries.set(i, entry);
        }
        return;
      }
    }
    n.entries.add(entry);
    n.entries.sort(BEST_FIRST);
    size++;
  }

  /** Removes every entry of a form (a stop-name). */
  void remove(List<String> tokens) {
    Node n = root;
    for (String t : tokens) {
      n = n.next == null ? null : n.next.get(t);
      if (n == null) {
        return;
      }
    }
    n.entries = null;
  }

  int size() {
    return size;
  }

  /** The tokens forms can start with. */
  java.util.Set<String> firstTokens() {
    return root.next == null ? java.util.Set.of() : java.util.Set.copyOf(root.next.keySet());
  }

  /** For each n, the entries of the first n tokens as a form ({@code [0]} is empty). */
  @SuppressWarnings("unchecked")
  List<NameEntry>[] lookUpPrefixes(List<String> tokens) {
    List<NameEntry>[] out = new List[tokens.size() + 1];
    java.util.Arrays.fill(out, List.of());
    Node n = root;
    for (int i = 0; i < tokens.size() && n != null; i++) {
      n = n.step(tokens.get(i));
      if (n != null) {
        out[i + 1] = n.entries();
      }
    }
    return out;
  }

  /** The entries of exactly this token sequence (empty when it is not a form). */
  List<NameEntry> lookUp(List<String> tokens) {
    Node n = root;
    for (String t : tokens) {
      n = n.step(t);
      if (n == null) {
        return List.of();
      }
    }
    return n.entries();
  }

  Node root() {
    return root;
  }
}
