package org.tarikh.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.tarikh.entity.EntityKnowledge;
import org.tarikh.event.EventTypes;
import org.tarikh.model.Finding;
import org.tarikh.reference.UnRecord;

/**
 * The standard set of reference checks inside one document: acronyms, General Assembly sessions,
 * Security Council resolution numbers, UN admissions, and facts stated twice with different
 * dates. Findings come back in text order.
 */
public final class ReferenceChecks {
  private final List<ReferenceCheck> checks;

  public ReferenceChecks(List<ReferenceCheck> checks) {
    this.checks = List.copyOf(checks);
  }

  /** Every check, over the bundled reference data. */
  public static ReferenceChecks standard() {
    UnRecord un = UnRecord.standard();
    return new ReferenceChecks(List.of(new AcronymCheck(EntityKnowledge.standard()), new GaSessionCheck(un),
        new ResolutionYearCheck(un), new UnAdmissionCheck(un), new DuplicateFactCheck(EventTypes.standard())));
  }

  public List<Finding> run(CheckInput doc) {
    List<Finding> out = new ArrayList<>();
    checks.forEach(c -> out.addAll(c.check(doc)));
    out.sort(Comparator.comparingInt(Finding::start).thenComparing(Finding::kind));
    return out;
  }
}
