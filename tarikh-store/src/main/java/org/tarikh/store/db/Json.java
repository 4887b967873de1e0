package org.tarikh.store.db;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;
import java.util.Map;
import org.tarikh.store.StoreException;

/** JSON text for the store's list, attribute and audit columns (Jackson, keys sorted). */
final class Json {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

  private Json() {
  }

  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new StoreException("cannot write JSON for the store: " + e.getMessage(), e);
    }
  }

  static List<String> stringList(String json) {
    return read(json, new TypeReference<List<String>>() { });
  }

  static Object value(String json) {
    return read(json, new TypeReference<Object>() { });
  }

  static Map<String, Object> map(String json) {
    return read(json, new TypeReference<Map<String, Object>>() { });
  }

  private static <T> T read(String json, TypeReference<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new StoreException("the store holds malformed JSON: " + e.getOriginalMessage(), e);
    }
  }
}
