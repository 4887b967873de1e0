package org.tarikh.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tarikh.model.Alignment;
import org.tarikh.model.Link;

/**
 * The facts an alignment links, grouped: facts joined by links, directly or through others, form
 * one cluster (one English fact listing four resolutions and the four Arabic facts it is linked
 * to). Links naming a fact no given document has are counted in {@link #dangling()} and ignored.
 *
 * <p>Stands in for the core consistency API ({@code org.tarikh.align}) until that lands; the
 * report only needs clusters and each fact's partners.
 */
final class LinkClusters {
  private final Map<String, String> parent = new HashMap<>();
  private final Map<String, List<String>> partners = new LinkedHashMap<>();
  private int dangling;

  LinkClusters(Alignment alignment, Set<String> knownFacts) {
    for (Link l : alignment.links()) {
      if (!knownFacts.contains(l.a()) || !knownFacts.contains(l.b())) {
        dangling++;
        continue;
      }
      union(l.a(), l.b());
      partners.computeIfAbsent(l.a(), k -> new ArrayList<>()).add(l.b());
      partners.computeIfAbsent(l.b(), k -> new ArrayList<>()).add(l.a());
    }
  }

  /** The cluster of a fact ({@code docid#eventid}), or {@code null} when it is not linked. */
  String clusterOf(String fact) {
    return parent.containsKey(fact) ? find(fact) : null;
  }

  /** The facts a fact is linked to directly. */
  List<String> partners(String fact) {
    return partners.getOrDefault(fact, List.of());
  }

  boolean isLinked(String fact) {
    return parent.containsKey(fact);
  }

  /** Links that name a fact no document has. */
  int dangling() {
    return dangling;
  }

  private String find(String x) {
    String p = parent.get(x);
    if (p.equals(x)) {
      return x;
    }
    String root = find(p);
    parent.put(x, root);
    return root;
  }

  private void union(String a, String b) {
    parent.putIfAbsent(a, a);
    parent.putIfAbsent(b, b);
    String ra = find(a);
    String rb = find(b);
    if (!ra.equals(rb)) {
      parent.put(rb, ra);
    }
  }
}
