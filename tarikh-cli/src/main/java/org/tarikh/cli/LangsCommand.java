package org.tarikh.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.tarikh.lang.LanguagePack;
import org.tarikh.lang.LanguagePacks;
import org.tarikh.lang.ResourceException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code tarikh langs}: lists the discovered language packs (bundled ones and those under
 * {@code tarikh.lang.path} / {@code TARIKH_LANG_PATH}) and validates every TSV resource in each,
 * printing one line per pack and one per broken file (file, line, cause). Exit code 1 when any
 * resource is broken.
 */
@Command(name = "langs", mixinStandardHelpOptions = true,
    description = "List the language packs and validate every resource file in them.")
public final class LangsCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Mixin
  CommonOptions common;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int broken = 0;
    for (LanguagePack p : LanguagePacks.standard().all()) {
      List<String> files = p.files();
      List<ResourceException> errors = p.validate();
      out.printf("%s\t%s\t%s\t%s\t%d files\t%s%n", p.code(), p.name(), p.direction(),
          String.join(",", new java.util.TreeSet<>(p.scripts())), files.size(),
          errors.isEmpty() ? "ok" : errors.size() + " broken");
      errors.forEach(e -> err.println("tarikh: " + e.getMessage()));
      broken += errors.size();
    }
    out.flush();
    err.flush();
    return broken == 0 ? CommandLine.ExitCode.OK : CommandLine.ExitCode.SOFTWARE;
  }
}
