package org.tarikh.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.tarikh.server.Passwords;
import org.tarikh.store.ChronicleStore;
import org.tarikh.store.UserAccount;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tarikh user add NAME --role editor|reader}: adds (or replaces) a user of the web
 * chronicle in the store; the password is asked twice on the terminal, or read from the first
 * line of standard input with {@code --password-stdin}, and stored only as a PBKDF2 hash.
 */
@Command(name = "user", mixinStandardHelpOptions = true, description = "Manage users of the web chronicle.",
    subcommands = UserCommand.Add.class)
public final class UserCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a subcommand: add");
  }

  /** {@code tarikh user add}. */
  @Command(name = "add", mixinStandardHelpOptions = true, description = "Add or replace a user.")
  static final class Add implements Callable<Integer> {
    private static final int MIN_LENGTH = 10;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(index = "0", paramLabel = "NAME", description = "Login name.")
    String name;

    @Option(names = "--role", defaultValue = "reader", paramLabel = "editor|reader",
        description = "editor: may review facts and upload documents; reader: may read (default).")
    String role;

    @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.")
    boolean passwordStdin;

    @Override
    public Integer call() throws Exception {
      if (!name.matches("[\\p{L}\\p{N}_.-]{1,64}")) {
        throw new UsageException("NAME must be letters, digits, _ . or - (at most 64)");
      }
      if (!role.equals("editor") && !role.equals("reader")) {
        throw new UsageException("--role must be editor or reader, not " + role);
      }
      char[] password = passwordStdin ? fromStdin() : fromConsole();
      try {
        if (password.length < MIN_LENGTH) {
          throw new UsageException("the password needs at least " + MIN_LENGTH + " characters");
        }
        try (ChronicleStore chronicle = ChronicleStore.open(store.location())) {
          chronicle.putUser(new UserAccount(name, role, Passwords.hash(password), null));
        }
      } finally {
        Arrays.fill(password, '\0');
      }
      spec.commandLine().getOut().println("user " + name + " (" + role + ") saved in " + store.location().describe());
      return 0;
    }

    private static char[] fromStdin() throws java.io.IOException {
      String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
      return line == null ? new char[0] : line.toCharArray();
    }

    private static char[] fromConsole() {
      Console console = System.console();
      if (console == null) {
        throw new UsageException("no terminal to ask the password on; use --password-stdin");
      }
      char[] first = console.readPassword("Password: ");
      char[] second = console.readPassword("Again: ");
      if (first == null || !Arrays.equals(first, second)) {
        throw new UsageException("the two passwords differ");
      }
      return first;
    }
  }
}
