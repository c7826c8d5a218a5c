package app.banso.persistence.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigBuilder;
import org.eclipse.microprofile.config.spi.ConfigProviderResolver;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.eclipse.microprofile.config.spi.Converter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The database settings are MicroProfile Config keys, with a direct fallback outside a server. */
class SettingsTest {

    @AfterEach
    void reset() {
        ConfigProviderResolver.setInstance(null);
        System.clearProperty(Settings.DB_URL);
        System.clearProperty(Settings.DB_SCHEMA);
    }

    @Test
    void withoutAConfigImplementationTheSystemPropertyIsRead() {
        System.setProperty(Settings.DB_URL, " jdbc:postgresql://db:5432/banso ");
        assertEquals(Optional.of("jdbc:postgresql://db:5432/banso"), Settings.get(Settings.DB_URL));
    }

    @Test
    void aValueFromMicroProfileConfigIsUsed() {
        useConfig(Map.of(Settings.DB_URL, "jdbc:postgresql://from-config:5432/banso"));
        assertEquals("jdbc:postgresql://from-config:5432/banso", Settings.jdbcUrl());
        assertEquals(false, Settings.isH2());
    }

    @Test
    void microProfileConfigDecidesOverADirectlyReadSystemProperty() {
        // The implementation orders its sources (system properties above the application's file);
        // Settings must not second-guess that order.
        System.setProperty(Settings.DB_URL, "jdbc:h2:mem:direct");
        useConfig(Map.of(Settings.DB_URL, "jdbc:postgresql://from-config:5432/banso"));
        assertEquals("jdbc:postgresql://from-config:5432/banso", Settings.jdbcUrl());
    }

    @Test
    void aKeyMissingFromConfigFallsBackToTheSystemProperty() {
        System.setProperty(Settings.DB_SCHEMA, "banso_test");
        useConfig(Map.of());
        assertEquals(Optional.of("banso_test"), Settings.get(Settings.DB_SCHEMA));
    }

    @Test
    void aBlankConfigValueCountsAsNotSet() {
        useConfig(Map.of(Settings.DB_SCHEMA, "  "));
        assertEquals("fallback", Settings.get(Settings.DB_SCHEMA, "fallback"));
    }

    @Test
    void aFailingConfigImplementationFallsBackToTheSystemProperty() {
        System.setProperty(Settings.DB_URL, "jdbc:h2:mem:direct");
        ConfigProviderResolver.setInstance(new MapResolver(null));
        assertEquals("jdbc:h2:mem:direct", Settings.jdbcUrl());
    }

    private static void useConfig(Map<String, String> values) {
        ConfigProviderResolver.setInstance(new MapResolver(new MapConfig(values)));
    }

    /** A resolver that hands out one config, or fails as when no application is found (null). */
    private static final class MapResolver extends ConfigProviderResolver {
        private final Map<ClassLoader, Config> registered = new HashMap<>();
        private final Config config;

        MapResolver(Config config) {
            this.config = config;
        }

        @Override public Config getConfig() {
            if (config == null) {
                throw new IllegalStateException("no config for this thread");
            }
            return config;
        }
        @Override public Config getConfig(ClassLoader loader) {
            Config own = registered.get(loader);
            return own != null ? own : getConfig();
        }
        @Override public ConfigBuilder getBuilder() { return new MapBuilder(); }
        @Override public void registerConfig(Config c, ClassLoader classLoader) { registered.put(classLoader, c); }
        @Override public void releaseConfig(Config c) { registered.values().remove(c); }
    }

    /** Builds a {@link MapConfig} from the given sources, the higher ordinal winning. */
    private static final class MapBuilder implements ConfigBuilder {
        private final List<ConfigSource> sources = new ArrayList<>();

        @Override public ConfigBuilder addDefaultSources() { return this; }
        @Override public ConfigBuilder addDiscoveredSources() { return this; }
        @Override public ConfigBuilder addDiscoveredConverters() { return this; }
        @Override public ConfigBuilder forClassLoader(ClassLoader loader) { return this; }
        @Override public ConfigBuilder withSources(ConfigSource... added) {
            sources.addAll(List.of(added));
            return this;
        }
        @Override public ConfigBuilder withConverters(Converter<?>... converters) { return this; }
        @Override public <T> ConfigBuilder withConverter(Class<T> type, int priority, Converter<T> converter) { return this; }
        @Override public Config build() {
            Map<String, String> values = new HashMap<>();
            sources.stream().sorted(Comparator.comparingInt(ConfigSource::getOrdinal))
                    .forEach(source -> values.putAll(source.getProperties()));
            return new MapConfig(values);
        }
    }

    /** Optional string values, empty meaning not set (as the specification says). */
    private record MapConfig(Map<String, String> values) implements Config {
        @Override public <T> T getValue(String name, Class<T> type) {
            return getOptionalValue(name, type).orElseThrow(() -> new NoSuchElementException(name));
        }
        @Override public ConfigValue getConfigValue(String name) {
            String value = values.get(name);
            return new ConfigValue() {
                @Override public String getName() { return name; }
                @Override public String getValue() { return value; }
                @Override public String getRawValue() { return value; }
                @Override public String getSourceName() { return value == null ? null : "map"; }
                @Override public int getSourceOrdinal() { return value == null ? 0 : ConfigSource.DEFAULT_ORDINAL; }
            };
        }
        @Override public <T> Optional<T> getOptionalValue(String name, Class<T> type) {
            return Optional.ofNullable(values.get(name)).filter(v -> !v.isEmpty()).map(type::cast);
        }
        @Override public Iterable<String> getPropertyNames() { return values.keySet(); }
        @Override public Iterable<ConfigSource> getConfigSources() { return List.of(); }
        @Override public <T> Optional<Converter<T>> getConverter(Class<T> forType) { return Optional.empty(); }
        @Override public <T> T unwrap(Class<T> type) {
            if (type.isInstance(this)) {
                return type.cast(this);
            }
            throw new IllegalArgumentException("not a " + type.getName());
        }
    }
}
