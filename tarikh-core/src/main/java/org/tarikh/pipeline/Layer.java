package org.tarikh.pipeline;

/**
 * A typed result that a stage adds to an {@link Analysis}. Stages declare the layers they read
 * and write, and the {@link Pipeline} checks the order when it is built.
 *
 * @param name short name used in messages
 * @param type the value's class
 */
public record Layer<T>(String name, Class<?> type) {
  @Override
  public String toString() {
    return name;
  }
}
