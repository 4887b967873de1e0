package org.tarikh.timex;

import java.time.LocalDate;
import org.tarikh.timex.TimexValue.Interval;

/**
 * Builds seasons relative to the DCT as intervals of days ({@link Season}): "this summer" (the
 * one holding the DCT, else the next), "last winter", "next spring"; without a {@code season}
 * slot, the season holding the DCT moved by {@code offset} ("next season").
 */
final class SeasonBuilders {
  private SeasonBuilders() {
  }

  static Resolved season(Slots s, Context c) {
    if (c.dct() == null) {
      return null;
    }
    LocalDate ref = c.dct().toLocalDate();
    int off = s.integer("offset", 0);
    LocalDate[] r;
    if (s.has("season")) {
      Season season = Season.named(s.text("season"));
      r = season.around(ref);
      if (off < 0) {
        r = season.around(r[0].minusYears(1).minusDays(1));
        r = r[1].isBefore(ref) ? r : season.in(r[0].getYear() - 1);
      } else if (off > 0 && !ref.isBefore(r[0])) {
        r = season.in(r[0].getYear() + 1);
      }
    } else {
      r = Season.of(ref).around(ref);
      for (int i = 0; i < Math.abs(off); i++) {
        r = off > 0 ? Season.of(r[1].plusDays(1)).around(r[1].plusDays(1))
            : Season.of(r[0].minusDays(1)).around(r[0].minusDays(1));
      }
    }
    return new Resolved(new Interval(CalendarBuilders.day(r[0]), CalendarBuilders.day(r[1])), "dct", null);
  }
}
