package org.tarikh.lang;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** Lists the files of a language pack, from a folder or from inside a jar. */
final class PackFiles {
  private PackFiles() {
  }

  /** Files under a folder, as sorted {@code /}-separated relative paths. */
  static List<String> list(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile)
          .map(p -> dir.relativize(p).toString().replace(java.io.File.separatorChar, '/'))
          .sorted().toList();
    }
  }

  /**
   * Files of the classpath pack whose {@code pack.properties} is at {@code propsUrl};
   * {@code prefix} is the pack's resource folder ({@code org/tarikh/lang/en/}).
   */
  static List<String> list(URL propsUrl, String prefix) throws IOException {
    if ("file".equals(propsUrl.getProtocol())) {
      try {
        return list(Path.of(propsUrl.toURI()).getParent());
      } catch (URISyntaxException e) {
        throw new IOException("bad classpath URL " + propsUrl, e);
      }
    }
    if (!"jar".equals(propsUrl.getProtocol())) {
      throw new IOException("cannot list resources at " + propsUrl);
    }
    JarURLConnection conn = (JarURLConnection) propsUrl.openConnection();
    conn.setUseCaches(false);
    List<String> out = new ArrayList<>();
    try (JarFile jar = conn.getJarFile()) {
      for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
        JarEntry entry = e.nextElement();
        if (!entry.isDirectory() && entry.getName().startsWith(prefix)) {
          out.add(entry.getName().substring(prefix.length()));
        }
      }
    }
    out.sort(null);
    return out;
  }
}
