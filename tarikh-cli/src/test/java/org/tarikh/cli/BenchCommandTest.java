package org.tarikh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class BenchCommandTest {
  private static final String DEV = Path.of("..", "corpus", "dev").toString();

  @Test
  void printsLoadTimesThroughputPerStageAndHeapPeak() {
    Cli.Result r = Cli.run("bench", "-q", "--stage", "timex,all", "--seconds", "0.05", "--warmup", "0", DEV);
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out().lines()).anyMatch(l -> l.matches("load_ms en \\d+"))
        .anyMatch(l -> l.matches("load_ms ar \\d+"))
        .anyMatch(l -> l.matches("throughput timex \\d+"))
        .anyMatch(l -> l.matches("throughput all [1-9]\\d*"))
        .anyMatch(l -> l.matches("heap_peak_mb [1-9]\\d*"))
        .noneMatch(l -> l.startsWith("throughput entities"));
  }

  @Test
  void unknownStageIsAUsageErrorListingTheStages() {
    Cli.Result r = Cli.run("bench", "--stage", "parsing", "--seconds", "0.01", "--warmup", "0", DEV);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("unknown --stage 'parsing'").contains("timex").contains("entities").contains("events").contains("all");
  }

  @Test
  void noReadableDocumentIsAUsageError() {
    Cli.Result r = Cli.run("bench", "--seconds", "0.01", "--warmup", "0", Path.of("no", "such").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("no such file or directory").contains("no readable document");
  }
}
