package org.tarikh.lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds the language packs: every folder {@code org/tarikh/lang/<iso>/} on the classpath that has
 * a {@code pack.properties}, then every {@code <iso>/pack.properties} under the folders named by
 * the system property {@code tarikh.lang.path} or the environment variable
 * {@code TARIKH_LANG_PATH} (path-separated; a folder there replaces a bundled pack of the same
 * code). Nothing registers a language: adding a folder adds it.
 */
public final class LanguagePacks {
  static final String ROOT = "org/tarikh/lang/";

  private final Map<String, LanguagePack> packs;

  private LanguagePacks(Map<String, LanguagePack> packs) {
    this.packs = Collections.unmodifiableMap(packs);
  }

  private static final class Holder {
    static final LanguagePacks STANDARD = discover(LanguagePacks.class.getClassLoader(), externalDirs());
  }

  /** The packs of the classpath and the configured folders, discovered once per JVM. */
  public static LanguagePacks standard() {
    return Holder.STANDARD;
  }

  public static LanguagePacks discover(ClassLoader loader, List<Path> externalDirs) {
    Map<String, LanguagePack> found = new TreeMap<>();
    try {
      Enumeration<URL> roots = loader.getResources(ROOT.substring(0, ROOT.length() - 1));
      while (roots.hasMoreElements()) {
        for (String code : listCodes(roots.nextElement())) {
          found.putIfAbsent(code, classpathPack(loader, code));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list language packs on the classpath", e);
    }
    for (Path dir : externalDirs) {
      if (!Files.isDirectory(dir)) {
        throw new ResourceException(dir.toString(), 0, "language pack folder does not exist");
      }
      try (Stream<Path> children = Files.list(dir)) {
        for (Path child : (Iterable<Path>) children.sorted()::iterator) {
          if (Files.isRegularFile(child.resolve("pack.properties"))) {
            String code = child.getFileName().toString();
            found.put(code, folderPack(child, code));
          }
        }
      } catch (IOException e) {
        throw new ResourceException(dir.toString(), 0, "cannot be listed: " + e.getMessage(), e);
      }
    }
    return new LanguagePacks(found);
  }

  static List<Path> externalDirs() {
    String spec = System.getProperty("tarikh.lang.path", System.getenv("TARIKH_LANG_PATH"));
    List<Path> out = new ArrayList<>();
    if (spec != null) {
      for (String p : spec.split(java.io.File.pathSeparator)) {
        if (!p.isBlank()) {
          out.add(Path.of(p.strip()));
        }
      }
    }
    return out;
  }

  private static List<String> listCodes(URL root) throws IOException {
    List<String> codes = new ArrayList<>();
    if ("file".equals(root.getProtocol())) {
      try (Stream<Path> s = Files.list(Path.of(root.toURI()))) {
        s.filter(p -> Files.isRegularFile(p.resolve("pack.properties")))
            .forEach(p -> codes.add(p.getFileName().toString()));
      } catch (URISyntaxException e) {
        throw new IOException("bad classpath URL " + root, e);
      }
    } else if ("jar".equals(root.getProtocol())) {
      JarURLConnection conn = (JarURLConnection) root.openConnection();
      conn.setUseCaches(false);
      try (JarFile jar = conn.getJarFile()) {
        for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
          String name = e.nextElement().getName();
          if (name.startsWith(ROOT) && name.endsWith("/pack.properties")) {
            String rest = name.substring(ROOT.length(), name.length() - "/pack.properties".length());
            if (!rest.contains("/")) {
              codes.add(rest);
            }
          }
        }
      }
    }
    return codes;
  }

  private static LanguagePack classpathPack(ClassLoader loader, String code) {
    LanguagePack.Source src = new LanguagePack.Source() {
      @Override
      public InputStream open(String rel) {
        return loader.getResourceAsStream(ROOT + code + "/" + rel);
      }

      @Override
      public String describe(String rel) {
        return "lang/" + code + "/" + rel;
      }

      @Override
      public List<String> list() throws IOException {
        URL props = loader.getResource(ROOT + code + "/pack.properties");
        return props == null ? List.of() : PackFiles.list(props, ROOT + code + "/");
      }
    };
    return new LanguagePack(code, readProperties(src), src);
  }

  private static LanguagePack folderPack(Path dir, String code) {
    LanguagePack.Source src = new LanguagePack.Source() {
      @Override
      public InputStream open(String rel) throws IOException {
        Path p = dir.resolve(rel);
        return Files.isRegularFile(p) ? Files.newInputStream(p) : null;
      }

      @Override
      public String describe(String rel) {
        return dir.resolve(rel).toString();
      }

      @Override
      public List<String> list() throws IOException {
        return PackFiles.list(dir);
      }
    };
    return new LanguagePack(code, readProperties(src), src);
  }

  private static Properties readProperties(LanguagePack.Source src) {
    Properties p = new Properties();
    try (InputStream in = src.open("pack.properties")) {
      if (in == null) {
        throw new ResourceException(src.describe("pack.properties"), 0, "not found");
      }
      p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new ResourceException(src.describe("pack.properties"), 0, e.getMessage(), e);
    }
    return p;
  }

  /** The pack of a language code; an unknown code is an error that lists the known ones. */
  public LanguagePack get(String code) {
    LanguagePack p = packs.get(code);
    if (p == null) {
      throw new UnknownLanguageException(code, packs.keySet());
    }
    return p;
  }

  public boolean contains(String code) {
    return packs.containsKey(code);
  }

  public java.util.Collection<LanguagePack> all() {
    return packs.values();
  }

  public java.util.Set<String> codes() {
    return packs.keySet();
  }
}
