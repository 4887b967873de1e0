package org.tarikh.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Function;
import org.tarikh.align.Consistency;
import org.tarikh.align.DateRange;
import org.tarikh.io.FactsJson;

/**
 * The reconciled chronicle as a TimelineJS 3 JSON document: one slide per dated fact, dated by
 * its most precise agreeing statement (an interval gives start and end), its headline the event
 * type and its text every statement quoted in a {@code <blockquote>} carrying its language and
 * text direction ({@code dir="rtl"} for Arabic, read from the language pack), with conflicts
 * flagged. Undated facts are left out (TimelineJS needs a start date).
 */
public final class TimelineJs {
  private final Function<String, String> direction;

  /** @param direction the text direction ({@code ltr} or {@code rtl}) of a language code */
  public TimelineJs(Function<String, String> direction) {
    this.direction = direction;
  }

  public ObjectNode toJson(Consistency c, String title) {
    ObjectNode root = FactsJson.mapper().createObjectNode();
    root.putObject("title").putObject("text").put("headline", Html.escape(title));
    ArrayNode events = root.putArray("events");
    for (Consistency.Fact f : c.facts()) {
      precise(f).ifPresent(date -> events.add(slide(c, f, date)));
    }
    return root;
  }

  /** The statement whose date is the narrowest known range. */
  private static Optional<DateRange> precise(Consistency.Fact f) {
    return f.events().stream().map(e -> DateRange.parse(e.date())).filter(DateRange::known)
        .min(Comparator.comparingLong(DateRange::days));
  }

  private ObjectNode slide(Consistency c, Consistency.Fact f, DateRange date) {
    ObjectNode o = FactsJson.mapper().createObjectNode();
    Consistency.EventRef first = f.events().get(0);
    date(o.putObject("start_date"), date, date.first());
    if (!date.first().equals(date.last())) {
      date(o.putObject("end_date"), date, date.last());
    }
    ObjectNode text = o.putObject("text");
    text.put("headline", Html.escape(first.type().replace('_', ' ').toLowerCase(java.util.Locale.ROOT)));
    StringBuilder body = new StringBuilder();
    for (Consistency.EventRef e : f.events()) {
      String lang = e.lang() == null ? "" : e.lang();
      body.append("<blockquote lang=\"").append(Html.escape(lang)).append("\" dir=\"")
          .append(direction.apply(lang)).append("\">").append(Html.escape(e.evidence()))
          .append("</blockquote><p><small>").append(Html.escape(e.ref())).append(" · ")
          .append(Html.escape(e.date())).append("</small></p>");
    }
    c.conflicts().stream().filter(k -> f.events().contains(k.a()) || f.events().contains(k.b()))
        .forEach(k -> body.append("<p><strong>conflict</strong> ").append(Html.escape(k.field())).append(": ")
            .append(Html.escape(k.aValue())).append(" vs ").append(Html.escape(k.bValue())).append("</p>"));
    text.put("text", body.toString());
    o.put("group", first.type());
    o.put("unique_id", "fact-" + f.id());
    return o;
  }

  /** Fills year (and month, day when the range is that precise) of one end. */
  private static void date(ObjectNode o, DateRange range, java.time.LocalDate day) {
    o.put("year", day.getYear());
    if (range.days() < 365) {
      o.put("month", day.getMonthValue());
    }
    if (range.days() == 1) {
      o.put("day", day.getDayOfMonth());
    }
  }

  /** Minimal HTML escaping for text placed in TimelineJS's HTML fields. */
  static final class Html {
    private Html() {
    }

    static String escape(String s) {
      if (s == null) {
        return "";
      }
      return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
  }
}
