package org.tarikh.report;

import java.nio.file.Path;

/** Writes the dev-gold chronicle to the folder given (for looking at it in a browser). */
final class RenderDevMain {
  private RenderDevMain() {
  }

  public static void main(String[] args) throws Exception {
    System.out.println(ChronicleReport.write(DevGold.input(), Path.of(args[0])));
  }
}
