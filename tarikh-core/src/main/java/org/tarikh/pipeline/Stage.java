package org.tarikh.pipeline;

import java.util.Set;

/**
 * One step of the pipeline. A stage reads the layers it {@link #requires()} from an
 * {@link Analysis} and writes the ones it {@link #provides()}. Implementations are immutable and
 * thread-safe: one instance serves every document, in parallel.
 */
public interface Stage {
  /** Short name for messages and benchmarks ({@code timex}, {@code entities}). */
  String name();

  Set<Layer<?>> requires();

  Set<Layer<?>> provides();

  void process(Analysis analysis);
}
