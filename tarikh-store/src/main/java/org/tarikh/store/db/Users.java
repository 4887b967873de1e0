package org.tarikh.store.db;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tarikh.store.UserAccount;

/** The {@code app_user} table: web users, their role and password hash; adding one is audited. */
public final class Users {
  private Users() {
  }

  /** Adds or replaces a user in one change. */
  public static void put(Database db, UserAccount u, String actor, Instant now) {
    db.inTransaction(h -> {
      long seq = Database.nextChange(h);
      Optional<UserAccount> before = find(h, u.name());
      h.createUpdate("DELETE FROM app_user WHERE user_name = :n").bind("n", u.name()).execute();
      h.createUpdate("INSERT INTO app_user (user_name, user_role, password_hash, created_at) VALUES (:n, :r, :p, :at)")
          .bind("n", u.name()).bind("r", u.role()).bind("p", u.passwordHash()).bind("at", now.toString()).execute();
      AuditLog.record(h, seq, 0, now, actor, before.isPresent() ? "user-update" : "user-add", "user:" + u.name(),
          before.map(b -> Map.of("role", b.role())).orElse(null), Map.of("role", u.role()));
      return seq;
    });
  }

  public static Optional<UserAccount> find(org.jdbi.v3.core.Handle h, String name) {
    return h.createQuery("SELECT user_name, user_role, password_hash, created_at FROM app_user WHERE user_name = :n")
        .bind("n", name)
        .map((rs, ctx) -> new UserAccount(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
        .findOne();
  }

  public static List<String> names(org.jdbi.v3.core.Handle h) {
    return h.createQuery("SELECT user_name FROM app_user ORDER BY user_name").mapTo(String.class).list();
  }
}
