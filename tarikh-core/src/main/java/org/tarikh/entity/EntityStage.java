package org.tarikh.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tarikh.model.Entity;
import org.tarikh.pipeline.Analysis;
import org.tarikh.pipeline.Layer;
import org.tarikh.pipeline.Layers;
import org.tarikh.pipeline.Stage;
import org.tarikh.text.AlignedText;
import org.tarikh.text.Token;

/**
 * Finds the persons, states, organizations, places, treaties and named events a document
 * names and gives each its FACTS.md id. It reads the analysis's normalized tokens and writes
 * {@link Layers#ENTITIES}: one entity per id with its surface forms and mentions (code points
 * of the original). Steps: the language's gazetteer (longest match, clitics stripped), then
 * name patterns ({@link NamePatterns}: numbered forums, treaties, committees, armed forces), then
 * persons by title, role or cross-script skeleton, then surnames repeated alone. The knowledge
 * comes from {@code org/tarikh/kb/} and the pack's {@code entities/} files (see
 * {@link PackNames}, {@link PersonRules}), compiled once per pack.
 */
public final class EntityStage implements Stage {
  @Override
  public String name() {
    return "entities";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of();
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(Layers.ENTITIES);
  }

  @Override
  public void process(Analysis analysis) {
    analysis.put(Layers.ENTITIES, find(EntityModel.of(analysis.pack()), analysis.text(), analysis.tokens()));
  }

  static List<Entity> find(EntityModel model, AlignedText text, List<Token> tokens) {
    boolean[] covered = new boolean[tokens.size()];
    List<Match> matches = new ArrayList<>();
    List<NameScanner.Found> found = model.names.scan(text, tokens, covered);
    java.util.BitSet fixed = new java.util.BitSet();
    List<Match> patterned = model.patterns.find(text, tokens, covered, found, fixed);
    for (NameScanner.Found f : found) {
      if (fixed.nextClearBit(f.firstToken()) <= f.lastToken()) {
        matches.add(f.match());
      }
    }
    matches.addAll(patterned);
    matches.addAll(model.persons.find(text, tokens, covered));
    List<Match> persons = matches.stream().filter(m -> m.id().startsWith("person:")).toList();
    matches.addAll(Surnames.resolve(text, tokens, covered, persons, model.personRules));
    return EntityAssembler.assemble(text, matches, model.kb);
  }
}
