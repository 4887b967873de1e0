package org.tarikh.store;

import java.util.List;

/**
 * An entity of the store's catalogue: id, kind, canonical name and every name seen in any script.
 *
 * @param id language-neutral id ({@code state:aze})
 * @param kind {@code STATE}, {@code ORG}, ...
 * @param name canonical English name
 * @param names every surface form seen
 */
public record CatalogueEntity(String id, String kind, String name, List<String> names) {
}
