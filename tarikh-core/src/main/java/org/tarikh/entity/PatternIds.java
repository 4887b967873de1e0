package org.tarikh.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tarikh.text.AlignedText;
import org.tarikh.text.Token;

/**
 * Gives a pattern match its id: the id of a known name first (the gazetteer form, or the
 * {@link NameKeys} key, of the name part or, for {@code lookup = prefix}, of its longest known
 * prefix), else the pattern's {@link IdTemplate}. A match whose name starts inside a name of the
 * same kind the gazetteer found gets none, and neither does a {@code {name}} template after a capitalised word
 * the gazetteer does not know ("European Convention on ..." is not "Convention on ...").
 */
final class PatternIds {
  private final NameTrie names;
  private final NameKeys keys;
  private final KnowledgeBase kb;

  PatternIds(NameTrie names, NameKeys keys, KnowledgeBase kb) {
    this.names = names;
    this.keys = keys;
    this.kb = kb;
  }

  /** The id of a run, or {@code null}; computed once per run. */
  String idOf(PatternRun run) {
    if (!run.idDone()) {
      run.setId(compute(run));
    }
    return run.id();
  }

  /** The match of a run, or {@code null} when it has no id. */
  Match match(PatternRun run) {
    String id = idOf(run);
    if (id == null) {
      return null;
    }
    List<Token> tokens = run.doc.tokens();
    int start = tokens.get(run.nameFirst()).start() + (run.nameFirst() == run.start ? run.first.skip() : 0);
    int end = tokens.get(run.nameLast()).end();
    AlignedText text = run.doc.text();
    String surface = text.original().substring(text.originalCharStart(start), text.originalCharEnd(end - 1));
    return new Match(start, end, id, surface, false);
  }

  private String compute(PatternRun run) {
    NamePattern p = run.pattern;
    if (run.doc.kindAt(run.nameFirst()) == p.kind()) {
      return null;
    }
    List<Integer> at = new ArrayList<>();
    String known = lookUp(p, nameTokens(run, at), run, at);
    if (known != null || p.template().isEmpty()) {
      return known;
    }
    if (p.template().contains("{name}") && capitalisedBefore(run)) {
      return null;
    }
    String local = IdTemplate.render(p.template(),
        new IdTemplate.Values(nameText(run), run.stateId(), run.orgId()), kb);
    return local == null ? null : p.kind().name().toLowerCase(Locale.ROOT) + ":" + local;
  }

  /** The known id of the name or (prefix lookup) its longest known prefix, which the run is cut to. */
  private String lookUp(NamePattern p, List<String> tokens, PatternRun run, List<Integer> at) {
    List<NameEntry>[] exact = names.lookUpPrefixes(tokens);
    List<String> stems = keys.stems(tokens);
    for (int n = tokens.size(); n >= 1; n = p.prefixLookup() ? n - 1 : 0) {
      String id = null;
      for (NameEntry e : exact[n]) {
        if (KbEntry.kindOf(e.id()) == p.kind()) {
          id = e.id();
          break;
        }
      }
      if (id == null) {
        id = keys.findStems(stems.subList(0, n));
      }
      if (id != null && KbEntry.kindOf(id) == p.kind()) {
        run.cutAfter(at.get(n - 1));
        run.setKnown();
        return id;
      }
    }
    return null;
  }

  /** The normalized tokens of the name part (hyphens left out); {@code at} gets their indexes. */
  private static List<String> nameTokens(PatternRun run, List<Integer> at) {
    List<String> out = new ArrayList<>();
    for (int k = run.nameFirst(); k <= run.nameLast(); k++) {
      Token t = run.doc.tokens().get(k);
      if (!NameScanner.isJoiner(t)) {
        out.add(k == run.start ? run.first.form() : t.text());
        at.add(k);
      }
    }
    return out;
  }

  /** The name part with class words replaced by their values ("IV" → "4th"). */
  private static String nameText(PatternRun run) {
    StringBuilder b = new StringBuilder();
    for (int k = run.nameFirst(); k <= run.nameLast(); k++) {
      PatternWords.Hit hit = run.valueAt(k);
      b.append(b.length() == 0 ? "" : " ").append(hit != null ? hit.value() : run.doc.tokens().get(k).text());
      if (hit != null) {
        k = hit.lastToken();
      }
    }
    return b.toString();
  }

  private static boolean capitalisedBefore(PatternRun run) {
    int k = run.start - 1;
    if (k < 0 || run.doc.kindAt(k) != null) {
      return false;
    }
    Token t = run.doc.tokens().get(k);
    return t.kind() == Token.Kind.WORD && Character.isUpperCase(run.doc.text().originalCharAt(t.start()))
        && !run.doc.words().contains("connector", t.text());
  }
}
